import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { Route, Routes } from "react-router-dom";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Holiday } from "../../../api/bindings";
import { dutyWorkstation, november } from "../../../test/dutyFixtures";
import { renderWithProviders } from "../../../test/render";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const { DutyWeekBoardPage } = await import("./DutyWeekBoardPage");

// Not a real holiday: a day off inside the fixture week, to see it marked on the sheet.
const holiday: Holiday = { date: "2025-11-27", kind: "holiday", name: "感恩节" };

function renderBoard(hash: string) {
  window.location.hash = hash;
  return renderWithProviders(
    <Routes>
      <Route path="/duty/board/week/:monday" element={<DutyWeekBoardPage />} />
      <Route path="/duty" element={<div data-testid="page-duty" />} />
    </Routes>,
  );
}

const scheduleCall = (from: string, to: string, communityId: number | null = null) => [
  "get_duty_schedule",
  { from, to, communityId, personId: null },
];

describe("printed week duty board", () => {
  beforeEach(() => {
    invoke.mockReset();
    invoke.mockImplementation(async (command: string, args?: { from: string; to: string }) => {
      if (command === "get_workstation") return dutyWorkstation;
      if (command === "list_holidays") return [holiday];
      // The backend answers for the days asked only.
      if (command === "get_duty_schedule")
        return { ...november, ...args, shifts: november.shifts.filter((s) => s.date >= args!.from && s.date <= args!.to) };
      throw { code: "INTERNAL", message: `unexpected ${command}` };
    });
  });

  afterEach(() => {
    window.location.hash = "";
  });

  it("shows the seven days Monday first with the officers, phones, gaps and holidays", async () => {
    renderBoard("#/duty/board/week/2025-11-24");
    const page = await screen.findByTestId("page-duty-board");
    await waitFor(() =>
      expect(within(page).getByTestId("duty-board-title")).toHaveTextContent(
        "华元社区城管工作站 2025年11月24日至11月30日 下沉值班表",
      ),
    );
    expect(invoke).toHaveBeenCalledWith(...scheduleCall("2025-11-24", "2025-11-30"));
    const table = await within(page).findByTestId("duty-board-table");
    const heads = within(table).getAllByRole("columnheader");
    expect(heads.map((h) => h.textContent)).toEqual([
      "周一11月24日",
      "周二11月25日",
      "周三11月26日",
      "周四11月27日感恩节",
      "周五11月28日",
      "周六11月29日",
      "周日11月30日",
    ]);
    expect(within(table).getByTestId("duty-board-day-2025-11-24")).toHaveTextContent("无值班");
    const sunday = within(table).getByTestId("duty-board-day-2025-11-30");
    expect(sunday).toHaveTextContent("花园社区周三周日值班");
    expect(sunday).toHaveTextContent("08:30–17:30");
    expect(sunday).toHaveTextContent("韩怡莉");
    expect(sunday).toHaveTextContent("13905960201");
    expect(sunday).toHaveTextContent("赵六");
    // Wednesday needs two and has one; an ad-hoc day says where it is.
    expect(within(table).getByTestId("duty-board-day-2025-11-26")).toHaveTextContent("缺1人");
    expect(within(table).getByTestId("duty-board-day-2025-11-29")).toHaveTextContent("仁和社区临时值班");
    expect(within(table).getByTestId("duty-board-day-2025-11-29")).toHaveTextContent("李强");
    // The Sunday before belongs to the week before.
    expect(table).not.toHaveTextContent("11月23日");
    expect(page.querySelector("style")?.textContent).toContain("size: A4 landscape");
    expect(screen.getByTestId("duty-board-print").closest(".no-print")).not.toBeNull();
  });

  it("pages to the week before and after, keeping the community", async () => {
    renderBoard("#/duty/board/week/2025-11-24?community=3");
    const page = await screen.findByTestId("page-duty-board");
    await within(page).findByTestId("duty-board-table");
    expect(invoke).toHaveBeenCalledWith(...scheduleCall("2025-11-24", "2025-11-30", 3));
    // The line under the title names the community once the workstation is read.
    await waitFor(() => expect(within(page).getByTestId("duty-board-sheet")).not.toHaveTextContent("全部社区"));

    fireEvent.click(screen.getByTestId("duty-board-prev"));
    await waitFor(() => expect(window.location.hash).toBe("#/duty/board/week/2025-11-17?community=3"));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith(...scheduleCall("2025-11-17", "2025-11-23", 3)));
    expect(await screen.findByTestId("duty-board-day-2025-11-23")).toHaveTextContent("韩怡莉");

    fireEvent.click(screen.getByTestId("duty-board-next"));
    await waitFor(() => expect(window.location.hash).toBe("#/duty/board/week/2025-11-24?community=3"));
    fireEvent.click(screen.getByTestId("duty-board-next"));
    await waitFor(() => expect(window.location.hash).toBe("#/duty/board/week/2025-12-01?community=3"));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith(...scheduleCall("2025-12-01", "2025-12-07", 3)));
  });

  it("opens any day of a week under that week's Monday", async () => {
    renderBoard("#/duty/board/week/2025-11-27?community=3");
    await waitFor(() => expect(window.location.hash).toBe("#/duty/board/week/2025-11-24?community=3"));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith(...scheduleCall("2025-11-24", "2025-11-30", 3)));
  });

  it.each(["2025-13-01", "2025-02-30", "next"])("goes back to the duty page for %s, which is not a date", async (date) => {
    renderBoard(`#/duty/board/week/${date}`);
    expect(await screen.findByTestId("page-duty")).toBeInTheDocument();
    expect(invoke).not.toHaveBeenCalledWith("get_duty_schedule", expect.anything());
  });
});
