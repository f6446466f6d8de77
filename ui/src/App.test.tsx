import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { AppStatus, Stats, Workstation } from "./api/bindings";
import i18n from "./i18n";
import { renderWithProviders } from "./test/render";
import { roles, roster } from "./test/rosterFixtures";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const { default: App } = await import("./App");

const status = (over: Partial<AppStatus> = {}): AppStatus => ({
  state: "ready",
  error: null,
  dataDir: "/home/desk/.local/share/community-workstation",
  dbPath: "/home/desk/.local/share/community-workstation/workstation.db",
  version: "0.1.0",
  language: "zh-CN",
  operator: "李梅",
  ...over,
});

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
      case "list_roles":
        return roles;
      case "update_role":
        return { id: args?.id, archived: false, ...(args?.input as object) };
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
    const today = screen.getByTestId("page-today");
    expect(within(today).getByText("仁和社区")).toBeInTheDocument();
    expect(await within(today).findByTestId("today-duty")).toHaveTextContent("今天没有值班安排");
    // Archived communities are not offered on the front desk's screen.
    expect(within(today).queryByText("旧社区")).not.toBeInTheDocument();
  });

  it("navigates from the menu to an area that is not built", async () => {
    backend(status());
    renderWithProviders(<App />);
    fireEvent.click(await screen.findByTestId("nav-cases"));
    expect(await screen.findByTestId("page-cases")).toHaveTextContent("本区域尚未开发");
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
  });

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
  });

  it("shows the roster counts on Today and opens the roster from there", async () => {
    backend(status());
    renderWithProviders(<App />);
    const card = await screen.findByTestId("today-roster");
    // 2 grids, 5 distinct people, 4 gaps in the fixture.
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
  });
});
