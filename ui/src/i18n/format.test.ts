import { describe, expect, it } from "vitest";
import i18n from "./index";
import { formatBytes, formatDate, formatDateTime, formatNumber } from "./format";

describe("format helpers", () => {
  it("keeps a bare date on its calendar day", async () => {
    expect(formatDate("2026-11-27")).toBe("2026年11月27日");
    await i18n.changeLanguage("en-US");
    expect(formatDate("2026-11-27")).toBe("November 27, 2026");
  });

  it("shows a stored timestamp in local time", async () => {
    expect(formatDateTime("2026-11-27T16:40:00+08:00")).toBe("2026年11月27日 16:40");
    // The same instant written in UTC is the same local time.
    expect(formatDateTime("2026-11-27T08:40:00Z")).toBe("2026年11月27日 16:40");
    await i18n.changeLanguage("en-US");
    expect(formatDateTime("2026-11-27T16:40:00+08:00")).toBe("November 27, 2026 at 16:40");
  });

  it("groups digits by locale", () => {
    expect(formatNumber(14577)).toBe("14,577");
  });

  it("leaves an unreadable date as it came", () => {
    expect(formatDate("not a date")).toBe("not a date");
  });

  it("shows sizes in KB and MB", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(2048)).toBe("2 KB");
    expect(formatBytes(1572864)).toBe("1.5 MB");
  });
});
