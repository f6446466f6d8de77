import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { Route, Routes } from "react-router-dom";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { signedIn } from "../../../test/accessFixtures";
import { detail as caseDetail } from "../../../test/caseFixtures";
import { detail } from "../../../test/meetingFixtures";
import { renderWithProviders } from "../../../test/render";
import { SCREEN_TYPE } from "./screenType";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const { MeetingScreenPage } = await import("./MeetingScreenPage");

function renderScreen() {
  invoke.mockImplementation(async (command: string) => {
    if (command === "get_meeting") return detail();
    if (command === "get_case") return caseDetail();
    if (command === "get_case_photo") return "data:image/png;base64,AAAA";
    throw { code: "INTERNAL", message: `unexpected ${command}` };
  });
  window.location.hash = "#/meetings/5/screen";
  return renderWithProviders(
    <Routes>
      <Route path="/meetings/:id/screen" element={<MeetingScreenPage />} />
      <Route path="/meetings/:id" element={<div data-testid="page-meeting" />} />
    </Routes>,
    { status: signedIn("desk") },
  );
}

describe("projector screen", () => {
  beforeEach(() => {
    invoke.mockReset();
  });
  afterEach(() => {
    window.location.hash = "";
  });

  it("shows the current item as a large heading, moves with the arrow keys, and shows the case's light and photos", async () => {
    renderScreen();
    const view = await screen.findByTestId("meeting-screen-view");
    expect(view).toHaveClass("meeting-screen");
    expect(view.style.fontSize).toBe("32px");
    expect(view.style.getPropertyValue("--screen-item")).toBe("52px");
    await waitFor(() => expect(view).toHaveTextContent("2026年11月月度联席会议"));
    const first = await within(view).findByTestId("screen-current-item");
    expect(first).toHaveTextContent("议题 1 / 3");
    expect(first.querySelector("h1.screen-item-title")).toHaveTextContent("上次遗留清理消防通道电动车");

    fireEvent.keyDown(window, { key: "ArrowRight" });
    const second = await within(view).findByTestId("screen-current-item");
    await waitFor(() => expect(second.querySelector("h1")).toHaveTextContent("仁和路12号门前占道经营"));
    expect(await within(second).findByTestId("screen-case")).toHaveTextContent("AJ-2026-0007");
    expect(within(second).getByTestId("screen-light")).toHaveTextContent("黄灯（将到期）");
    await waitFor(() => expect(within(second).getAllByTestId("screen-photo")).toHaveLength(1));
    expect(within(second).getByTestId("screen-outcome-101")).toHaveTextContent("融昌物业服务中心（郑建平） · 清理2号楼楼道杂物 · 期限 2026年12月5日");
    expect(within(view).getByTestId("screen-case-12")).toHaveClass("screen-side-current");

    fireEvent.keyDown(window, { key: "ArrowLeft" });
    await waitFor(() => expect(within(view).getByTestId("screen-current-item")).toHaveTextContent("议题 1 / 3"));
    fireEvent.click(within(view).getByTestId("screen-exit"));
    expect(await screen.findByTestId("page-meeting")).toBeInTheDocument();
  });

  it("sets no type below 28px", () => {
    expect(Math.min(...Object.values(SCREEN_TYPE))).toBeGreaterThanOrEqual(28);
  });
});
