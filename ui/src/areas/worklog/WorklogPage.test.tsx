import { fireEvent, screen, waitFor } from "@testing-library/react";
import dayjs from "dayjs";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Worklog } from "../../api/bindings";
import i18n from "../../i18n";
import { signedIn } from "../../test/accessFixtures";
import { summary, worklog } from "../../test/deskFixtures";
import { renderWithProviders } from "../../test/render";
import { draftText } from "./draftText";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const { WorklogPage } = await import("./WorklogPage");

const today = dayjs().format("YYYY-MM-DD");

function backend(day: Worklog, over: Record<string, (args: unknown) => unknown> = {}) {
  invoke.mockImplementation(async (command: string, args: unknown) => {
    if (command in over) return over[command]?.(args);
    if (command === "get_worklog") return { ...day, day: (args as { day: string }).day };
    throw { code: "INTERNAL", message: `unexpected ${command}` };
  });
}

describe("work log", () => {
  beforeEach(() => {
    invoke.mockReset();
    window.location.hash = "#/worklog";
  });

  it("drafts the text of an unsaved day from its numbers", async () => {
    backend(worklog());
    renderWithProviders(<WorklogPage />, { status: signedIn("desk") });
    const text = await screen.findByTestId("worklog-text");
    expect(invoke).toHaveBeenCalledWith("get_worklog", { day: today });
    expect(text).toHaveValue(
      "当日接待来访来电共5人次，其中当场办理2人次、告知路径3人次，转立案件1件；" +
        "新立案件1件，结案1件，复查通过0件、未通过0件，超期未结2件；" +
        "值班：韦正宇 08:30 到岗，王五 缺勤，赵六 未登记到岗。",
    );
    expect(screen.getByTestId("worklog-summary")).toHaveTextContent("未登记到岗");
    expect(screen.getByTestId("worklog-stat-overdue")).toHaveTextContent("2");
  });

  it("drafts in English for an English desk", () => {
    const t = i18n.getFixedT("en-US");
    expect(draftText({ ...summary, duty: [] }, t)).toBe(
      "Visits and calls: 5 (done on the spot 2, told where to go 3); cases made of them: 1. " +
        "Cases: 1 opened, 1 closed, re-checks 0 passed and 0 failed, 2 overdue. nobody on duty.",
    );
  });

  it("keeps a saved text as it was written", async () => {
    backend(worklog({ text: "交接：仁和路早点摊明早复查", saved: true, updatedBy: "李梅", updatedAt: "2026-11-27T17:00:00+08:00" }));
    renderWithProviders(<WorklogPage />, { status: signedIn("desk") });
    expect(await screen.findByTestId("worklog-text")).toHaveValue("交接：仁和路早点摊明早复查");
    expect(screen.getByTestId("worklog-saved-by")).toHaveTextContent("李梅");
  });

  it("signs off with the text on screen after asking", async () => {
    const signed = worklog({ text: "今日平稳。", saved: true, signedBy: "李梅", signedAt: "2026-11-27T18:00:00+08:00" });
    backend(worklog(), { sign_worklog: () => ({ ...signed, day: today }) });
    renderWithProviders(<WorklogPage />, { status: signedIn("desk") });
    fireEvent.change(await screen.findByTestId("worklog-text"), { target: { value: " 今日平稳。 " } });
    fireEvent.click(screen.getByTestId("worklog-sign"));
    fireEvent.click(await screen.findByTestId("worklog-sign-ok"));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith("sign_worklog", { input: { day: today, text: "今日平稳。" } }));
    expect(await screen.findByTestId("worklog-signed")).toHaveTextContent("李梅");
    expect(screen.getByTestId("worklog-text")).toHaveAttribute("readonly");
  });

  it("saves a draft without signing", async () => {
    backend(worklog(), { save_worklog: () => worklog({ day: today, text: "草稿", saved: true }) });
    renderWithProviders(<WorklogPage />, { status: signedIn("desk") });
    fireEvent.change(await screen.findByTestId("worklog-text"), { target: { value: "草稿" } });
    fireEvent.click(screen.getByTestId("worklog-save"));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith("save_worklog", { input: { day: today, text: "草稿" } }));
    expect(invoke).not.toHaveBeenCalledWith("sign_worklog", expect.anything());
  });

  it("shows a signed day read-only, without the buttons", async () => {
    backend(worklog({ text: "已交接。", saved: true, signedBy: "李梅", signedAt: "2026-11-27T18:00:00+08:00" }));
    renderWithProviders(<WorklogPage />, { status: signedIn("desk") });
    expect(await screen.findByTestId("worklog-signed")).toHaveTextContent("李梅 已于 2026年11月27日 18:00 签字确认");
    expect(screen.getByTestId("worklog-text")).toHaveAttribute("readonly");
    expect(screen.getByTestId("worklog-text")).toHaveValue("已交接。");
    expect(screen.queryByTestId("worklog-save")).not.toBeInTheDocument();
    expect(screen.queryByTestId("worklog-sign")).not.toBeInTheDocument();
  });

  it("lets an officer read the day but not sign it", async () => {
    backend(worklog());
    renderWithProviders(<WorklogPage />, { status: signedIn("officer") });
    expect(await screen.findByTestId("worklog-text")).toHaveAttribute("readonly");
    expect(screen.queryByTestId("worklog-sign")).not.toBeInTheDocument();
  });
});
