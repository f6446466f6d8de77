import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { Route, Routes } from "react-router-dom";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { dutyWorkstation, november } from "../../../test/dutyFixtures";
import { renderWithProviders } from "../../../test/render";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const { DutyBoardPage } = await import("./DutyBoardPage");

function renderBoard(hash: string) {
  window.location.hash = hash;
  return renderWithProviders(
    <Routes>
      <Route path="/duty/board/:month" element={<DutyBoardPage />} />
      <Route path="/duty" element={<div data-testid="page-duty" />} />
    </Routes>,
  );
}

describe("printed duty board", () => {
  beforeEach(() => {
    invoke.mockReset();
    invoke.mockImplementation(async (command: string) => {
      if (command === "get_workstation") return dutyWorkstation;
      if (command === "get_duty_schedule") return november;
      throw { code: "INTERNAL", message: `unexpected ${command}` };
    });
  });

  afterEach(() => {
    window.location.hash = "";
  });

  it("titles the month for the workstation and lists each duty day with officers and phones", async () => {
    renderBoard("#/duty/board/2025-11");
    const page = await screen.findByTestId("page-duty-board");
    await waitFor(() =>
      expect(within(page).getByTestId("duty-board-title")).toHaveTextContent("华元社区城管工作站 2025年11月 下沉值班表"),
    );
    expect(invoke).toHaveBeenCalledWith("get_duty_schedule", {
      from: "2025-11-01",
      to: "2025-11-30",
      communityId: null,
      personId: null,
    });
    const row = within(page).getByTestId("duty-board-row-2025-11-30-1-3-08:30");
    expect(row).toHaveTextContent("11月30日");
    expect(row).toHaveTextContent("周日");
    expect(row).toHaveTextContent("花园社区");
    expect(row).toHaveTextContent("08:30–17:30");
    expect(row).toHaveTextContent("韩怡莉");
    expect(row).toHaveTextContent("13905960201");
    expect(within(page).getByTestId("duty-board-table")).not.toHaveTextContent("11月24日");
  });

  it("prints on A4 landscape with the toolbar left off the paper", async () => {
    const print = vi.spyOn(window, "print").mockImplementation(() => {});
    renderBoard("#/duty/board/2025-11?community=3");
    const page = await screen.findByTestId("page-duty-board");
    await within(page).findByTestId("duty-board-table");
    expect(invoke).toHaveBeenCalledWith("get_duty_schedule", {
      from: "2025-11-01",
      to: "2025-11-30",
      communityId: 3,
      personId: null,
    });
    expect(page.querySelector("style")?.textContent).toContain("size: A4 landscape");
    expect(screen.getByTestId("duty-board-print").closest(".no-print")).not.toBeNull();
    expect(screen.getByTestId("duty-board-sheet").closest(".no-print")).toBeNull();
    fireEvent.click(screen.getByTestId("duty-board-print"));
    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
  });

  it("goes back to the duty page for a month that is not one", async () => {
    renderBoard("#/duty/board/2025-13");
    expect(await screen.findByTestId("page-duty")).toBeInTheDocument();
    expect(invoke).not.toHaveBeenCalledWith("get_duty_schedule", expect.anything());
  });
});
