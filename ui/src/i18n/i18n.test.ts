import { describe, expect, it } from "vitest";
import enUS from "./en-US";
import zhCN from "./zh-CN";

function keys(obj: object, prefix = ""): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === "object" && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

function values(obj: object): string[] {
  return Object.values(obj).flatMap((v) => (typeof v === "object" && v !== null ? values(v) : [v as string]));
}

describe("translations", () => {
  it("zh-CN and en-US have exactly the same keys", () => {
    expect(keys(enUS).sort()).toEqual(keys(zhCN).sort());
  });

  it("have no empty texts", () => {
    expect(values(zhCN).filter((v) => v.trim() === "")).toEqual([]);
    expect(values(enUS).filter((v) => v.trim() === "")).toEqual([]);
  });

  it("never promise an unbuilt area with vague wording", () => {
    const banned = /coming soon|即将推出|敬请期待|placeholder/i;
    expect([...values(zhCN), ...values(enUS)].filter((v) => banned.test(v))).toEqual([]);
  });

  it("zh-CN texts are Chinese", () => {
    expect(zhCN.nav.roster).toBe("网格名册");
    expect(zhCN.startup.failedTitle).toBe("无法打开数据");
  });
});
