import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { AppStatus, BackupInfo } from "../../api/bindings";
import { signedIn } from "../../test/accessFixtures";
import { aBackup } from "../../test/backupFixtures";
import { renderWithProviders } from "../../test/render";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const { default: App } = await import("../../App");

const DIR = "/home/desk/.local/share/community-workstation";
const failed = signedIn("admin", {
  state: "failed",
  error: { code: "DATABASE_CORRUPT", message: "database disk image is malformed" },
  session: null,
});

/** Newest first: one written by a newer version, then two usable ones. */
const backups: BackupInfo[] = [
  aBackup({
    path: `${DIR}/backups/manual-20261128-090000.sqlite3`,
    fileName: "manual-20261128-090000.sqlite3",
    writtenAt: "2026-11-28T09:00:00+08:00",
    problem: { code: "DATABASE_TOO_NEW", message: "user_version 12 > 9" },
    cases: 0,
    visits: 0,
    people: 0,
  }),
  aBackup({
    path: `${DIR}/backups/auto-2026-11-27.sqlite3`,
    fileName: "auto-2026-11-27.sqlite3",
    kind: "auto",
    writtenAt: "2026-11-27T08:02:00+08:00",
  }),
  aBackup({
    path: `${DIR}/backups/auto-2026-11-26.sqlite3`,
    fileName: "auto-2026-11-26.sqlite3",
    kind: "auto",
    writtenAt: "2026-11-26T08:01:00+08:00",
    cases: 2,
  }),
];

function backend(list: () => BackupInfo[]) {
  let status: AppStatus = failed;
  invoke.mockImplementation(async (command: string) => {
    switch (command) {
      case "app_status":
        return status;
      case "startup_backups":
        return list();
      case "restore_at_startup":
        // The store opens: nobody is signed in yet.
        status = signedIn("admin", { session: null });
        return { restored: backups[1], kept: `${DIR}/backups/before-restore-20261128-093000-000.sqlite3` };
      default:
        throw { code: "INTERNAL", message: `unexpected ${command}` };
    }
  });
}

describe("restoring a backup at start-up", () => {
  beforeEach(() => {
    invoke.mockReset();
    window.location.hash = "";
  });

  it("offers the newest usable backup, asks, restores it and opens the app", async () => {
    backend(() => backups);
    renderWithProviders(<App />);
    const block = await screen.findByTestId("startup-backups");
    expect(screen.getByTestId("startup-error")).toHaveTextContent("请在下面的“从备份恢复”中选择一个备份恢复");
    const newest = await within(block).findByTestId("startup-backup-0");
    expect(newest).toHaveTextContent("不可用");
    expect(newest).toHaveTextContent("由更新版本的程序写入");
    expect(within(block).queryByTestId("startup-restore-0")).not.toBeInTheDocument();
    const usable = within(block).getByTestId("startup-backup-1");
    expect(usable).toHaveTextContent("最新的可用备份");
    expect(usable).toHaveTextContent("2026年11月27日 08:02");
    expect(usable).toHaveTextContent("每日自动备份");
    expect(usable).toHaveTextContent("2.4 MB");
    expect(usable).toHaveTextContent("案件 3 · 接待 12 · 人员 7");
    expect(within(block).getByTestId("startup-backup-2")).not.toHaveTextContent("最新的可用备份");
    expect(within(block).getByTestId("startup-backups-folder")).toHaveTextContent(`${DIR}/backups`);

    fireEvent.click(within(block).getByTestId("startup-restore-1"));
    const modal = await screen.findByTestId("startup-restore-modal");
    expect(modal).toHaveTextContent("2026年11月27日 08:02");
    expect(modal).toHaveTextContent("不会删除任何文件");
    expect(invoke).not.toHaveBeenCalledWith("restore_at_startup", expect.anything());
    fireEvent.click(within(modal).getByTestId("startup-restore-confirm"));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith("restore_at_startup", { path: `${DIR}/backups/auto-2026-11-27.sqlite3` }));
    // The status is read again: the data opens and the sign-in screen follows.
    expect(await screen.findByTestId("page-sign-in")).toBeInTheDocument();
    expect(screen.queryByTestId("startup-failed")).not.toBeInTheDocument();
    // The restoring screen is gone with its messages: the sign-in screen carries the result.
    expect(await screen.findByTestId("signin-notice")).toHaveTextContent(/损坏的数据文件已另存为/);
  });

  it("still explains the failure when the backups cannot be listed", async () => {
    backend(() => {
      throw { code: "DATA_DIR_NOT_WRITABLE", message: "permission denied" };
    });
    renderWithProviders(<App />);
    const error = await screen.findByTestId("startup-backups-error");
    expect(error).toHaveTextContent("无法列出备份");
    expect(error).toHaveTextContent("无法写入");
    expect(screen.getByTestId("startup-error")).toHaveTextContent("数据文件已损坏");
    expect(screen.getByTestId("startup-failed")).toHaveTextContent(DIR);
  });

  it("says what to do when the data folder holds no backup", async () => {
    backend(() => []);
    renderWithProviders(<App />);
    const empty = await screen.findByTestId("startup-backups-empty");
    expect(empty).toHaveTextContent("数据文件夹中没有找到备份");
    expect(empty).toHaveTextContent("联系技术支持");
    expect(screen.getByTestId("startup-backups-folder")).toHaveTextContent(`${DIR}/backups`);
  });
});
