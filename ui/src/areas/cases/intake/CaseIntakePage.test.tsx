import { fireEvent, screen, waitFor } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { CaseLink } from "../../../api/bindings";
import { caseStatus, categories } from "../../../test/caseFixtures";
import { renderWithProviders } from "../../../test/render";
import { roster, workstation } from "../../../test/rosterFixtures";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const { CaseIntakePage } = await import("./CaseIntakePage");

const similar: CaseLink = { id: 9, number: "AJ-2026-0009", title: "仁和路早点摊占道", status: "assigned" };

function backend(over: Record<string, (args: unknown) => unknown>) {
  invoke.mockImplementation(async (command: string, args: unknown) => {
    if (command in over) return over[command]?.(args);
    if (command === "get_workstation") return workstation;
    if (command === "list_case_categories") return categories;
    if (command === "get_roster") return roster;
    throw { code: "INTERNAL", message: `unexpected ${command}` };
  });
}

/** Opens the Select with `testId` and clicks the option reading `label`. */
async function choose(testId: string, label: string) {
  fireEvent.mouseDown(screen.getByTestId(testId).querySelector(".ant-select-selector") as Element);
  const option = await waitFor(() => {
    const found = [...document.querySelectorAll(".ant-select-item-option")].find((o) => o.textContent === label);
    expect(found).toBeDefined();
    return found as Element;
  });
  fireEvent.click(option);
}

async function fillRequired() {
  renderWithProviders(<CaseIntakePage />, { status: caseStatus("desk") });
  // The only live community is chosen already.
  await waitFor(() => expect(screen.getByTestId("case-community")).toHaveTextContent("仁和社区"));
  await choose("case-category", "占道经营");
  fireEvent.change(screen.getByTestId("case-title"), { target: { value: " 门前占道经营 " } });
}

const expectedInput = {
  source: "desk",
  categoryId: 2,
  communityId: 1,
  gridId: null,
  address: "",
  title: "门前占道经营",
  description: "",
  reporterName: "",
  reporterPhone: "",
  anonymous: false,
  respondentKind: "",
  respondentName: "",
  urgency: "normal",
  reportedAt: "",
  photos: [],
};

describe("case intake", () => {
  beforeEach(() => {
    invoke.mockReset();
  });

  it("shows a possible duplicate and, when linked, saves then marks the new case", async () => {
    backend({
      suggest_case_duplicates: () => [similar],
      create_case: () => 42,
      apply_case_step: () => "duplicate",
    });
    await fillRequired();
    fireEvent.click(screen.getByTestId("case-submit"));
    const duplicates = await screen.findByTestId("case-duplicates");
    expect(duplicates).toHaveTextContent("可能重复");
    expect(duplicates).toHaveTextContent("AJ-2026-0009");
    expect(invoke).toHaveBeenCalledWith("suggest_case_duplicates", { input: expectedInput });
    expect(invoke).not.toHaveBeenCalledWith("create_case", expect.anything());

    fireEvent.click(screen.getByTestId("case-link-duplicate-9"));
    await waitFor(() =>
      expect(invoke).toHaveBeenCalledWith("apply_case_step", {
        input: expect.objectContaining({ caseId: 42, step: "mark_duplicate", duplicateOf: 9 }),
      }),
    );
    expect(invoke).toHaveBeenCalledWith("create_case", { input: expectedInput });
  });

  it("puts the core's complaint about the phone under the phone field", async () => {
    backend({
      suggest_case_duplicates: () => [],
      create_case: () => {
        throw { code: "VALIDATION", message: "bad phone", field: "reporterPhone", reason: "invalid" };
      },
    });
    await fillRequired();
    fireEvent.change(screen.getByTestId("case-reporter-phone"), { target: { value: "12" } });
    fireEvent.click(screen.getByTestId("case-submit"));
    expect(await screen.findByText("电话号码格式不正确，请填写手机号或带区号的固定电话")).toBeInTheDocument();
    expect(invoke).toHaveBeenCalledWith("create_case", { input: { ...expectedInput, reporterPhone: "12" } });
  });

  it("asks for the required fields before sending anything", async () => {
    backend({});
    renderWithProviders(<CaseIntakePage />, { status: caseStatus("desk") });
    fireEvent.click(await screen.findByTestId("case-submit"));
    expect(await screen.findByText("请填写标题")).toBeInTheDocument();
    expect(screen.getByText("请选择案件类别")).toBeInTheDocument();
    expect(invoke).not.toHaveBeenCalledWith("suggest_case_duplicates", expect.anything());
  });

  it("saves with Ctrl+Enter but not with Enter in the title", async () => {
    backend({ suggest_case_duplicates: () => [], create_case: () => 43 });
    await fillRequired();
    fireEvent.keyDown(screen.getByTestId("case-title"), { key: "Enter" });
    await new Promise((r) => setTimeout(r, 50));
    expect(invoke).not.toHaveBeenCalledWith("suggest_case_duplicates", expect.anything());
    fireEvent.keyDown(screen.getByTestId("case-title"), { key: "Enter", ctrlKey: true });
    await waitFor(() => expect(invoke).toHaveBeenCalledWith("create_case", { input: expectedInput }));
  });

  it("sends the chosen photos and refuses a file that is not a photo", async () => {
    backend({ suggest_case_duplicates: () => [], create_case: () => 44 });
    await fillRequired();
    const photo = new File([new Uint8Array([1, 2, 3])], "before.png", { type: "image/png" });
    const text = new File(["x"], "notes.txt", { type: "text/plain" });
    fireEvent.change(screen.getByTestId("case-photos"), { target: { files: [photo, text] } });
    expect(await screen.findByText(/notes\.txt/)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByAltText("before.png")).toBeInTheDocument());
    fireEvent.click(screen.getByTestId("case-submit"));
    await waitFor(() =>
      expect(invoke).toHaveBeenCalledWith("create_case", {
        input: { ...expectedInput, photos: [{ fileName: "before.png", dataBase64: "AQID" }] },
      }),
    );
  });
});
