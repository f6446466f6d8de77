import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { AppStatus, BackupDone, BackupSettings } from "../../api/bindings";
import { useAppStatus } from "../../api/queries";
import i18n from "../../i18n";
import { signedIn } from "../../test/accessFixtures";
import { aBackup, backupList } from "../../test/backupFixtures";
import { renderWithProviders } from "../../test/render";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const { BackupSection } = await import("./BackupSection");

const settings: BackupSettings = { keepDays: 14, secondDir: "/media/usb" };
const manual = aBackup({ path: "/data/backups/manual-20261128-090000.sqlite3", fileName: "manual-20261128-090000.sqlite3" });

/** Stands in for App: it watches the status, as App does, and says who is signed in. */
function StatusProbe() {
  const status = useAppStatus();
  return <div data-testid="probe">{status.data?.session ? "signed-in" : "signed-out"}</div>;
}

function backend(over: Record<string, (args: Record<string, unknown>) => unknown> = {}) {
  let status: AppStatus = signedIn("admin");
  invoke.mockImplementation(async (command: string, args: Record<string, unknown> = {}) => {
    if (over[command]) return over[command](args);
    switch (command) {
      case "app_status":
        return status;
      case "list_backups":
        return backupList;
      case "get_backup_settings":
        return settings;
      case "set_backup_settings":
        return args.input;
      case "backup_now":
        return { backup: manual, secondError: null } satisfies BackupDone;
      case "restore_backup":
        // The core signs the window out after a restore.
        status = signedIn("admin", { session: null });
        return { restored: backupList[1], kept: "/data/backups/before-restore-20261128-090000-000.sqlite3" };
      default:
        throw { code: "INTERNAL", message: `unexpected ${command}` };
    }
  });
}

const show = () => renderWithProviders(<><BackupSection /><StatusProbe /></>, { status: signedIn("admin") });

describe("backups in Settings", () => {
  beforeEach(() => {
    invoke.mockReset();
  });

  it("lists the backups with their kind, place, size and contents in words", async () => {
    backend();
    show();
    const first = await screen.findByTestId("backup-row-0");
    expect(first).toHaveTextContent("2026年11月27日 16:40");
    expect(first).toHaveTextContent("手动备份");
    expect(first).toHaveTextContent("数据文件夹");
    expect(first).toHaveTextContent("2.4 MB");
    expect(first).toHaveTextContent("华元社区城管工作站");
    expect(first).toHaveTextContent("案件 3 · 接待 12 · 人员 7");
    const second = screen.getByTestId("backup-row-1");
    expect(second).toHaveTextContent("每日自动备份");
    expect(second).toHaveTextContent("第二备份位置");
    const broken = screen.getByTestId("backup-row-2");
    expect(broken).toHaveTextContent("不可用");
    expect(broken).toHaveTextContent("不是本程序的备份");
    expect(screen.getByTestId("backup-restore-2")).toBeDisabled();
    expect(screen.getByTestId("backup-restore-0")).toBeEnabled();
    await waitFor(() => expect(screen.getByTestId("backup-keep-days")).toHaveValue("14"));
    expect(screen.getByTestId("backup-second-dir")).toHaveValue("/media/usb");
  });

  it("says it in English too", async () => {
    await i18n.changeLanguage("en-US");
    backend();
    show();
    const first = await screen.findByTestId("backup-row-0");
    expect(first).toHaveTextContent("Manual");
    expect(first).toHaveTextContent("Cases 3 · Visits 12 · People 7");
    expect(screen.getByTestId("backup-row-2")).toHaveTextContent("Unusable");
  });

  it("backs up now and names the file", async () => {
    backend();
    show();
    await screen.findByTestId("backup-row-0");
    fireEvent.click(screen.getByTestId("backup-now"));
    expect(await screen.findByText("已备份：manual-20261128-090000.sqlite3")).toBeInTheDocument();
    expect(invoke).toHaveBeenCalledWith("backup_now", undefined);
    expect(screen.queryByTestId("backup-second-warning")).not.toBeInTheDocument();
    // The list is read again to show the new file.
    await waitFor(() => expect(invoke.mock.calls.filter((c) => c[0] === "list_backups")).toHaveLength(2));
  });

  it("warns when the copy to the second folder failed, the first copy standing", async () => {
    backend({
      backup_now: () => ({ backup: manual, secondError: { code: "INTERNAL", message: "No such file or directory" } }),
    });
    show();
    await screen.findByTestId("backup-row-0");
    fireEvent.click(screen.getByTestId("backup-now"));
    const warning = await screen.findByTestId("backup-second-warning");
    expect(warning).toHaveTextContent("没有复制到第二备份位置");
    expect(warning).toHaveTextContent("manual-20261128-090000.sqlite3");
    expect(warning).toHaveTextContent("可以正常使用");
    expect(warning).toHaveTextContent("U 盘或网络盘可能没有连接");
  });

  it("asks before restoring, restores the row's file and then reads the status again", async () => {
    backend();
    show();
    await screen.findByTestId("backup-row-1");
    expect(screen.getByTestId("probe")).toHaveTextContent("signed-in");
    fireEvent.click(screen.getByTestId("backup-restore-1"));
    const modal = await screen.findByTestId("backup-restore-modal");
    expect(modal).toHaveTextContent("2026年11月26日 08:05");
    expect(modal).toHaveTextContent("案件 2 · 接待 10 · 人员 7");
    expect(modal).toHaveTextContent("当前的数据会先另存为一份备份");
    expect(modal).toHaveTextContent("所有人都需要重新登录");
    expect(invoke).not.toHaveBeenCalledWith("restore_backup", expect.anything());
    const statusCalls = invoke.mock.calls.filter((c) => c[0] === "app_status").length;
    fireEvent.click(within(modal).getByTestId("backup-restore-confirm"));
    await waitFor(() =>
      expect(invoke).toHaveBeenCalledWith("restore_backup", {
        path: "/media/usb/community-workstation-backups/auto-2026-11-26.sqlite3",
      }),
    );
    await waitFor(() => expect(screen.getByTestId("probe")).toHaveTextContent("signed-out"));
    expect(invoke.mock.calls.filter((c) => c[0] === "app_status").length).toBeGreaterThan(statusCalls);
    expect(await screen.findByText(/原来的数据已另存为 \/data\/backups\/before-restore-20261128-090000-000\.sqlite3/)).toBeInTheDocument();
  });

  it("shows a refused second folder under its field", async () => {
    backend({
      set_backup_settings: () => {
        throw { code: "VALIDATION", message: "secondDir invalid", field: "secondDir", reason: "invalid" };
      },
    });
    show();
    const dir = await screen.findByTestId("backup-second-dir");
    fireEvent.change(dir, { target: { value: "backups-here" } });
    fireEvent.click(screen.getByTestId("backup-settings-save"));
    await waitFor(() =>
      expect(invoke).toHaveBeenCalledWith("set_backup_settings", { input: { keepDays: 14, secondDir: "backups-here" } }),
    );
    // Under the field itself, not in a passing message.
    const field = dir.closest(".ant-form-item") as HTMLElement;
    await waitFor(() => expect(field).toHaveTextContent("第二备份位置必须是一个已经存在、可以写入的文件夹的完整路径"));
  });
});
