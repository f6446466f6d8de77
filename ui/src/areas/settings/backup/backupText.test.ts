import { describe, expect, it } from "vitest";
import type { AppError, ErrorCode } from "../../../api/bindings";
import i18n from "../../../i18n";
import { errorText } from "../../../i18n/errorText";
import { backupErrorText, backupsFolder, problemText, secondCopyText } from "./backupText";

const zh = i18n.getFixedT("zh-CN");
const en = i18n.getFixedT("en-US");
const err = (code: ErrorCode, extra: Partial<AppError> = {}): AppError => ({ code, message: "raw detail xyz", ...extra });

const CODES: ErrorCode[] = [
  "INVALID_FILE",
  "NOT_FOUND",
  "DATABASE_LOCKED",
  "DATABASE_CORRUPT",
  "DATABASE_TOO_NEW",
  "DATA_DIR_NOT_WRITABLE",
  "DISK_FULL",
];

describe("backup error texts", () => {
  it("say in both languages what to do for every code a backup or restore can fail with", () => {
    for (const code of CODES) {
      for (const t of [zh, en]) {
        const text = backupErrorText(err(code), t);
        expect(text).not.toContain("raw detail");
        expect(text).not.toBe(errorText(err(code), t));
        expect(text).toMatch(/请|Please/);
      }
    }
    expect(backupErrorText(err("DISK_FULL"), zh)).toContain("当前数据没有改变");
    expect(backupErrorText(err("INVALID_FILE"), en)).toContain("choose another backup");
  });

  it("names the settings' fields", () => {
    expect(backupErrorText(err("VALIDATION", { field: "keepDays", reason: "invalid" }), zh)).toContain("1 到 365");
    expect(backupErrorText(err("VALIDATION", { field: "secondDir", reason: "too_long" }), en)).toContain("too long");
    expect(backupErrorText(err("VALIDATION", { field: "secondDir", reason: "required" }), zh)).toBe("请填写第二备份位置");
  });

  it("falls back to the general sentences", () => {
    expect(backupErrorText(err("FORBIDDEN"), zh)).toBe(errorText(err("FORBIDDEN"), zh));
  });

  it("says why a listed backup cannot be used", () => {
    expect(problemText(err("DATABASE_TOO_NEW"), zh)).toContain("请安装最新版本");
    expect(problemText(err("INTERNAL"), en)).toContain("choose another backup");
  });

  it("says why the second copy failed", () => {
    expect(secondCopyText(err("DISK_FULL"), zh)).toContain("磁盘已满");
    expect(secondCopyText(err("INTERNAL"), zh)).toContain("U 盘");
  });

  it("writes the backups folder with the data folder's separator", () => {
    expect(backupsFolder("/home/desk/data/")).toBe("/home/desk/data/backups");
    expect(backupsFolder("C:\\Users\\desk\\AppData\\Roaming\\cw")).toBe("C:\\Users\\desk\\AppData\\Roaming\\cw\\backups");
  });
});
