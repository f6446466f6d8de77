import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { signedIn } from "../../test/accessFixtures";
import { categories } from "../../test/caseFixtures";
import { aVisit, visitPage } from "../../test/deskFixtures";
import { renderWithProviders } from "../../test/render";
import { roster, workstation } from "../../test/rosterFixtures";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const { VisitsPage } = await import("./VisitsPage");

const visits = visitPage([aVisit(), aVisit({ id: 32, visitorName: "", visitorPhone: "", caseId: 7, caseNumber: "AJ-2026-0007" })], 2);

function backend(over: Record<string, (args: unknown) => unknown> = {}) {
  invoke.mockImplementation(async (command: string, args: unknown) => {
    if (command in over) return over[command]?.(args);
    if (command === "get_workstation") return workstation;
    if (command === "list_visits") return visits;
    if (command === "get_visit") return aVisit({ id: (args as { id: number }).id });
    if (command === "list_case_categories") return categories;
    if (command === "get_roster") return roster;
    throw { code: "INTERNAL", message: `unexpected ${command}` };
  });
}

/** Opens the visit form from the toolbar and types the one required text. */
async function startVisit() {
  renderWithProviders(<VisitsPage />, { status: signedIn("desk") });
  fireEvent.click(await screen.findByTestId("visit-new"));
  const form = await screen.findByTestId("visit-form");
  fireEvent.change(within(form).getByTestId("visit-topic"), { target: { value: " 楼道里堆满纸箱 " } });
  fireEvent.click(within(form).getByTestId("visit-handling-on_spot"));
  return form;
}

const expectedInput = {
  channel: "walk_in",
  // Untouched time: the core stamps the moment it saves.
  visitedAt: "",
  visitorName: "",
  visitorPhone: "",
  // The workstation's only live community is chosen already.
  communityId: 1,
  topic: "楼道里堆满纸箱",
  handling: "on_spot",
  outcome: "",
};

describe("visit log", () => {
  beforeEach(() => {
    invoke.mockReset();
    sessionStorage.clear();
    window.location.hash = "";
  });

  it("lists visits with the visitor masked, the handling in words and the case they became", async () => {
    backend();
    renderWithProviders(<VisitsPage />, { status: signedIn("desk") });
    const row = await screen.findByTestId("visit-row-31");
    expect(row).toHaveTextContent("张**");
    expect(row).toHaveTextContent("138****5678");
    expect(row).toHaveTextContent("转告受理");
    expect(row).toHaveTextContent("仁和路12号门前早点摊占道");
    // antd spaces out a two-character button label (立 案).
    expect(within(row).getByTestId("visit-row-to-case-31")).toHaveTextContent(/立\s?案/);
    const other = screen.getByTestId("visit-row-32");
    expect(other).toHaveTextContent("未留姓名");
    expect(within(other).getByText("AJ-2026-0007")).toHaveAttribute("href", "#/cases/7");
    expect(screen.getByTestId("visit-total")).toHaveTextContent("共 2 条");
  });

  it("logs a visit with what was typed, the time left to the core", async () => {
    backend({ create_visit: () => 33 });
    await startVisit();
    fireEvent.click(screen.getByTestId("visit-save"));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith("create_visit", { input: expectedInput }));
    await waitFor(() => expect(screen.queryByTestId("visit-form")).not.toBeInTheDocument());
  });

  it("saves with Ctrl+Enter, and Enter in a field only moves on", async () => {
    backend({ create_visit: () => 33 });
    const form = await startVisit();
    const name = within(form).getByTestId("visit-visitor-name");
    fireEvent.keyDown(name, { key: "Enter" });
    expect(within(form).getByTestId("visit-visitor-phone")).toHaveFocus();
    expect(invoke).not.toHaveBeenCalledWith("create_visit", expect.anything());
    fireEvent.keyDown(within(form).getByTestId("visit-topic"), { key: "Enter", ctrlKey: true });
    await waitFor(() => expect(invoke).toHaveBeenCalledWith("create_visit", { input: expectedInput }));
  });

  it("puts the core's complaint about the phone under the phone field", async () => {
    backend({
      create_visit: () => {
        throw { code: "VALIDATION", message: "bad phone", field: "visitorPhone", reason: "invalid" };
      },
    });
    const form = await startVisit();
    fireEvent.change(within(form).getByTestId("visit-visitor-phone"), { target: { value: "12" } });
    fireEvent.click(screen.getByTestId("visit-save"));
    expect(await screen.findByText("电话号码格式不正确，请填写手机号或带区号的固定电话")).toBeInTheDocument();
    expect(screen.getByTestId("visit-form")).toBeInTheDocument();
  });

  it("asks for the topic and the handling before sending anything", async () => {
    backend();
    renderWithProviders(<VisitsPage />, { status: signedIn("desk") });
    fireEvent.click(await screen.findByTestId("visit-new"));
    fireEvent.click(await screen.findByTestId("visit-save"));
    expect(await screen.findByText("请填写反映事项")).toBeInTheDocument();
    expect(screen.getByText("请选择处理方式")).toBeInTheDocument();
    expect(invoke).not.toHaveBeenCalledWith("create_visit", expect.anything());
  });

  it("goes on to the case form when asked to, with the visit filled in and the reporter left to the core", async () => {
    backend({ create_visit: () => 33, case_from_visit: () => 50 });
    const form = await startVisit();
    fireEvent.click(within(form).getByTestId("visit-make-case"));
    fireEvent.click(screen.getByTestId("visit-save"));
    const caseForm = await screen.findByTestId("visit-case-form");
    expect(invoke).toHaveBeenCalledWith("get_visit", { id: 33 });
    await waitFor(() => expect(within(caseForm).getByTestId("case-title")).toHaveValue("仁和路12号门前早点摊占道，早上走不过去"));
    fireEvent.mouseDown(within(caseForm).getByTestId("case-category").querySelector(".ant-select-selector") as Element);
    const option = await waitFor(() => {
      const found = [...document.querySelectorAll(".ant-select-item-option")].find((o) => o.textContent === "占道经营");
      expect(found).toBeDefined();
      return found as Element;
    });
    fireEvent.click(option);
    fireEvent.click(screen.getByTestId("visit-case-submit"));
    await waitFor(() =>
      expect(invoke).toHaveBeenCalledWith("case_from_visit", {
        visitId: 33,
        input: expect.objectContaining({
          source: "desk",
          categoryId: 2,
          communityId: 1,
          title: "仁和路12号门前早点摊占道，早上走不过去",
          description: "仁和路12号门前早点摊占道，早上走不过去",
          reporterName: "",
          reporterPhone: "",
          anonymous: false,
          reportedAt: "2026-11-27 09:15",
        }),
      }),
    );
  });

  it("shows the full contact only when asked, and archives with a reason", async () => {
    backend({
      reveal_visit_contact: () => ({ visitorName: "张三丰", visitorPhone: "13812345678" }),
      archive_visit: () => null,
    });
    renderWithProviders(<VisitsPage />, { status: signedIn("desk") });
    fireEvent.click(await screen.findByTestId("visit-row-31"));
    const drawer = await screen.findByTestId("visit-drawer");
    expect(await within(drawer).findByTestId("visit-contact")).toHaveTextContent("张** 138****5678");
    fireEvent.click(within(drawer).getByTestId("visit-reveal"));
    await waitFor(() => expect(within(drawer).getByTestId("visit-contact")).toHaveTextContent("张三丰 13812345678"));
    expect(invoke).toHaveBeenCalledWith("reveal_visit_contact", { id: 31 });
    fireEvent.click(within(drawer).getByTestId("visit-archive"));
    fireEvent.change(await screen.findByTestId("visit-archive-reason"), { target: { value: "重复登记" } });
    fireEvent.click(screen.getByTestId("visit-archive-submit"));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith("archive_visit", { id: 31, reason: "重复登记" }));
  });

  it("applies a saved filter of the visit log to its query, from the first page", async () => {
    const saved = { id: 5, area: "visits", name: "转告受理", filters: JSON.stringify({ text: "纸箱", handling: "passed_on" }) };
    backend({ list_saved_filters: () => [saved] });
    renderWithProviders(<VisitsPage />, { status: signedIn("desk") });
    await screen.findByTestId("visit-row-31");
    fireEvent.click(screen.getByTestId("saved-filters"));
    fireEvent.click(await screen.findByTestId("saved-filter-5"));
    expect(invoke).toHaveBeenCalledWith("list_saved_filters", { area: "visits" });
    await waitFor(() =>
      expect(invoke).toHaveBeenLastCalledWith("list_visits", {
        query: expect.objectContaining({ text: "纸箱", handling: "passed_on", includeArchived: false, page: 0 }),
      }),
    );
  });

  it("offers a viewer-only role neither logging nor making cases", async () => {
    backend();
    const status = signedIn("desk");
    const session = status.session!;
    const perms = session.perms.filter((p) => p !== "visit_log" && p !== "case_intake");
    renderWithProviders(<VisitsPage />, { status: { ...status, session: { ...session, perms } } });
    await screen.findByTestId("visit-row-31");
    expect(screen.queryByTestId("visit-new")).not.toBeInTheDocument();
    expect(screen.queryByTestId("visit-row-to-case-31")).not.toBeInTheDocument();
    expect(screen.getByTestId("visit-export")).toBeInTheDocument();
  });
});
