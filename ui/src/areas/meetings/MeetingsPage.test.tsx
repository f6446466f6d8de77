import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { signedIn } from "../../test/accessFixtures";
import { aMeeting, anOutcome, carriedAction, estates, parties } from "../../test/meetingFixtures";
import { renderWithProviders } from "../../test/render";
import { workstation } from "../../test/rosterFixtures";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const { MeetingsPage } = await import("./MeetingsPage");

const meetings = [aMeeting(), aMeeting({ id: 4, kind: "onsite", title: "融昌花园电梯维保协调会", closedAt: "2026-10-20T17:00:00+08:00", closedBy: "李梅", openActions: 0, estateId: null, estateName: null })];

function backend(over: Record<string, (args: unknown) => unknown> = {}) {
  invoke.mockImplementation(async (command: string, args: unknown) => {
    if (command in over) return over[command]?.(args);
    if (command === "get_workstation") return workstation;
    if (command === "list_meetings") return meetings;
    if (command === "list_parties") return parties;
    if (command === "list_estates") return estates;
    if (command === "list_actions") return [carriedAction, anOutcome()];
    throw { code: "INTERNAL", message: `unexpected ${command}` };
  });
}

describe("meetings list", () => {
  beforeEach(() => {
    invoke.mockReset();
    window.location.hash = "#/meetings";
  });

  it("lists meetings with their kind, place, state and open actions, and opens one", async () => {
    backend();
    renderWithProviders(<MeetingsPage />, { status: signedIn("desk") });
    const row = await screen.findByTestId("meeting-row-5");
    expect(row).toHaveTextContent("月度联席会议");
    expect(row).toHaveTextContent("2026年11月月度联席会议");
    expect(row).toHaveTextContent("仁和社区 · 融昌花园");
    expect(row).toHaveTextContent("2026年11月27日 15:00");
    expect(within(row).getByTestId("meeting-state")).toHaveTextContent("进行中");
    expect(row).toHaveTextContent("2");
    const other = screen.getByTestId("meeting-row-4");
    expect(other).toHaveTextContent("现场协调会");
    expect(within(other).getByTestId("meeting-state")).toHaveTextContent("已结束");
    fireEvent.click(row);
    await waitFor(() => expect(window.location.hash).toBe("#/meetings/5"));
  });

  it("creates a meeting with the form's facts and opens it", async () => {
    backend({ create_meeting: () => aMeeting({ id: 6 }) });
    renderWithProviders(<MeetingsPage />, { status: signedIn("desk") });
    fireEvent.click(await screen.findByTestId("meeting-new"));
    const form = await screen.findByTestId("meeting-form");
    // The workstation's only live community is chosen once known, the title suggested.
    await waitFor(() => expect(within(form).getByTestId("meeting-community")).toHaveTextContent("仁和社区"));
    expect(within(form).getByTestId("meeting-title")).toHaveValue("2026年11月月度联席会议");
    fireEvent.click(within(form).getByTestId("meeting-kind-onsite"));
    expect(within(form).getByTestId("meeting-title")).toHaveValue("2026年11月现场协调会");
    fireEvent.change(within(form).getByTestId("meeting-title"), { target: { value: " 融昌花园电梯协调会 " } });
    fireEvent.change(within(form).getByTestId("meeting-place"), { target: { value: "融昌花园2号楼" } });
    fireEvent.click(screen.getByTestId("meeting-form-ok"));
    await waitFor(() =>
      expect(invoke).toHaveBeenCalledWith("create_meeting", {
        input: {
          kind: "onsite",
          title: "融昌花园电梯协调会",
          heldAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/),
          place: "融昌花园2号楼",
          communityId: 1,
          estateId: null,
          chair: "",
          recorder: "李梅",
        },
      }),
    );
    await waitFor(() => expect(window.location.hash).toBe("#/meetings/6"));
  });

  it("offers a viewer the meetings but neither a new one nor marking actions done", async () => {
    backend();
    renderWithProviders(<MeetingsPage />, { status: signedIn("viewer") });
    await screen.findByTestId("meeting-row-5");
    expect(screen.queryByTestId("meeting-new")).not.toBeInTheDocument();
    fireEvent.click(screen.getByTestId("meetings-tab-actions"));
    await screen.findByTestId("action-row-90");
    expect(screen.queryByTestId("action-done-90")).not.toBeInTheDocument();
  });
});

describe("action items tab", () => {
  beforeEach(() => {
    invoke.mockReset();
    window.location.hash = "#/meetings?tab=actions";
  });

  it("lists actions as who · what · by when, overdue in red, and marks one done with a note", async () => {
    const done = { ...carriedAction, doneAt: "2026-11-28T10:00:00+08:00", doneBy: "郑建平", doneNote: "已清理", overdue: false };
    backend({ mark_action_done: () => done });
    renderWithProviders(<MeetingsPage />, { status: signedIn("property_manager") });
    const table = await screen.findByTestId("actions-table");
    const row = await within(table).findByTestId("action-row-90");
    expect(row).toHaveTextContent("融昌物业服务中心");
    expect(row).toHaveTextContent("清理消防通道电动车");
    expect(row).toHaveTextContent("2026年11月20日");
    expect(within(row).getByTestId("action-state")).toHaveTextContent("已超期");
    expect(within(row).getByText("清理消防通道电动车")).toHaveClass("ant-typography-danger");
    expect(within(table).getByTestId("action-row-101")).toHaveTextContent("融昌物业服务中心（郑建平）");
    expect(invoke).toHaveBeenCalledWith("list_actions", { query: { includeDone: false, ownerPartyId: null, communityId: null } });
    fireEvent.click(within(row).getByTestId("action-done-90"));
    fireEvent.change(await screen.findByTestId("action-done-note"), { target: { value: " 已清理 " } });
    fireEvent.click(screen.getByTestId("action-done-ok"));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith("mark_action_done", { id: 90, note: "已清理" }));
    // Refreshed after the write.
    await waitFor(() => expect(invoke.mock.calls.filter(([c]) => c === "list_actions").length).toBeGreaterThan(1));
  });

  it("asks for done ones too when told to", async () => {
    backend();
    renderWithProviders(<MeetingsPage />, { status: signedIn("desk") });
    await screen.findByTestId("action-row-90");
    fireEvent.click(screen.getByTestId("actions-include-done"));
    await waitFor(() =>
      expect(invoke).toHaveBeenCalledWith("list_actions", { query: { includeDone: true, ownerPartyId: null, communityId: null } }),
    );
    expect(screen.getByTestId("minutes-export")).toBeInTheDocument();
    expect(screen.getByTestId("actions-export")).toBeInTheDocument();
  });
});
