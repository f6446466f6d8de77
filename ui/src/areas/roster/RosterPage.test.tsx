import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Roster } from "../../api/bindings";
import { signedIn } from "../../test/accessFixtures";
import { emptyRoster, roster, workstation } from "../../test/rosterFixtures";
import { renderWithProviders } from "../../test/render";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const { RosterPage } = await import("./RosterPage");

function backend(data: Roster) {
  invoke.mockImplementation(async (command: string) => {
    switch (command) {
      case "get_workstation":
        return workstation;
      case "get_roster":
        return data;
      default:
        throw { code: "INTERNAL", message: `unexpected ${command}` };
    }
  });
}

describe("roster page", () => {
  beforeEach(() => {
    invoke.mockReset();
  });

  it("shows each grid's core members apart from its forces", async () => {
    backend(roster);
    renderWithProviders(<RosterPage />);
    const card = await screen.findByTestId("grid-1");
    expect(card).toHaveTextContent("第一网格");
    expect(card).toHaveTextContent("RH-01");
    const core = within(card).getByTestId("grid-core-1");
    const forces = within(card).getByTestId("grid-forces-1");
    expect(core).toHaveTextContent("王建国");
    expect(core).toHaveTextContent("陈志强");
    expect(core).not.toHaveTextContent("李四");
    expect(forces).toHaveTextContent("李四");
    expect(forces).toHaveTextContent("赵敏");
    expect(forces).not.toHaveTextContent("王建国");
    // Duty phones are public and shown in full; a missing one is said, not left blank.
    expect(within(core).getByTestId("member-12")).toHaveTextContent("0596-2345678");
    expect(within(forces).getByTestId("member-13")).toHaveTextContent("未填电话");
  });

  it("shows the gaps on each grid and their total", async () => {
    backend(roster);
    renderWithProviders(<RosterPage />);
    const gaps1 = await screen.findByTestId("grid-gaps-1");
    expect(gaps1).toHaveTextContent("无电话：李四");
    const gaps2 = screen.getByTestId("grid-gaps-2");
    expect(gaps2).toHaveTextContent("缺网格长");
    expect(gaps2).toHaveTextContent("缺城管队员");
    expect(gaps2).toHaveTextContent("任期已满：张三");
    expect(gaps2).not.toHaveTextContent("李四");
    expect(screen.getByTestId("roster-gaps")).toHaveTextContent("4 处缺口");
    // The ended member is still listed, marked as such.
    expect(screen.getByTestId("member-ended-21")).toHaveTextContent("任期已满");
    expect(screen.queryByTestId("member-ended-11")).not.toBeInTheDocument();
  });

  it("sends the search text once typing pauses", async () => {
    backend(roster);
    renderWithProviders(<RosterPage />);
    await screen.findByTestId("grid-1");
    fireEvent.change(screen.getByTestId("roster-search"), { target: { value: " 王建 " } });
    await waitFor(() =>
      expect(invoke).toHaveBeenCalledWith("get_roster", {
        query: { communityId: null, text: "王建", roleId: null, party: "" },
      }),
    );
  });

  it("explains how to start when there are no grids", async () => {
    backend(emptyRoster);
    renderWithProviders(<RosterPage />, { status: signedIn("admin") });
    const empty = await screen.findByTestId("roster-empty");
    expect(empty).toHaveTextContent("还没有网格");
    expect(empty).toHaveTextContent("新建网格");
    expect(within(empty).getByTestId("roster-empty-import")).toHaveTextContent("导入");
    expect(screen.queryByTestId("roster-gaps")).not.toBeInTheDocument();
  });

  it("tells someone who may only read the roster who fills it, without the buttons", async () => {
    backend(emptyRoster);
    renderWithProviders(<RosterPage />, { status: signedIn("viewer") });
    const empty = await screen.findByTestId("roster-empty");
    expect(empty).toHaveTextContent("网格名册由管理员录入");
    expect(within(empty).queryByTestId("roster-empty-import")).not.toBeInTheDocument();
    expect(screen.queryByTestId("grid-add")).not.toBeInTheDocument();
  });
});
