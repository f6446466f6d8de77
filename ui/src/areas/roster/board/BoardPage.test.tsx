import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { Route, Routes } from "react-router-dom";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { board } from "../../../test/rosterFixtures";
import { renderWithProviders } from "../../../test/render";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const { BoardPage } = await import("./BoardPage");

function renderBoard() {
  window.location.hash = "#/roster/board/1";
  return renderWithProviders(
    <Routes>
      <Route path="/roster/board/:communityId" element={<BoardPage />} />
    </Routes>,
  );
}

describe("wall board", () => {
  beforeEach(() => {
    invoke.mockReset();
    invoke.mockImplementation(async (command: string) => {
      if (command === "get_board") return board;
      throw { code: "INTERNAL", message: `unexpected ${command}` };
    });
  });

  afterEach(() => {
    window.location.hash = "";
  });

  it("shows the community title, the workstation, the grid's members and the three texts", async () => {
    renderBoard();
    const page = await screen.findByTestId("page-board");
    expect(await within(page).findByTestId("board-title")).toHaveTextContent("仁和社区“2+N”网格化治理公示栏");
    expect(invoke).toHaveBeenCalledWith("get_board", { communityId: 1 });
    expect(within(page).getByTestId("board-contact")).toHaveTextContent("华元社区城管工作站");
    expect(within(page).getByTestId("board-contact")).toHaveTextContent("电话：0596-0000000");
    const grid = within(page).getByTestId("board-grid-1");
    expect(grid).toHaveTextContent("第一网格");
    expect(within(grid).getByTestId("board-member-11")).toHaveTextContent("王建国");
    expect(within(grid).getByTestId("board-member-11")).toHaveTextContent("13905960001");
    expect(within(grid).getByTestId("board-member-14")).toHaveTextContent("周末巡查");
    expect(within(page).getByTestId("board-text-responsibilities")).toHaveTextContent("工作职责");
    expect(within(page).getByTestId("board-text-responsibilities")).toHaveTextContent("劝导和纠正违章行为");
    expect(within(page).getByTestId("board-text-process")).toHaveTextContent("来访登记 → 立案");
    expect(within(page).getByTestId("board-text-promise")).toHaveTextContent("接报后 30 分钟内到场");
  });

  it("sets the paper orientation and prints", async () => {
    const print = vi.spyOn(window, "print").mockImplementation(() => {});
    renderBoard();
    const page = await screen.findByTestId("page-board");
    await within(page).findByTestId("board-title");
    const pageRule = () => page.querySelector("style")?.textContent ?? "";
    expect(pageRule()).toContain("size: A4 portrait");
    fireEvent.click(screen.getByTestId("board-landscape"));
    await waitFor(() => expect(pageRule()).toContain("size: A4 landscape"));
    expect(screen.getByTestId("board-sheet")).toHaveClass("board-landscape");
    fireEvent.click(screen.getByTestId("board-print"));
    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
  });
});
