import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { dutyWorkstation, gardenRule, november } from "../../test/dutyFixtures";
import { renderWithProviders } from "../../test/render";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

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
  });

  it("shows this month with its checks, balance and changes", async () => {
    renderWithProviders(<DutyPage />);
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
    renderWithProviders(<DutyPage />);
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
    renderWithProviders(<DutyPage />);
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

  it("undoes a leave through archive_leave", async () => {
    renderWithProviders(<DutyPage />);
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
});
