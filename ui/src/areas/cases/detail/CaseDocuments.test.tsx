import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { Route, Routes } from "react-router-dom";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { CaseDetail } from "../../../api/bindings";
import { caseStatus, detail, documentEvent } from "../../../test/caseFixtures";
import { renderWithProviders } from "../../../test/render";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const { CaseDetailPage } = await import("./CaseDetailPage");

function renderCase(data: CaseDetail, over: Record<string, () => unknown> = {}) {
  invoke.mockImplementation(async (command: string) => {
    if (command in over) return over[command]?.();
    if (command === "get_case") return data;
    if (command === "get_case_photo") return "data:image/png;base64,AAAA";
    throw { code: "INTERNAL", message: `unexpected ${command}` };
  });
  window.location.hash = "#/cases/7";
  return renderWithProviders(
    <Routes>
      <Route path="/cases/:id" element={<CaseDetailPage />} />
    </Routes>,
    { status: caseStatus("desk") },
  );
}

/** Opens the note dialog and writes the reason it requires. */
async function openNote() {
  fireEvent.click(await screen.findByTestId("case-step-note"));
  const form = await screen.findByTestId("step-form");
  fireEvent.change(within(form).getByTestId("step-note"), { target: { value: "送达通知书" } });
  return form;
}

const stepCalls = () => invoke.mock.calls.filter(([c]) => c === "apply_case_step");

describe("documents on case steps", () => {
  beforeEach(() => {
    invoke.mockReset();
  });
  afterEach(() => {
    window.location.hash = "";
  });

  it("sends the chosen document's name and bare base64 bytes with the step", async () => {
    renderCase(detail({ nextSteps: ["note"] }), { apply_case_step: () => "assigned" });
    const form = await openNote();
    const pdf = new File(["%PDF-1.4"], "整改通知书.pdf", { type: "application/pdf" });
    fireEvent.change(within(form).getByTestId("step-documents"), { target: { files: [pdf] } });
    expect(await within(form).findByText("整改通知书.pdf")).toBeInTheDocument();
    fireEvent.click(screen.getByTestId("step-submit"));
    await waitFor(() =>
      expect(invoke).toHaveBeenCalledWith("apply_case_step", {
        input: expect.objectContaining({
          step: "note",
          documents: [{ fileName: "整改通知书.pdf", dataBase64: btoa("%PDF-1.4") }],
        }),
      }),
    );
  });

  it("refuses an .exe and a file over 20 MB in the window, naming each, and sends neither", async () => {
    renderCase(detail({ nextSteps: ["note"] }), { apply_case_step: () => "assigned" });
    const form = await openNote();
    const exe = new File(["MZ"], "setup.exe", { type: "application/octet-stream" });
    const big = new File(["%PDF-"], "扫描件.pdf", { type: "application/pdf" });
    // A real 21 MB buffer would only slow the test; the size is all the check reads first.
    Object.defineProperty(big, "size", { value: 21 * 1024 * 1024 });
    fireEvent.change(within(form).getByTestId("step-documents"), { target: { files: [exe, big] } });
    expect(await screen.findByText(/setup\.exe：只能添加 PDF/)).toBeInTheDocument();
    expect(await screen.findByText(/扫描件\.pdf：文件超过 20 MB/)).toBeInTheDocument();
    expect(within(form).queryByTestId("step-document")).not.toBeInTheDocument();
    fireEvent.click(screen.getByTestId("step-submit"));
    await waitFor(() => expect(stepCalls()).toHaveLength(1));
    expect(stepCalls()[0]?.[1]).toMatchObject({ input: { documents: [] } });
  });

  it("puts the core's refusal of a document under the documents field", async () => {
    renderCase(detail({ nextSteps: ["note"] }), {
      apply_case_step: () => {
        throw { code: "VALIDATION", message: "document invalid", field: "document", reason: "invalid" };
      },
    });
    const form = await openNote();
    // Named .docx but not a Word file: only the core reads the bytes, so only it refuses.
    const fake = new File(["not a zip"], "回执.docx");
    fireEvent.change(within(form).getByTestId("step-documents"), { target: { files: [fake] } });
    expect(await within(form).findByText("回执.docx")).toBeInTheDocument();
    fireEvent.click(screen.getByTestId("step-submit"));
    expect(await within(form).findByText(/^只能添加 PDF/)).toBeInTheDocument();
  });

  it("offers no documents field for a step that takes none", async () => {
    renderCase(detail({ nextSteps: ["park"] }));
    fireEvent.click(await screen.findByTestId("case-step-park"));
    const form = await screen.findByTestId("step-form");
    expect(within(form).queryByTestId("step-documents")).not.toBeInTheDocument();
  });

  it("opens a timeline document by its stored name and shows its original name", async () => {
    renderCase(detail({ timeline: [...detail().timeline, documentEvent] }), { open_case_document: () => null });
    const link = await screen.findByTestId("case-document");
    expect(link).toHaveTextContent("整改通知书.pdf");
    fireEvent.click(link);
    await waitFor(() => expect(invoke).toHaveBeenCalledWith("open_case_document", { caseId: 7, name: "doc-4f2a.pdf" }));
  });

  it("says so when a document cannot be opened", async () => {
    renderCase(detail({ timeline: [...detail().timeline, documentEvent] }), {
      open_case_document: () => {
        throw { code: "NOT_FOUND", message: "document" };
      },
    });
    fireEvent.click(await screen.findByTestId("case-document"));
    expect(await screen.findByText(/无法打开“整改通知书\.pdf”/)).toBeInTheDocument();
  });
});
