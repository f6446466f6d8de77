import { describe, expect, it } from "vitest";
import i18n from "./index";
import { errorText } from "./errorText";
import type { AppError } from "../api/bindings";

const zh = i18n.getFixedT("zh-CN");
const en = i18n.getFixedT("en-US");
const err = (code: AppError["code"], extra: Partial<AppError> = {}): AppError => ({ code, message: "raw detail xyz", ...extra });

describe("errorText", () => {
  it("names the missing field for a VALIDATION error", () => {
    const e = err("VALIDATION", { field: "name", reason: "required" });
    expect(errorText(e, zh)).toBe("请填写工作站名称");
    expect(errorText(e, en)).toBe("Please enter the workstation name");
  });

  it("reads an indexed list field as its list", () => {
    const e = err("VALIDATION", { field: "communities[1]", reason: "duplicate" });
    expect(errorText(e, zh)).toBe("服务社区与已有的重复，请换一个");
  });

  it("falls back to a general sentence for a VALIDATION error on an unknown field", () => {
    const e = err("VALIDATION", { field: "mystery", reason: "invalid" });
    expect(errorText(e, zh)).toContain("填写的内容有误");
  });

  it("says the disk is full and nothing changed", () => {
    expect(errorText(err("DISK_FULL"), zh)).toBe("磁盘已满，本次保存已撤销，数据未改变。请清理磁盘空间后重试。");
    expect(errorText(err("DISK_FULL"), en)).toContain("The disk is full");
    expect(errorText(err("DISK_ERROR"), zh)).toContain("写入磁盘失败");
  });

  it("says a newer version wrote the data", () => {
    expect(errorText(err("DATABASE_TOO_NEW"), zh)).toContain("请安装最新版本");
    expect(errorText(err("DATABASE_TOO_NEW"), en)).toContain("newer version");
  });

  it("points to the restore command for a corrupt database", () => {
    expect(errorText(err("DATABASE_CORRUPT"), zh)).toContain("restore");
    expect(errorText(err("DATABASE_CORRUPT"), zh)).toContain("备份");
    expect(errorText(err("DATABASE_CORRUPT"), en)).toContain("backup");
  });

  it("explains a locked database and an unwritable folder", () => {
    expect(errorText(err("DATABASE_LOCKED"), zh)).toContain("另一个程序");
    expect(errorText(err("DATA_DIR_NOT_WRITABLE"), zh)).toContain("无法写入");
  });

  it("never shows the raw server message", () => {
    for (const code of ["INTERNAL", "NOT_FOUND", "CONFLICT", "VALIDATION"] as const) {
      expect(errorText(err(code), zh)).not.toContain("raw detail");
    }
  });

  it("treats an unknown code as INTERNAL", () => {
    const unknown = { code: "SOMETHING_NEW", message: "x" } as unknown as AppError;
    expect(errorText(unknown, zh)).toBe(errorText(err("INTERNAL"), zh));
    expect(errorText(unknown, zh)).toContain("联系管理员");
  });

  it("names the roster record a 'name' belongs to", () => {
    const e = err("VALIDATION", { field: "name", reason: "required" });
    expect(errorText(e, zh, "person")).toBe("请填写姓名");
    expect(errorText(e, zh, "grid")).toBe("请填写网格名称");
    expect(errorText(e, en, "role")).toBe("Please enter the role name");
    // Without a scope it stays the workstation's name, as before.
    expect(errorText(e, zh)).toBe("请填写工作站名称");
  });

  it("explains an invalid phone with what to enter", () => {
    const e = err("VALIDATION", { field: "phone", reason: "invalid" });
    expect(errorText(e, zh, "person")).toBe("电话号码格式不正确，请填写手机号或带区号的固定电话");
    expect(errorText(e, en, "person")).toContain("mobile number or a landline");
  });

  it("says an image is too large or of the wrong kind", () => {
    expect(errorText(err("VALIDATION", { field: "image", reason: "too_long" }), zh, "person")).toContain("5 MB");
    expect(errorText(err("VALIDATION", { field: "image", reason: "invalid" }), zh, "person")).toContain("PNG、JPEG 或 WebP");
  });

  it("says a person already holds the role in the grid", () => {
    const e = err("VALIDATION", { field: "personId", reason: "duplicate" });
    expect(errorText(e, zh, "assignment")).toBe("此人已经在这个网格担任这个角色，不需要重复添加");
  });

  it("labels the other roster fields", () => {
    expect(errorText(err("VALIDATION", { field: "duties", reason: "too_long" }), zh, "assignment")).toBe(
      "职责太长，请缩短后再保存",
    );
    expect(errorText(err("VALIDATION", { field: "promise", reason: "too_long" }), en, "board")).toBe(
      "The service promise is too long; please shorten it and save again",
    );
  });

  it("tells the duty forms what a valid value looks like", () => {
    const endTime = err("VALIDATION", { field: "endTime", reason: "invalid" });
    expect(errorText(endTime, zh, "duty")).toBe("结束时间须晚于开始时间（格式 08:30）");
    expect(errorText(endTime, en, "duty")).toBe("The end time must be after the start time (like 08:30)");
    expect(errorText(err("VALIDATION", { field: "weekdays", reason: "required" }), zh, "duty")).toBe("请至少勾选一个值班的星期");
    expect(errorText(err("VALIDATION", { field: "members[2]", reason: "duplicate" }), zh, "duty")).toBe("轮值人员中有重复的人，请移出重复的一行");
    expect(errorText(err("VALIDATION", { field: "leftAt", reason: "invalid" }), zh, "duty")).toContain("离岗时间须晚于到岗时间");
  });

  it("keeps duty's dates apart from the roster's terms", () => {
    const startDate = err("VALIDATION", { field: "startDate", reason: "invalid" });
    expect(errorText(startDate, zh, "duty")).toBe("开始日期不正确，请重新选择");
    expect(errorText(startDate, zh, "assignment")).toBe("任期开始日期不正确，请重新选择");
  });

  it("labels the other duty fields and a holiday's name", () => {
    expect(errorText(err("VALIDATION", { field: "reason", reason: "too_long" }), zh, "duty")).toBe("原因太长，请缩短后再保存");
    expect(errorText(err("VALIDATION", { field: "name", reason: "required" }), zh, "duty")).toContain("请填写规则名称");
    expect(errorText(err("VALIDATION", { field: "name", reason: "required" }), zh, "holiday")).toBe("请填写节假日名称");
    expect(errorText(err("VALIDATION", { field: "holiday", reason: "duplicate" }), zh, "holiday")).toBe("这一天已经在节假日表中，请直接修改那一行");
  });

  it("says what to do after a failed sign-in or a lock, in both languages", () => {
    expect(errorText(err("BAD_CREDENTIALS"), zh)).toContain("登录名或密码不正确");
    expect(errorText(err("BAD_CREDENTIALS"), en)).toContain("login name or password is wrong");
    expect(errorText(err("TOO_MANY_ATTEMPTS"), zh)).toContain("请等几分钟后再试");
    expect(errorText(err("SESSION_LOCKED"), zh)).toContain("解锁");
    expect(errorText(err("NOT_SIGNED_IN"), en)).toContain("sign in again");
  });

  it("explains the account rules on the operator forms", () => {
    expect(errorText(err("VALIDATION", { field: "password", reason: "invalid" }), zh, "operator")).toBe(
      "密码至少 8 个字符，且不能与登录名相同",
    );
    expect(errorText(err("VALIDATION", { field: "communityIds", reason: "required" }), zh, "operator")).toBe(
      "物业管理人员必须选择至少一个负责社区",
    );
    expect(errorText(err("VALIDATION", { field: "current", reason: "invalid" }), en, "operator")).toBe(
      "The current password is wrong; please enter it again",
    );
    expect(errorText(err("VALIDATION", { field: "displayName", reason: "required" }), zh, "operator")).toBe("请填写姓名");
  });
});
