import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { Route, Routes } from "react-router-dom";
import { afterEach, describe, expect, it, vi } from "vitest";
import { aCase, caseStatus, detail, documentEvent } from "../../../test/caseFixtures";
import { renderWithProviders } from "../../../test/render";
import { workstation } from "../../../test/rosterFixtures";
import { maskName, maskPhone } from "./mask";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const { CaseSlipPage } = await import("./CaseSlipPage");

describe("case slip", () => {
  afterEach(() => {
    window.location.hash = "";
    invoke.mockReset();
  });

  it("prints the case with its history, document names, and the reporter masked even if sent in full", async () => {
    invoke.mockImplementation(async (command: string) => {
      if (command === "get_case") {
        const base = detail({ case: aCase({ reporterName: "张三丰", reporterPhone: "13812345678" }) });
        return { ...base, timeline: [...base.timeline, documentEvent] };
      }
      if (command === "get_workstation") return workstation;
      if (command === "get_case_photo") return "data:image/png;base64,AAAA";
      throw { code: "INTERNAL", message: `unexpected ${command}` };
    });
    const print = vi.spyOn(window, "print").mockImplementation(() => {});
    window.location.hash = "#/cases/7/slip";
    renderWithProviders(
      <Routes>
        <Route path="/cases/:id/slip" element={<CaseSlipPage />} />
      </Routes>,
      { status: caseStatus("desk") },
    );
    const slip = await screen.findByTestId("case-slip");
    expect(slip).toHaveTextContent("AJ-2026-0007");
    expect(slip).toHaveTextContent("华元社区城管工作站");
    expect(slip).toHaveTextContent("张**");
    expect(slip).toHaveTextContent("138****5678");
    expect(slip).not.toHaveTextContent("13812345678");
    expect(within(slip).getByTestId("case-slip-timeline")).toHaveTextContent("请尽快处理");
    // Documents are listed by the name they came with, under their step; the stored name is no use on paper.
    expect(within(slip).getByTestId("case-slip-documents")).toHaveTextContent("附件：整改通知书.pdf");
    expect(slip).not.toHaveTextContent("doc-4f2a.pdf");
    await waitFor(() => expect(slip.querySelector("img")).not.toBeNull());
    fireEvent.click(screen.getByTestId("case-slip-print"));
    expect(print).toHaveBeenCalled();
    print.mockRestore();
  });

  it("masks names and phones once, whatever they were", () => {
    expect(maskName("张三丰")).toBe("张**");
    expect(maskName("张**")).toBe("张**");
    expect(maskPhone("13812345678")).toBe("138****5678");
    expect(maskPhone("138****5678")).toBe("138****5678");
    expect(maskPhone("")).toBe("");
  });
});
