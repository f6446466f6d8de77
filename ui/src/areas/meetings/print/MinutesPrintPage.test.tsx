import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { Route, Routes } from "react-router-dom";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { MeetingDetail } from "../../../api/bindings";
import { signedIn } from "../../../test/accessFixtures";
import { carriedAction, closedDetail, detail } from "../../../test/meetingFixtures";
import { renderWithProviders } from "../../../test/render";
import { workstation } from "../../../test/rosterFixtures";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const { MinutesPrintPage } = await import("./MinutesPrintPage");

function renderMinutes(data: MeetingDetail) {
  invoke.mockImplementation(async (command: string) => {
    if (command === "get_meeting") return data;
    if (command === "list_actions") return [carriedAction];
    if (command === "get_workstation") return workstation;
    throw { code: "INTERNAL", message: `unexpected ${command}` };
  });
  window.location.hash = "#/meetings/5/print";
  return renderWithProviders(
    <Routes>
      <Route path="/meetings/:id/print" element={<MinutesPrintPage />} />
    </Routes>,
    { status: signedIn("desk") },
  );
}

describe("minutes print view", () => {
  beforeEach(() => {
    invoke.mockReset();
  });
  afterEach(() => {
    window.location.hash = "";
  });

  it("lists attendees by side and party, the actions as who · what · by when, and a signature line per side present", async () => {
    renderMinutes(detail());
    const sheet = await screen.findByTestId("meeting-minutes");
    expect(sheet).toHaveTextContent("会议纪要");
    expect(sheet).toHaveTextContent("会议尚未结束，本纪要为草稿。");
    expect(await within(sheet).findByText("华元社区城管工作站")).toBeInTheDocument();
    const people = within(sheet).getByTestId("minutes-attendees");
    expect(within(people).getByTestId("minutes-side-urban")).toHaveTextContent("城管陈志强（城管队员）");
    expect(within(people).getByTestId("minutes-side-residents_committee")).toHaveTextContent("居委会王建国（主任） · 仁和社区居委会");
    expect(within(people).getByTestId("minutes-side-property_company")).toHaveTextContent("物业公司郑建平（经理） · 融昌物业服务中心");
    expect(within(people).queryByTestId("minutes-side-owners_committee")).not.toBeInTheDocument();

    // The carried review comes first, numbered 1, with the action's state now.
    const review = await within(sheet).findByTestId("minutes-item-3");
    await waitFor(() => expect(review).toHaveTextContent("1. 清理消防通道电动车【上次遗留】"));
    expect(review).toHaveTextContent("融昌物业服务中心 · 清理消防通道电动车 · 期限 2026年11月20日 · 已超期");
    expect(within(sheet).getByTestId("minutes-item-1")).toHaveTextContent("2. 仁和路12号门前占道经营（案件 AJ-2026-0007）");
    expect(within(sheet).getByTestId("minutes-item-1")).toHaveTextContent("物业称已多次劝导");
    expect(within(sheet).getByTestId("minutes-outcome-100")).toHaveTextContent("决定：由物业牵头劝离");
    expect(within(sheet).getByTestId("minutes-action-101")).toHaveTextContent("2融昌物业服务中心（郑建平）清理2号楼楼道杂物2026年12月5日未完成");

    const signs = [...sheet.querySelectorAll("[data-testid^='minutes-sign-']")].map((e) => e.textContent);
    expect(signs).toEqual(["城管签字：日期：", "居委会签字：日期：", "物业签字：日期："]);
    const print = vi.spyOn(window, "print").mockImplementation(() => {});
    fireEvent.click(screen.getByTestId("minutes-print"));
    expect(print).toHaveBeenCalled();
  });

  it("marks amendments on a closed meeting's minutes and says who closed it", async () => {
    renderMinutes(closedDetail());
    const sheet = await screen.findByTestId("meeting-minutes");
    expect(sheet).not.toHaveTextContent("草稿");
    expect(sheet).toHaveTextContent("李梅 于 2026年11月27日 17:00 结束会议");
    expect(within(sheet).getByTestId("minutes-outcome-120")).toHaveTextContent("【补正】信息：补记：业委会林国华列席");
  });
});
