import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import dayjs from "dayjs";
import { Route, Routes } from "react-router-dom";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { AppStatus, MeetingDetail } from "../../../api/bindings";
import { signedIn } from "../../../test/accessFixtures";
import { categories } from "../../../test/caseFixtures";
import { aMeeting, anOutcome, attendees, carriedAction, closedDetail, detail, estates, parties } from "../../../test/meetingFixtures";
import { renderWithProviders } from "../../../test/render";
import { roster } from "../../../test/rosterFixtures";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const { MeetingPage } = await import("./MeetingPage");

function renderMeeting(data: MeetingDetail, status: AppStatus = signedIn("desk"), over: Record<string, (args: unknown) => unknown> = {}) {
  invoke.mockImplementation(async (command: string, args: unknown) => {
    if (command in over) return over[command]?.(args);
    if (command === "get_meeting") return data;
    if (command === "list_actions") return [carriedAction];
    if (command === "list_parties") return parties;
    if (command === "list_estates") return estates;
    throw { code: "INTERNAL", message: `unexpected ${command}` };
  });
  window.location.hash = "#/meetings/5";
  return renderWithProviders(
    <Routes>
      <Route path="/meetings/:id" element={<MeetingPage />} />
    </Routes>,
    { status },
  );
}

/** The agenda items' test ids in the order the page shows them. */
const agendaOrder = (page: HTMLElement) =>
  [...page.querySelectorAll("[data-testid^='agenda-item-']")].map((e) => e.getAttribute("data-testid"));

/** Opens an antd Select and clicks the option with exactly `label`. */
async function choose(select: HTMLElement, label: string) {
  fireEvent.mouseDown(select.querySelector(".ant-select-selector") as Element);
  const option = await waitFor(() => {
    const found = [...document.querySelectorAll(".ant-select-item-option")].find((o) => o.textContent === label);
    expect(found).toBeDefined();
    return found as Element;
  });
  fireEvent.click(option);
}

describe("meeting page", () => {
  beforeEach(() => {
    invoke.mockReset();
  });
  afterEach(() => {
    window.location.hash = "";
  });

  it("reviews the carried-over action first, then the items with who · what · by when", async () => {
    renderMeeting(detail());
    const page = await screen.findByTestId("page-meeting");
    expect(invoke).toHaveBeenCalledWith("get_meeting", { id: 5 });
    // Stored third, shown first: the meeting opens by reviewing last time's actions.
    expect(agendaOrder(page)).toEqual(["agenda-item-3", "agenda-item-1", "agenda-item-2"]);
    const carried = within(page).getByTestId("agenda-item-3");
    expect(within(carried).getByTestId("agenda-carried")).toHaveTextContent("上次遗留");
    const review = await within(carried).findByTestId("agenda-carried-action-3");
    expect(review).toHaveTextContent("融昌物业服务中心 · 清理消防通道电动车 · 期限 2026年11月20日");
    expect(within(review).getByTestId("action-state")).toHaveTextContent("已超期");
    expect(within(review).getByTestId("action-done-90")).toBeInTheDocument();
    expect(invoke).toHaveBeenCalledWith("list_actions", { query: { includeDone: true, ownerPartyId: null, communityId: 1 } });

    const item = within(page).getByTestId("agenda-item-1");
    expect(within(item).getByTestId("agenda-case-1")).toHaveAttribute("href", "#/cases/7");
    expect(within(item).getByTestId("agenda-case-1")).toHaveTextContent("AJ-2026-0007");
    expect(within(item).getByTestId("case-status")).toHaveTextContent("已派遣");
    expect(within(item).getByTestId("item-notes-1")).toHaveValue("物业称已多次劝导");
    expect(within(item).getByTestId("outcome-100")).toHaveTextContent("决定由物业牵头劝离");
    const action = within(item).getByTestId("outcome-101");
    expect(within(action).getByTestId("outcome-action")).toHaveTextContent(
      "融昌物业服务中心（郑建平） · 清理2号楼楼道杂物 · 期限 2026年12月5日",
    );
    expect(within(action).getByTestId("action-state")).toHaveTextContent("未完成");

    const people = within(page).getByTestId("meeting-attendees");
    expect(within(people).getByTestId("attendee-side-urban-list")).toHaveTextContent("城管陈志强（城管队员）");
    expect(within(people).getByTestId("attendee-side-property_company-list")).toHaveTextContent("物业公司郑建平（经理） · 融昌物业服务中心");
    expect(within(page).getByTestId("meeting-facts")).toHaveTextContent("社区会议室");
  });

  it("records an action on a case item with its owner, due day and the case update", async () => {
    const due = dayjs().add(7, "day").format("YYYY-MM-DD");
    renderMeeting(detail(), signedIn("desk"), { add_outcome: () => anOutcome({ id: 102 }) });
    fireEvent.click(await screen.findByTestId("outcome-add-1"));
    const form = await screen.findByTestId("outcome-form");
    fireEvent.click(within(form).getByTestId("outcome-kind-action"));
    fireEvent.change(within(form).getByTestId("outcome-text"), { target: { value: " 劝离门前早点摊 " } });
    await choose(await within(form).findByTestId("outcome-owner-party"), "融昌物业服务中心");
    fireEvent.change(within(form).getByTestId("outcome-owner-name"), { target: { value: "郑建平" } });
    const picker = within(form).getByTestId("outcome-due");
    fireEvent.mouseDown(picker);
    fireEvent.change(picker, { target: { value: due } });
    fireEvent.keyDown(picker, { key: "Enter" });
    // On by default: the item has a case.
    expect(within(form).getByTestId("outcome-update-case")).toBeChecked();
    fireEvent.click(within(form).getByTestId("outcome-ok"));
    await waitFor(() =>
      expect(invoke).toHaveBeenCalledWith("add_outcome", {
        input: {
          meetingId: 5,
          itemId: 12,
          kind: "action",
          text: "劝离门前早点摊",
          ownerPartyId: 1,
          ownerName: "郑建平",
          dueOn: due,
          updateCase: true,
          newCaseCategoryId: null,
        },
      }),
    );
    await waitFor(() => expect(screen.queryByTestId("outcome-form")).not.toBeInTheDocument());
  });

  it("opens a new case from an action on an item without one, with the chosen category", async () => {
    const due = dayjs().add(10, "day").format("YYYY-MM-DD");
    renderMeeting(detail(), signedIn("desk"), {
      add_outcome: () => anOutcome({ id: 103, caseId: 40, caseNumber: "2026-000040" }),
      list_case_categories: () => categories,
    });
    fireEvent.click(await screen.findByTestId("outcome-add-2"));
    const form = await screen.findByTestId("outcome-form");
    fireEvent.click(within(form).getByTestId("outcome-kind-action"));
    fireEvent.change(within(form).getByTestId("outcome-text"), { target: { value: "更换单元门禁" } });
    await choose(await within(form).findByTestId("outcome-owner-party"), "融昌物业服务中心");
    const picker = within(form).getByTestId("outcome-due");
    fireEvent.mouseDown(picker);
    fireEvent.change(picker, { target: { value: due } });
    fireEvent.keyDown(picker, { key: "Enter" });
    fireEvent.click(within(form).getByTestId("outcome-new-case"));
    // The category is asked for before anything is sent.
    fireEvent.click(within(form).getByTestId("outcome-ok"));
    expect(await within(form).findByText("请填写案件类别")).toBeInTheDocument();
    expect(invoke).not.toHaveBeenCalledWith("add_outcome", expect.anything());
    await choose(await within(form).findByTestId("outcome-new-case-category"), "乱堆乱放");
    fireEvent.click(within(form).getByTestId("outcome-ok"));
    await waitFor(() =>
      expect(invoke).toHaveBeenCalledWith("add_outcome", {
        input: expect.objectContaining({ itemId: 13, kind: "action", updateCase: false, newCaseCategoryId: 3 }),
      }),
    );
    expect(await screen.findByText("已记录，并新建案件 2026-000040")).toBeInTheDocument();
  });

  it("pulls open cases onto the agenda by status, and asks for something to pull first", async () => {
    renderMeeting(detail({ meeting: aMeeting({ estateId: null, estateName: null }) }), signedIn("desk"), { pull_cases: () => 3 });
    fireEvent.click(await screen.findByTestId("agenda-pull"));
    const form = await screen.findByTestId("pull-form");
    // The meeting has no estate: nothing chosen yet.
    fireEvent.click(screen.getByTestId("pull-ok"));
    expect(await within(form).findByText("请选择小区、状态或案件")).toBeInTheDocument();
    await choose(within(form).getByTestId("pull-statuses"), "已登记");
    await choose(within(form).getByTestId("pull-statuses"), "待复查");
    fireEvent.click(screen.getByTestId("pull-ok"));
    await waitFor(() =>
      expect(invoke).toHaveBeenCalledWith("pull_cases", {
        input: { meetingId: 5, estateId: null, statuses: ["registered", "rectified"], caseIds: [] },
      }),
    );
    expect(await screen.findByText("已列入 3 件案件")).toBeInTheDocument();
  });

  it("offers the community's roster by name for an attendee and fills in their role", async () => {
    renderMeeting(detail(), signedIn("desk"), { get_roster: () => roster, add_attendee: () => attendees[0] });
    fireEvent.click(await screen.findByTestId("attendee-add"));
    const form = await screen.findByTestId("attendee-form");
    const name = within(form).getByTestId("attendee-name");
    fireEvent.change(name, { target: { value: "陈" } });
    const option = await waitFor(() => {
      const found = [...document.querySelectorAll(".ant-select-item-option")].find((o) => o.textContent?.startsWith("陈志强"));
      expect(found).toBeDefined();
      return found as Element;
    });
    // Someone whose term ended is not offered.
    expect([...document.querySelectorAll(".ant-select-item-option")].some((o) => o.textContent?.startsWith("张三"))).toBe(false);
    fireEvent.click(option);
    fireEvent.click(within(form).getByTestId("attendee-ok"));
    await waitFor(() =>
      expect(invoke).toHaveBeenCalledWith("add_attendee", {
        input: { meetingId: 5, side: "urban", partyId: null, name: "陈志强", title: "城管队员" },
      }),
    );
  });

  it("asks an action for its due day before sending it", async () => {
    renderMeeting(detail());
    fireEvent.click(await screen.findByTestId("outcome-add-2"));
    const form = await screen.findByTestId("outcome-form");
    fireEvent.click(within(form).getByTestId("outcome-kind-action"));
    fireEvent.change(within(form).getByTestId("outcome-text"), { target: { value: "选址方案" } });
    // No case on this item: nothing to update.
    expect(within(form).queryByTestId("outcome-update-case")).not.toBeInTheDocument();
    fireEvent.click(within(form).getByTestId("outcome-ok"));
    expect(await within(form).findByText("行动项要有期限，请选择完成日期")).toBeInTheDocument();
    expect(invoke).not.toHaveBeenCalledWith("add_outcome", expect.anything());
  });

  it("saves an item's notes when the recorder leaves the box", async () => {
    renderMeeting(detail(), signedIn("desk"), { set_item_notes: () => null });
    const notes = await screen.findByTestId("item-notes-2");
    fireEvent.change(notes, { target: { value: "物业提出两处备选 " } });
    fireEvent.blur(notes);
    await waitFor(() => expect(invoke).toHaveBeenCalledWith("set_item_notes", { itemId: 13, notes: "物业提出两处备选" }));
  });

  it("closes the meeting after saying that the minutes freeze", async () => {
    renderMeeting(detail(), signedIn("desk"), { close_meeting: () => closedDetail().meeting });
    fireEvent.click(await screen.findByTestId("meeting-close"));
    expect(await screen.findByText(/只能以“补正”的方式补充/)).toBeInTheDocument();
    fireEvent.click(await screen.findByTestId("meeting-close-confirm"));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith("close_meeting", { id: 5 }));
  });

  it("shows a closed meeting without add controls, its amendments marked, and takes an amendment", async () => {
    renderMeeting(closedDetail(), signedIn("desk"), { amend_meeting: () => anOutcome({ id: 121, amendment: true }) });
    const page = await screen.findByTestId("page-meeting");
    expect(within(page).getByTestId("meeting-closed-note")).toHaveTextContent("纪要已冻结");
    for (const id of ["meeting-close", "attendee-add", "agenda-add", "agenda-pull", "outcome-add-1", "attendee-remove-1"]) {
      expect(within(page).queryByTestId(id)).not.toBeInTheDocument();
    }
    expect(within(page).getByTestId("item-notes-1").tagName).toBe("DIV");
    const general = within(page).getByTestId("meeting-general");
    expect(within(general).getByTestId("outcome-amendment")).toHaveTextContent("补正");
    expect(general).toHaveTextContent("补记：业委会林国华列席");

    fireEvent.click(within(page).getByTestId("meeting-amend"));
    const form = await screen.findByTestId("amend-form");
    fireEvent.change(within(form).getByTestId("outcome-text"), { target: { value: "更正：会议地点为融昌花园物业办公室" } });
    fireEvent.click(screen.getByTestId("amend-ok"));
    await waitFor(() =>
      expect(invoke).toHaveBeenCalledWith("amend_meeting", {
        input: {
          meetingId: 5,
          itemId: null,
          kind: "info",
          text: "更正：会议地点为融昌花园物业办公室",
          ownerPartyId: null,
          ownerName: "",
          dueOn: null,
          updateCase: false,
          newCaseCategoryId: null,
        },
      }),
    );
  });

  it("offers a property manager no meeting controls, only marking actions done", async () => {
    renderMeeting(detail(), signedIn("property_manager"));
    const page = await screen.findByTestId("page-meeting");
    await within(page).findByTestId("action-done-90");
    for (const id of ["meeting-close", "attendee-add", "agenda-add", "outcome-add-1"]) {
      expect(within(page).queryByTestId(id)).not.toBeInTheDocument();
    }
    expect(within(page).getByTestId("meeting-print")).toBeInTheDocument();
  });
});
