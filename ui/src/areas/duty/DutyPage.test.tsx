import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Person } from "../../api/bindings";
import { dutyWorkstation, gardenRule, november } from "../../test/dutyFixtures";
import { signedIn } from "../../test/accessFixtures";
import { renderWithProviders } from "../../test/render";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));
const save = vi.fn();
vi.mock("@tauri-apps/plugin-dialog", () => ({ save: (...args: unknown[]) => save(...args), open: vi.fn() }));

const { DutyPage } = await import("./DutyPage");

function backend() {
  invoke.mockImplementation(async (command: string, args?: { from?: string; to?: string }) => {
    switch (command) {
      case "get_workstation":
        return dutyWorkstation;
      case "list_duty_rules":
        return [gardenRule];
      case "get_duty_schedule":
        return { ...november, from: args?.from, to: args?.to };
      case "list_holidays":
        return [];
      case "search_people":
        return [];
      case "check_duty_change":
        return [];
      case "archive_leave":
        return null;
      default:
        throw { code: "INTERNAL", message: `unexpected ${command}` };
    }
  });
}

describe("duty page", () => {
  beforeEach(() => {
    invoke.mockReset();
    backend();
    // Only the clock is fixed (Thursday 20 November 2025); timers stay real for antd and the queries.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(2025, 10, 20, 10, 0));
  });

  afterEach(() => {
    vi.useRealTimers();
    window.location.hash = "";
  });

  it("shows this month with its checks, balance and changes", async () => {
    renderWithProviders(<DutyPage />, { status: signedIn("admin") });
    const gapDay = await screen.findByTestId("duty-day-cell-2025-11-26");
    expect(invoke).toHaveBeenCalledWith("get_duty_schedule", {
      from: "2025-11-01",
      to: "2025-11-30",
      communityId: null,
      personId: null,
    });
    expect(screen.getByTestId("duty-period")).toHaveTextContent("2025年11月");
    expect(gapDay).toHaveAttribute("data-gap", "true");
    const problems = screen.getByTestId("duty-problems");
    expect(problems).toHaveTextContent("排班检查：发现 2 个问题");
    expect(problems).toHaveTextContent("11月26日 花园社区周三周日值班 缺1人（需2人，现1人）");
    expect(problems).toHaveTextContent("韩怡莉 11月30日 在请假期间被排班");
    expect(screen.getByTestId("duty-balance")).toHaveTextContent("最多与最少相差 1 次");
    const changes = screen.getByTestId("duty-changes");
    expect(within(changes).getByTestId("duty-leave-7")).toHaveTextContent("陈明 请假：11月28日 至 11月30日");
    expect(within(changes).getByTestId("duty-leave-7")).toHaveTextContent("原因：外出培训");
    expect(within(changes).getByTestId("duty-override-9")).toHaveTextContent(
      "11月29日 临时加派 李强（仁和社区临时值班 09:00–12:00）",
    );
    expect(within(changes).getByTestId("duty-override-9")).toHaveTextContent("李梅");
    expect(screen.getByTestId("duty-rules")).toHaveTextContent("值班规则（1 条）");
  });

  it("opens a day with each officer's source, phone and attendance buttons", async () => {
    renderWithProviders(<DutyPage />, { status: signedIn("admin") });
    fireEvent.click(await screen.findByTestId("duty-day-cell-2025-11-30"));
    const day = await screen.findByTestId("duty-day");
    expect(day).toHaveTextContent("赵六");
    expect(day).toHaveTextContent("代班（陈明请假）");
    expect(day).toHaveTextContent("13905960201");
    expect(day).not.toHaveTextContent("李强");
    // The 30th is still to come on the 20th: nobody can be marked as arrived yet.
    expect(within(day).getByTestId("attend-arrive-2025-11-30-201")).toBeDisabled();
    fireEvent.click(within(day).getByTestId("duty-replace-2025-11-30-201"));
    expect(await screen.findByTestId("override-form")).toBeInTheDocument();
    expect(screen.getByTestId("override-replacement")).toBeInTheDocument();
  });

  it("switches to the week of the day and asks for that week only", async () => {
    renderWithProviders(<DutyPage />, { status: signedIn("admin") });
    await screen.findByTestId("duty-month");
    fireEvent.click(screen.getByTestId("duty-view-week"));
    expect(await screen.findByTestId("duty-week")).toBeInTheDocument();
    await waitFor(() =>
      expect(invoke).toHaveBeenCalledWith("get_duty_schedule", {
        from: "2025-11-17",
        to: "2025-11-23",
        communityId: null,
        personId: null,
      }),
    );
    expect(screen.getByTestId("duty-week-day-2025-11-23")).toHaveTextContent("韩怡莉");
    expect(screen.getByTestId("duty-week-day-2025-11-22")).not.toHaveTextContent("韩怡莉");
  });

  it("prints the board of the period on screen: the month, or the week", async () => {
    renderWithProviders(<DutyPage />, { status: signedIn("admin") });
    await screen.findByTestId("duty-month");
    fireEvent.click(screen.getByTestId("duty-print"));
    await waitFor(() => expect(window.location.hash).toBe("#/duty/board/2025-11"));
    fireEvent.click(screen.getByTestId("duty-view-week"));
    await screen.findByTestId("duty-week");
    fireEvent.click(screen.getByTestId("duty-community-3"));
    fireEvent.click(screen.getByTestId("duty-print"));
    await waitFor(() => expect(window.location.hash).toBe("#/duty/board/week/2025-11-17?community=3"));
  });

  it("undoes a leave through archive_leave", async () => {
    renderWithProviders(<DutyPage />, { status: signedIn("admin") });
    fireEvent.click(await screen.findByTestId("leave-undo-7"));
    const confirm = await waitFor(() => {
      const ok = document.querySelector(".ant-popconfirm-buttons .ant-btn-primary");
      expect(ok).not.toBeNull();
      return ok as Element;
    });
    expect(invoke).not.toHaveBeenCalledWith("archive_leave", expect.anything());
    fireEvent.click(confirm);
    await waitFor(() => expect(invoke).toHaveBeenCalledWith("archive_leave", { id: 7 }));
  });

  it("lists one person's coming duties with their role and exports them as .ics", async () => {
    const zhao: Person = {
      id: 204,
      name: "赵六",
      organisation: "城管中队",
      party: "",
      phone: "13905960204",
      photo: null,
      notes: "",
      archived: false,
    };
    const base = invoke.getMockImplementation() as (command: string, args?: unknown) => Promise<unknown>;
    invoke.mockImplementation(async (command: string, args?: unknown) => {
      if (command === "search_people") return [zhao];
      if (command === "export_duty") return 3;
      return base(command, args);
    });
    save.mockReset();
    save.mockResolvedValue("/tmp/赵六-值班.ics");
    renderWithProviders(<DutyPage />, { status: signedIn("admin") });
    fireEvent.click(await screen.findByTestId("duty-person-open"));
    const drawer = await screen.findByTestId("duty-person-drawer");
    fireEvent.mouseDown(within(drawer).getByTestId("duty-person-pick").querySelector(".ant-select-selector") as Element);
    const option = await waitFor(() => {
      const found = [...document.querySelectorAll(".ant-select-item-option")].find((o) => o.textContent?.startsWith("赵六"));
      expect(found).toBeDefined();
      return found as Element;
    });
    fireEvent.click(option);
    // From today (Thursday 20 November 2025) for 90 days, of this person only.
    await waitFor(() =>
      expect(invoke).toHaveBeenCalledWith("get_duty_schedule", {
        from: "2025-11-20",
        to: "2026-02-17",
        communityId: null,
        personId: 204,
      }),
    );
    const row = await within(drawer).findByTestId("duty-person-row-2025-11-30");
    expect(row).toHaveTextContent("2025年11月30日 周日");
    expect(row).toHaveTextContent("08:30–17:30");
    expect(row).toHaveTextContent("花园社区");
    expect(row).toHaveTextContent("代班（陈明请假）");
    // 赵六 is not on the 26th: a shift without him is no row of his.
    expect(within(drawer).queryByTestId("duty-person-row-2025-11-26")).toBeNull();

    expect(invoke).not.toHaveBeenCalledWith("export_duty", expect.anything());
    fireEvent.click(within(drawer).getByTestId("duty-person-ics"));
    await waitFor(() =>
      expect(invoke).toHaveBeenCalledWith("export_duty", {
        path: "/tmp/赵六-值班.ics",
        from: "2025-11-20",
        to: "2026-02-17",
        personId: 204,
      }),
    );
    expect(save).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: "赵六-值班.ics" }));
    expect(await screen.findByText("已导出 3 个值班到 /tmp/赵六-值班.ics")).toBeInTheDocument();
  });
});

describe("duty page for a viewer", () => {
  beforeEach(() => {
    invoke.mockReset();
    backend();
  });

  it("offers no rule, change or undo buttons without duty_edit", async () => {
    renderWithProviders(<DutyPage />, { status: signedIn("viewer") });
    await screen.findByTestId("duty-month");
    expect(screen.queryByTestId("duty-rule-add")).toBeNull();
    expect(screen.queryByTestId("duty-swap")).toBeNull();
  });
});
