import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { Route, Routes, useLocation } from "react-router-dom";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { AppStatus, DutyNow, ShiftView } from "../../api/bindings";
import { signedIn } from "../../test/accessFixtures";
import { board } from "../../test/deskFixtures";
import { renderWithProviders } from "../../test/render";
import { workstation } from "../../test/rosterFixtures";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const { TodayPage } = await import("./TodayPage");

/** Shows where a click on Today went. */
function Where() {
  const location = useLocation();
  return <div data-testid="where">{location.pathname + location.search}</div>;
}

function renderToday(status: AppStatus) {
  window.location.hash = "#/today";
  return renderWithProviders(
    <Routes>
      <Route path="/today" element={<TodayPage />} />
      <Route path="*" element={<Where />} />
    </Routes>,
    { status },
  );
}

function backend(dutyNow: DutyNow = { today: [], now: [], next: null }) {
  invoke.mockImplementation(async (command: string) => {
    if (command === "today_board") return board;
    if (command === "get_workstation") return workstation;
    if (command === "duty_now") return dutyNow;
    if (command === "get_roster_counts") return { grids: 2, members: 5, gaps: 0 };
    if (command === "get_stats") return { schemaVersion: 7, communities: 1, grids: 2, people: 5, assignments: 5, changes: 12, sizeBytes: 4096 };
    throw { code: "INTERNAL", message: `unexpected ${command}` };
  });
}

describe("Today", () => {
  beforeEach(() => {
    invoke.mockReset();
  });

  it("shows at most ten shifts and ten people per duty list, and says how many more", async () => {
    // A bureau's store on a Sunday: a shift in each of 30 communities, two officers each.
    const shift = (i: number): ShiftView => ({
      date: "2026-11-29",
      ruleId: i,
      ruleName: `第${i}社区 周日下沉`,
      communityId: i,
      communityName: `第${i}社区`,
      startTime: "08:30",
      endTime: "17:30",
      needed: 2,
      holiday: null,
      people: [0, 1].map((k) => ({ personId: i * 10 + k, name: `队员${i}-${k}`, phone: "", source: "rotation", coversName: null, attendance: null })),
    });
    const shifts = Array.from({ length: 30 }, (_, i) => shift(i + 1));
    backend({ today: shifts, now: shifts, next: null });
    renderToday(signedIn("desk"));
    const today = await screen.findByTestId("today-duty-today");
    expect(within(today).getByText("第10社区 周日下沉")).toBeInTheDocument();
    expect(within(today).queryByText("第11社区 周日下沉")).not.toBeInTheDocument();
    expect(within(today).getByTestId("today-duty-more-shifts")).toHaveTextContent("还有 20 个班次");
    expect(within(screen.getByTestId("today-duty-now")).getByTestId("today-duty-more-people")).toHaveTextContent("还有 50 人");
    expect(within(screen.getByTestId("today-duty-unmarked")).getByTestId("today-duty-more-people")).toHaveTextContent("还有 50 人");
  });

  it("shows the board's panels with their full counts in the titles", async () => {
    backend();
    renderToday(signedIn("desk"));
    const red = await screen.findByTestId("today-panel-red");
    await waitFor(() => expect(within(red).getByTestId("today-panel-red-title")).toHaveTextContent("已超期（红灯）（12）"));
    expect(within(red).getByTestId("today-panel-red-row-8")).toHaveTextContent("乱堆建材");
    expect(within(red).getByTestId("today-panel-red-row-8")).toHaveTextContent("红灯");
    expect(screen.getByTestId("today-panel-due-title")).toHaveTextContent("今日到期（3）");
    expect(screen.getByTestId("today-panel-due")).toHaveTextContent("花园小区消防通道电动车");
    expect(screen.getByTestId("today-panel-yellow-title")).toHaveTextContent("（1）");
    expect(screen.getByTestId("today-panel-newest")).toHaveTextContent("沿街晾晒");
    const visits = screen.getByTestId("today-panel-visits");
    expect(visits).toHaveTextContent("今日来访（5）");
    expect(visits).toHaveTextContent("转告受理");
    expect(screen.getByTestId("today-new-visit")).toBeInTheDocument();
    expect(screen.getByTestId("today-new-case")).toBeInTheDocument();
    expect(screen.getByTestId("today-workstation")).toHaveTextContent("仁和社区");
  });

  it("opens a case from its row", async () => {
    backend();
    renderToday(signedIn("desk"));
    fireEvent.click(await screen.findByTestId("today-panel-red-row-8"));
    expect(await screen.findByTestId("where")).toHaveTextContent("/cases/8");
  });

  it("opens the case list filtered to what the panel shows", async () => {
    backend();
    renderToday(signedIn("desk"));
    await screen.findByTestId("today-panel-due-row-11");
    fireEvent.click(screen.getByTestId("today-panel-due-all"));
    expect(await screen.findByTestId("where")).toHaveTextContent("/cases?dueOn=2026-11-27&sort=due");
  });

  it("opens a visit from today's visits", async () => {
    backend();
    renderToday(signedIn("desk"));
    fireEvent.click(await screen.findByTestId("today-panel-visits-row-31"));
    expect(await screen.findByTestId("where")).toHaveTextContent("/visits?visit=31");
  });

  it("opens the visit form from the quick button", async () => {
    backend();
    renderToday(signedIn("desk"));
    fireEvent.click(await screen.findByTestId("today-new-visit"));
    expect(await screen.findByTestId("visit-form")).toBeInTheDocument();
  });

  it("shows a meeting screen the cases but neither visits nor the intake buttons", async () => {
    backend();
    renderToday(signedIn("viewer"));
    expect(await screen.findByTestId("today-panel-red")).toBeInTheDocument();
    expect(screen.queryByTestId("today-panel-visits")).not.toBeInTheDocument();
    expect(screen.queryByTestId("today-new-visit")).not.toBeInTheDocument();
    expect(screen.queryByTestId("today-new-case")).not.toBeInTheDocument();
  });
});
