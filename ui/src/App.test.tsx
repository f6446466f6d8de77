import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { AppStatus, Stats, Workstation } from "./api/bindings";
import i18n from "./i18n";
import { operator, permsOf, signedIn } from "./test/accessFixtures";
import { emptyBoard } from "./test/deskFixtures";
import { renderWithProviders } from "./test/render";
import { roles, roster } from "./test/rosterFixtures";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const { default: App } = await import("./App");

/** The administrator's Settings holds several antd tables and forms; jsdom needs seconds to draw them. */
const ADMIN_SETTINGS_TIMEOUT = 60_000;

/** The administrator 李梅 signed in on a ready workstation, unless `over` says otherwise. */
const status = (over: Partial<AppStatus> = {}): AppStatus => signedIn("admin", over);

const workstation: Workstation = {
  name: "华元社区城管工作站",
  street: "碧湖街道",
  district: "芗城区",
  address: "",
  phone: "0596-0000000",
  isDemo: true,
  communities: [
    { id: 1, name: "仁和社区", code: null, archived: false },
    { id: 2, name: "旧社区", code: null, archived: true },
  ],
  createdAt: "2026-11-27T16:40:00+08:00",
  updatedAt: "2026-11-27T16:40:00+08:00",
};

const stats: Stats = { schemaVersion: 3, communities: 1, grids: 2, people: 5, assignments: 5, changes: 12, sizeBytes: 40960 };

function backend(appStatus: AppStatus) {
  invoke.mockImplementation(async (command: string, args?: Record<string, unknown>) => {
    switch (command) {
      case "app_status":
        return appStatus;
      case "get_workstation":
        return workstation;
      case "get_stats":
        return stats;
      case "set_language":
        return args?.language;
      case "get_roster":
        return roster;
      case "get_roster_counts":
        return { grids: 2, members: 5, gaps: 4 };
      case "list_roles":
        return roles;
      case "update_role":
        return { id: args?.id, archived: false, ...(args?.input as object) };
      case "today_board":
        return emptyBoard;
      case "duty_now":
        return { today: [], now: [], next: null };
      case "list_duty_rules":
        return [];
      case "get_duty_schedule":
        return { from: args?.from, to: args?.to, shifts: [], problems: [], balance: [], spread: 0, leaves: [], overrides: [] };
      case "list_holidays":
        return [];
      case "get_board_texts":
        return { responsibilities: "宣传城市管理法规", process: "", promise: "" };
      case "list_operators":
        return [operator("admin")];
      case "list_audit":
        return { records: [], total: 0, actors: [] };
      case "list_backups":
      case "startup_backups":
        return [];
      case "get_backup_settings":
        return { keepDays: 14, secondDir: "" };
      default:
        throw { code: "INTERNAL", message: `unexpected ${command}` };
    }
  });
}

describe("App", () => {
  beforeEach(() => {
    invoke.mockReset();
    window.location.hash = "";
  });

  it("shows only the failure screen when the data cannot be opened", async () => {
    backend(status({ state: "failed", error: { code: "DATABASE_TOO_NEW", message: "user_version 9 > 3" } }));
    renderWithProviders(<App />);
    const failed = await screen.findByTestId("startup-failed");
    expect(failed).toHaveTextContent("无法打开数据");
    expect(failed).toHaveTextContent("该数据由更新版本的程序写入，本程序不会修改它。请安装最新版本后再打开。");
    expect(failed).toHaveTextContent("/home/desk/.local/share/community-workstation");
    expect(screen.queryByTestId("nav-today")).not.toBeInTheDocument();
  });

  it("shows the failure screen when the status call itself fails", async () => {
    invoke.mockRejectedValue("no bridge");
    renderWithProviders(<App />);
    expect(await screen.findByTestId("startup-error")).toHaveTextContent("程序内部出错");
  });

  it("asks for the administrator's account before anything else on a new computer", async () => {
    backend(status({ state: "needs_admin", session: null }));
    renderWithProviders(<App />);
    expect(await screen.findByTestId("page-create-admin")).toHaveTextContent("创建管理员账号");
    expect(screen.getByTestId("admin-login")).toBeInTheDocument();
    expect(screen.queryByTestId("setup-new")).not.toBeInTheDocument();
  });

  it("shows the sign-in screen while nobody is signed in, with the demo accounts on a demo", async () => {
    backend(status({ session: null, isDemo: true }));
    renderWithProviders(<App />);
    expect(await screen.findByTestId("page-sign-in")).toBeInTheDocument();
    const hint = screen.getByTestId("signin-demo-hint");
    expect(hint).toHaveTextContent("demo1234");
    expect(hint).toHaveTextContent("wuye-huayuan");
    expect(hint).toHaveTextContent("物业（花园社区）");
    expect(screen.queryByTestId("nav-today")).not.toBeInTheDocument();
  });

  it("keeps the demo accounts off a real workstation's sign-in screen", async () => {
    backend(status({ session: null }));
    renderWithProviders(<App />);
    expect(await screen.findByTestId("signin-login")).toBeInTheDocument();
    expect(screen.queryByTestId("signin-demo-hint")).not.toBeInTheDocument();
  });

  it("shows the lock screen with who is signed in while the session is locked", async () => {
    const locked = status();
    backend({ ...locked, session: { ...locked.session!, locked: true } });
    renderWithProviders(<App />);
    expect(await screen.findByTestId("lock-screen")).toHaveTextContent("李梅（管理员）");
    expect(screen.getByTestId("unlock-secret")).toBeInTheDocument();
    expect(screen.queryByTestId("page-today")).not.toBeInTheDocument();
  });

  it("lets only an administrator set up the workstation", async () => {
    backend(status({ state: "needs_setup", session: { operator: operator("desk"), perms: permsOf("desk"), locked: false } }));
    renderWithProviders(<App />);
    expect(await screen.findByTestId("page-setup-waiting")).toHaveTextContent("需要由管理员登录后建立工作站");
    expect(screen.queryByTestId("setup-new")).not.toBeInTheDocument();
    expect(screen.getByTestId("sign-out")).toBeInTheDocument();
  });

  it("opens the first-start screen when no workstation exists", async () => {
    backend(status({ state: "needs_setup" }));
    renderWithProviders(<App />);
    expect(await screen.findByTestId("setup-new")).toBeInTheDocument();
    expect(screen.getByTestId("setup-demo")).toBeInTheDocument();
  });

  it("opens Today in the main layout with the workstation in the header", async () => {
    backend(status());
    renderWithProviders(<App />);
    expect(await screen.findByTestId("page-today")).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId("workstation-name")).toHaveTextContent("华元社区城管工作站"));
    expect(screen.getByTestId("demo-tag")).toHaveTextContent("演示");
    expect(screen.getByTestId("operator-name")).toHaveTextContent("李梅");
    expect(screen.getByTestId("operator-role")).toHaveTextContent("管理员");
    expect(screen.getByTestId("lock-button")).toHaveTextContent("锁定");
    expect(screen.getByTestId("sign-out")).toHaveTextContent("退出登录");
    const today = screen.getByTestId("page-today");
    expect(within(today).getByText("仁和社区")).toBeInTheDocument();
    expect(await within(today).findByTestId("today-duty")).toHaveTextContent("今天没有值班安排");
    // Archived communities are not offered on the front desk's screen.
    expect(within(today).queryByText("旧社区")).not.toBeInTheDocument();
  });

  it("navigates from the menu to an area that is not built", async () => {
    backend(status());
    renderWithProviders(<App />);
    fireEvent.click(await screen.findByTestId("nav-merchants"));
    expect(await screen.findByTestId("page-merchants")).toHaveTextContent("本区域尚未开发");
  });

  it("opens the duty schedule from the menu", async () => {
    backend(status());
    renderWithProviders(<App />);
    fireEvent.click(await screen.findByTestId("nav-duty"));
    const page = await screen.findByTestId("page-duty");
    expect(page).not.toHaveTextContent("本区域尚未开发");
    expect(await within(page).findByTestId("duty-month")).toBeInTheDocument();
    expect(within(page).getByTestId("duty-empty")).toHaveTextContent("这段时间没有值班安排");
  });

  it("starts in the language the backend remembers", async () => {
    backend(status({ language: "en-US" }));
    renderWithProviders(<App />);
    expect(await screen.findByTestId("nav-settings")).toHaveTextContent("Settings");
    expect(i18n.language).toBe("en-US");
  });

  it("shows archived communities greyed in Settings, with the data paths", async () => {
    backend(status());
    window.location.hash = "#/settings";
    renderWithProviders(<App />);
    const page = await screen.findByTestId("page-settings");
    await waitFor(() => expect(within(page).getByTestId("community-2")).toHaveTextContent("已归档"));
    expect(within(page).getByTestId("community-1")).not.toHaveTextContent("已归档");
    expect(within(page).getByTestId("data-dir")).toHaveTextContent("community-workstation");
    expect(within(page).getByTestId("open-data-folder")).toHaveTextContent("打开数据文件夹");
    expect(within(page).getByTestId("backup-section")).toHaveTextContent("备份与恢复");
  }, ADMIN_SETTINGS_TIMEOUT);

  it("switches the language from Settings after the backend saves it", async () => {
    backend(status());
    window.location.hash = "#/settings";
    renderWithProviders(<App />);
    const page = await screen.findByTestId("page-settings");
    const select = within(page).getByTestId("language-select");
    fireEvent.mouseDown(select.querySelector(".ant-select-selector") as Element);
    fireEvent.click(await screen.findByTitle("English"));
    expect(await screen.findByText("Settings")).toBeInTheDocument();
    expect(invoke).toHaveBeenCalledWith("set_language", { language: "en-US" });
    expect(document.documentElement.lang).toBe("en-US");
    // The page stays mounted: switching must not throw away what is on screen.
    expect(page).toBeInTheDocument();
  }, ADMIN_SETTINGS_TIMEOUT);

  it("shows the roster counts on Today and opens the roster from there", async () => {
    backend(status());
    renderWithProviders(<App />);
    const card = await screen.findByTestId("today-roster");
    // As the core counts them (roster/counts.rs).
    await waitFor(() => expect(card).toHaveTextContent("网格2"));
    expect(card).toHaveTextContent("成员（人）5");
    expect(card).toHaveTextContent("缺口4");
    fireEvent.click(within(card).getByTestId("today-roster-open"));
    expect(await screen.findByTestId("page-roster")).toBeInTheDocument();
    expect(await screen.findByTestId("grid-1")).toHaveTextContent("王建国");
  });

  it("marks a role as core in Settings through update_role", async () => {
    backend(status());
    window.location.hash = "#/settings";
    renderWithProviders(<App />);
    const page = await screen.findByTestId("page-settings");
    const volunteer = await within(page).findByTestId("role-4");
    expect(volunteer).toHaveTextContent("志愿者");
    expect(within(page).getByTestId("role-core-1")).toBeChecked();
    expect(within(page).getByTestId("role-core-4")).not.toBeChecked();
    fireEvent.click(within(page).getByTestId("role-core-4"));
    await waitFor(() =>
      expect(invoke).toHaveBeenCalledWith("update_role", { id: 4, input: { name: "志愿者", isCore: true } }),
    );
    await waitFor(() => expect(within(page).getByTestId("board-text-responsibilities")).toHaveValue("宣传城市管理法规"));
  }, ADMIN_SETTINGS_TIMEOUT);

  it("hides the roster and duty from a property manager, and says what Today will hold", async () => {
    backend(signedIn("property_manager", { session: { operator: operator("property_manager", { communityIds: [1] }), perms: permsOf("property_manager"), locked: false } }));
    renderWithProviders(<App />);
    expect(await screen.findByTestId("page-today")).toBeInTheDocument();
    expect(screen.getByTestId("nav-today")).toBeInTheDocument();
    expect(screen.getByTestId("nav-cases")).toBeInTheDocument();
    expect(screen.queryByTestId("nav-roster")).not.toBeInTheDocument();
    expect(screen.queryByTestId("nav-duty")).not.toBeInTheDocument();
    // Visits name residents: staff only.
    expect(screen.queryByTestId("nav-visits")).not.toBeInTheDocument();
    expect(screen.queryByTestId("nav-worklog")).not.toBeInTheDocument();
    expect(screen.getByTestId("today-note")).toHaveTextContent("您负责社区的案件可以在左侧“案件台账”中查看");
    expect(screen.queryByTestId("today-duty")).not.toBeInTheDocument();
    expect(screen.queryByTestId("today-roster")).not.toBeInTheDocument();
    // Nothing the role would be refused is even asked for.
    const asked = invoke.mock.calls.map((c) => c[0]);
    expect(asked).not.toContain("duty_now");
    expect(asked).not.toContain("get_roster");
    expect(asked).not.toContain("get_roster_counts");
    expect(asked).not.toContain("get_stats");
  });

  it("shows the desk the visit log and the work log in the menu", async () => {
    backend(signedIn("desk"));
    renderWithProviders(<App />);
    expect(await screen.findByTestId("nav-visits")).toHaveTextContent("接待记录");
    expect(screen.getByTestId("nav-worklog")).toHaveTextContent("交接班/工作日志");
  });

  it("sends a property manager's old roster link to Today", async () => {
    backend(signedIn("property_manager"));
    window.location.hash = "#/roster";
    renderWithProviders(<App />);
    expect(await screen.findByTestId("page-today")).toBeInTheDocument();
    expect(screen.queryByTestId("page-roster")).not.toBeInTheDocument();
  });

  it("gives a non-administrator only the language, their password and the version in Settings", async () => {
    backend(signedIn("desk"));
    window.location.hash = "#/settings";
    renderWithProviders(<App />);
    const page = await screen.findByTestId("page-settings");
    expect(within(page).getByTestId("language-select")).toBeInTheDocument();
    expect(within(page).getByTestId("password-section")).toBeInTheDocument();
    expect(within(page).getByTestId("app-version")).toHaveTextContent("0.1.0");
    expect(within(page).queryByTestId("profile-form")).not.toBeInTheDocument();
    expect(within(page).queryByTestId("operators-section")).not.toBeInTheDocument();
    expect(within(page).queryByTestId("audit-section")).not.toBeInTheDocument();
    expect(within(page).queryByTestId("data-dir")).not.toBeInTheDocument();
    expect(within(page).queryByTestId("backup-section")).not.toBeInTheDocument();
    expect(invoke.mock.calls.map((c) => c[0])).not.toContain("get_stats");
    expect(invoke.mock.calls.map((c) => c[0])).not.toContain("list_backups");
  });

  it("shows the roster read-only to the front desk", async () => {
    backend(signedIn("desk"));
    window.location.hash = "#/roster";
    renderWithProviders(<App />);
    expect(await screen.findByTestId("grid-1")).toHaveTextContent("王建国");
    expect(screen.queryByTestId("grid-add")).not.toBeInTheDocument();
    expect(screen.queryByTestId("roster-import")).not.toBeInTheDocument();
    expect(screen.queryByTestId("grid-edit-1")).not.toBeInTheDocument();
    expect(screen.queryByTestId("member-add-1")).not.toBeInTheDocument();
  });
});
