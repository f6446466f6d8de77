import { beforeEach, describe, expect, it, vi } from "vitest";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const api = await import("./index");

describe("api wrapper", () => {
  beforeEach(() => {
    invoke.mockReset();
  });

  it("calls the snake_case command with camelCase arguments", async () => {
    invoke.mockResolvedValue("en-US");
    await expect(api.setLanguage("en-US")).resolves.toBe("en-US");
    expect(invoke).toHaveBeenCalledWith("set_language", { language: "en-US" });

    invoke.mockResolvedValue({});
    await api.archiveCommunity(7);
    expect(invoke).toHaveBeenLastCalledWith("archive_community", { id: 7 });
  });

  it("names the access commands' arguments as the Rust side reads them", async () => {
    invoke.mockResolvedValue(null);
    await api.signIn({ login: "qiantai", secret: "2468" });
    expect(invoke).toHaveBeenLastCalledWith("sign_in", { input: { login: "qiantai", secret: "2468" } });
    await api.changeOwnPassword({ current: "a", newPassword: "b" });
    expect(invoke).toHaveBeenLastCalledWith("change_own_password", { change: { current: "a", newPassword: "b" } });
    await api.setIdleLock(15);
    expect(invoke).toHaveBeenLastCalledWith("set_idle_lock", { minutes: 15 });
    await api.archiveOperator(4);
    expect(invoke).toHaveBeenLastCalledWith("archive_operator", { id: 4 });
    const query = { actor: null, area: "duty" as const, from: null, to: null, page: 0, pageSize: 20 };
    await api.listAudit(query);
    expect(invoke).toHaveBeenLastCalledWith("list_audit", { query });
  });

  it("knows the session's error codes", () => {
    expect(api.isAppError({ code: "SESSION_LOCKED", message: "locked" })).toBe(true);
    expect(api.isAppError({ code: "TOO_MANY_ATTEMPTS", message: "wait" })).toBe(true);
  });

  it("passes an AppError from Rust through unchanged", async () => {
    const appError = { code: "DISK_FULL", message: "disk full", field: undefined };
    invoke.mockRejectedValue(appError);
    await expect(api.getStats()).rejects.toEqual(appError);
  });

  it("wraps a string rejection as INTERNAL", async () => {
    invoke.mockRejectedValue("command get_workstation not found");
    await expect(api.getWorkstation()).rejects.toEqual({
      code: "INTERNAL",
      message: "command get_workstation not found",
    });
  });

  it("wraps a thrown Error as INTERNAL with its message", async () => {
    invoke.mockRejectedValue(new TypeError("window.__TAURI_INTERNALS__ is undefined"));
    await expect(api.appStatus()).rejects.toEqual({
      code: "INTERNAL",
      message: "window.__TAURI_INTERNALS__ is undefined",
    });
  });

  it("wraps an object with an unknown code as INTERNAL, never [object Object]", async () => {
    invoke.mockRejectedValue({ code: "WHATEVER", detail: 1 });
    const err = await api.openDataFolder().catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "INTERNAL" });
    expect((err as { message: string }).message).not.toContain("[object Object]");
    expect((err as { message: string }).message).toContain("WHATEVER");
  });

  it("sends roster queries and uploads in the shapes the Rust commands take", async () => {
    invoke.mockResolvedValue({});
    const query = { communityId: 2, text: "王", roleId: null, party: "城管" };
    await api.getRoster(query);
    expect(invoke).toHaveBeenLastCalledWith("get_roster", { query });

    const image = { fileName: "me.png", dataBase64: "iVBORw0KGgo=" };
    await api.setPersonPhoto(5, image);
    expect(invoke).toHaveBeenLastCalledWith("set_person_photo", { id: 5, image });
    await api.setGridMap(3, null);
    expect(invoke).toHaveBeenLastCalledWith("set_grid_map", { id: 3, image: null });

    const input = { gridId: 1, personId: 2, roleId: 3, startDate: "2025-01-01", endDate: "2025-12-31", duties: "" };
    await api.updateAssignment(9, input);
    expect(invoke).toHaveBeenLastCalledWith("update_assignment", { id: 9, input });
    await api.getBoard(4);
    expect(invoke).toHaveBeenLastCalledWith("get_board", { communityId: 4 });
    await api.previewRosterImport("/tmp/a.xlsx");
    expect(invoke).toHaveBeenLastCalledWith("preview_roster_import", { path: "/tmp/a.xlsx" });
  });

  it("passes the import refusal through as INVALID_FILE", async () => {
    const refusal = { code: "INVALID_FILE", message: "1 rows are rejected" };
    invoke.mockRejectedValue(refusal);
    await expect(api.applyRosterImport("/tmp/a.xlsx")).rejects.toEqual(refusal);
  });

  it("sends the duty commands' arguments flat and camelCase", async () => {
    invoke.mockResolvedValue({});
    await api.getDutySchedule({ from: "2025-11-01", to: "2025-11-30", communityId: 3, personId: null });
    expect(invoke).toHaveBeenLastCalledWith("get_duty_schedule", { from: "2025-11-01", to: "2025-11-30", communityId: 3, personId: null });
    await api.exportDuty("/tmp/值班表-202511.ics", "2025-11-01", "2025-11-30", null);
    expect(invoke).toHaveBeenLastCalledWith("export_duty", { path: "/tmp/值班表-202511.ics", from: "2025-11-01", to: "2025-11-30", personId: null });
    const change = { type: "leave", input: { personId: 2, from: "2025-11-28", to: "2025-11-30", reason: "" } } as const;
    await api.checkDutyChange(change);
    expect(invoke).toHaveBeenLastCalledWith("check_duty_change", { change });
    await api.listHolidays(2026);
    expect(invoke).toHaveBeenLastCalledWith("list_holidays", { year: 2026 });
    await api.removeHoliday("2026-10-01");
    expect(invoke).toHaveBeenLastCalledWith("remove_holiday", { date: "2026-10-01" });
    await api.dutyNow();
    expect(invoke).toHaveBeenLastCalledWith("duty_now", undefined);
  });
});
