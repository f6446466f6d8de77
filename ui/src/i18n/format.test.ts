import { describe, expect, it } from "vitest";
import i18n from "./index";
import {
  formatBytes,
  formatDate,
  formatDateTime,
  formatMegabytes,
  formatMonth,
  formatMonthDay,
  formatNumber,
  formatWeekday,
} from "./format";

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

  it("gives backup sizes in MB, never as a bare zero", () => {
    expect(formatMegabytes(2516582)).toBe("2.4 MB");
    expect(formatMegabytes(20480)).toBe("< 0.1 MB");
    expect(formatMegabytes(0)).toBe("0.0 MB");
  });

  it("names months, days and weekdays the way each language writes them", async () => {
    expect(formatMonthDay("2025-11-26")).toBe("11月26日");
    expect(formatMonth("2025-11")).toBe("2025年11月");
    expect([1, 2, 3, 4, 5, 6, 7].map((d) => formatWeekday(d)).join("")).toBe("一二三四五六日");
    expect(formatWeekday(3, "medium")).toBe("周三");
    expect(formatWeekday(7, "long")).toBe("星期日");
    await i18n.changeLanguage("en-US");
    expect(formatMonthDay("2025-11-26")).toBe("November 26");
    expect(formatMonth("2025-11")).toBe("November 2025");
    // One letter would not tell Tuesday from Thursday.
    expect(formatWeekday(2)).toBe("Tue");
    expect(formatWeekday(4)).toBe("Thu");
  });
});
