import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { Route, Routes } from "react-router-dom";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { AppStatus, CaseDetail } from "../../../api/bindings";
import { aCase, caseStatus, detail } from "../../../test/caseFixtures";
import { estates } from "../../../test/meetingFixtures";
import { renderWithProviders } from "../../../test/render";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const { CaseDetailPage } = await import("./CaseDetailPage");

function renderCase(data: CaseDetail, status: AppStatus = caseStatus("desk"), over: Record<string, () => unknown> = {}) {
  invoke.mockImplementation(async (command: string) => {
    if (command in over) return over[command]?.();
    if (command === "get_case") return data;
    if (command === "get_case_photo") return "data:image/png;base64,AAAA";
    if (command === "list_estates") return estates;
    throw { code: "INTERNAL", message: `unexpected ${command}` };
  });
  window.location.hash = "#/cases/7";
  return renderWithProviders(
    <Routes>
      <Route path="/cases/:id" element={<CaseDetailPage />} />
    </Routes>,
    { status },
  );
}

describe("case page", () => {
  beforeEach(() => {
    invoke.mockReset();
  });

  afterEach(() => {
    window.location.hash = "";
  });

  it("shows the state, counts and history, with a button for each allowed step only", async () => {
    renderCase(detail({ nextSteps: ["persuade", "park"] }));
    const page = await screen.findByTestId("page-case");
    expect(within(page).getByTestId("case-number")).toHaveTextContent("AJ-2026-0007");
    expect(within(page).getAllByTestId("case-status")[0]).toHaveTextContent("已派遣");
    expect(within(page).getByTestId("case-light")).toHaveTextContent("黄灯");
    expect(page).toHaveTextContent("返工");
    expect(within(page).getByTestId("case-event-2")).toHaveTextContent("请尽快处理");
    expect(within(page).getByTestId("case-event-2")).toHaveTextContent("李梅");
    await waitFor(() => expect(within(page).getByTestId("case-event-1").querySelector("img")).not.toBeNull());
    const steps = within(page).getByTestId("case-steps");
    expect(within(steps).getAllByRole("button").map((b) => b.getAttribute("data-testid"))).toEqual([
      "case-step-persuade",
      "case-step-park",
    ]);
    expect(within(page).getByTestId("case-print")).toBeInTheDocument();
  });

  it("names the case's estate for its coordination meeting; a viewer only reads it", async () => {
    const { unmount } = renderCase(detail(), caseStatus("desk"), { set_case_estate: () => null });
    const select = await screen.findByTestId("case-estate");
    fireEvent.mouseDown(select.querySelector(".ant-select-selector") as Element);
    const option = await waitFor(() => {
      const found = [...document.querySelectorAll(".ant-select-item-option")].find((o) => o.textContent === "融昌花园");
      expect(found).toBeDefined();
      return found as Element;
    });
    fireEvent.click(option);
    await waitFor(() => expect(invoke).toHaveBeenCalledWith("set_case_estate", { caseId: 7, estateId: 1 }));
    unmount();
    renderCase(detail({ estateId: 1, estateName: "融昌花园" }), caseStatus("viewer"));
    expect(await screen.findByTestId("case-estate")).toHaveTextContent("融昌花园");
    expect(screen.getByTestId("case-estate").querySelector(".ant-select-selector")).toBeNull();
  });

  it("shows no step buttons when the core offers none", async () => {
    renderCase(detail({ nextSteps: [] }), caseStatus("viewer"));
    await screen.findByTestId("page-case");
    expect(screen.queryByTestId("case-steps")).not.toBeInTheDocument();
  });

  it("sends a follow-up with only the fields it needs", async () => {
    renderCase(detail({ case: aCase({ status: "closed", light: null }), nextSteps: ["follow_up", "reopen"] }), caseStatus("desk"), {
      apply_case_step: () => "closed",
    });
    fireEvent.click(await screen.findByTestId("case-step-follow_up"));
    const form = await screen.findByTestId("step-form");
    expect(within(form).queryByTestId("step-promised-date")).not.toBeInTheDocument();
    fireEvent.click(within(form).getByLabelText("基本满意"));
    fireEvent.change(within(form).getByTestId("step-note"), { target: { value: " 摊位已撤 " } });
    fireEvent.click(screen.getByTestId("step-submit"));
    await waitFor(() =>
      expect(invoke).toHaveBeenCalledWith("apply_case_step", {
        input: {
          caseId: 7,
          step: "follow_up",
          note: "摊位已撤",
          assigneeId: null,
          responsibleParty: null,
          promisedDate: null,
          newDueDate: null,
          referredTo: null,
          duplicateOf: null,
          satisfaction: "basically",
          photos: [],
          documents: [],
        },
      }),
    );
    // Refetched after the step.
    await waitFor(() => expect(invoke.mock.calls.filter(([c]) => c === "get_case").length).toBeGreaterThan(1));
  });

  it("asks for the reason before parking a case", async () => {
    renderCase(detail({ nextSteps: ["park"] }));
    fireEvent.click(await screen.findByTestId("case-step-park"));
    fireEvent.click(await screen.findByTestId("step-submit"));
    expect(await screen.findByText("请填写原因")).toBeInTheDocument();
    expect(invoke).not.toHaveBeenCalledWith("apply_case_step", expect.anything());
  });

  it("shows the reporter masked, and in full on request to someone allowed", async () => {
    renderCase(detail(), caseStatus("desk"), {
      reveal_case_contact: () => ({ reporterName: "张三", reporterPhone: "13812345678" }),
    });
    const reporter = await screen.findByTestId("case-reporter");
    expect(reporter).toHaveTextContent("张**");
    expect(reporter).toHaveTextContent("138****5678");
    fireEvent.click(screen.getByTestId("case-reveal"));
    await waitFor(() => expect(screen.getByTestId("case-reporter")).toHaveTextContent("13812345678"));
    expect(invoke).toHaveBeenCalledWith("reveal_case_contact", { id: 7 });
    expect(screen.queryByTestId("case-reveal")).not.toBeInTheDocument();
  });

  it("offers no full contact without the personal-data permission", async () => {
    renderCase(detail(), caseStatus("viewer"));
    expect(await screen.findByTestId("case-reporter")).toHaveTextContent("138****5678");
    expect(screen.queryByTestId("case-reveal")).not.toBeInTheDocument();
  });
});
