import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { CasePage } from "../../api/bindings";
import { aCase, caseStatus, categories, page } from "../../test/caseFixtures";
import { renderWithProviders } from "../../test/render";
import { workstation } from "../../test/rosterFixtures";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const { CasesPage } = await import("./CasesPage");

const two = page([aCase(), aCase({ id: 8, number: "AJ-2026-0008", title: "乱堆建材", light: "red", status: "registered" })], 45);

function backend(list: (query: { text: string; page: number }) => CasePage) {
  invoke.mockImplementation(async (command: string, args?: { query: { text: string; page: number } }) => {
    if (command === "get_workstation") return workstation;
    if (command === "list_case_categories") return categories;
    if (command === "list_cases") return list(args?.query ?? { text: "", page: 0 });
    throw { code: "INTERNAL", message: `unexpected ${command}` };
  });
}

describe("case register", () => {
  beforeEach(() => {
    invoke.mockReset();
    sessionStorage.clear();
  });

  it("lists cases with status, light in words and the total", async () => {
    backend(() => two);
    renderWithProviders(<CasesPage />, { status: caseStatus("desk") });
    const row = await screen.findByTestId("case-row-7");
    expect(row).toHaveTextContent("AJ-2026-0007");
    expect(row).toHaveTextContent("仁和路12号门前占道经营");
    expect(row).toHaveTextContent("仁和社区 · 第一网格");
    expect(row).toHaveTextContent("已派遣");
    expect(row).toHaveTextContent("黄灯");
    expect(row).toHaveTextContent("陈志强");
    expect(screen.getByTestId("case-row-8")).toHaveTextContent("红灯（已超期）");
    expect(screen.getByTestId("case-total")).toHaveTextContent("共 45 件");
    expect(screen.getByTestId("page-cases")).toBeInTheDocument();
  });

  it("asks the backend for the next page", async () => {
    backend(() => two);
    renderWithProviders(<CasesPage />, { status: caseStatus("desk") });
    await screen.findByTestId("case-row-7");
    fireEvent.click(within(screen.getByTestId("case-table")).getByTitle("2"));
    await waitFor(() =>
      expect(invoke).toHaveBeenCalledWith("list_cases", { query: expect.objectContaining({ page: 1, pageSize: 20 }) }),
    );
  });

  it("says 10,000+ when the backend stopped counting", async () => {
    backend(() => page([aCase()], 10000, true));
    renderWithProviders(<CasesPage />, { status: caseStatus("desk") });
    expect(await screen.findByTestId("case-total")).toHaveTextContent("10,000+");
  });

  it("sends the search text once typing pauses, from the first page", async () => {
    backend(() => two);
    renderWithProviders(<CasesPage />, { status: caseStatus("desk") });
    await screen.findByTestId("case-row-7");
    fireEvent.change(screen.getByTestId("case-search"), { target: { value: " 占道 " } });
    await waitFor(() =>
      expect(invoke).toHaveBeenCalledWith("list_cases", {
        query: {
          text: "占道",
          statuses: [],
          categoryId: null,
          communityId: null,
          gridId: null,
          assigneeId: null,
          source: null,
          light: null,
          from: null,
          to: null,
          sort: "newest",
          page: 0,
          pageSize: 20,
        },
      }),
    );
  });

  it("explains a search of punctuation only under the search box", async () => {
    backend((q) => {
      if (q.text === "，。") throw { code: "VALIDATION", message: "text", field: "text", reason: "invalid" };
      return two;
    });
    renderWithProviders(<CasesPage />, { status: caseStatus("desk") });
    await screen.findByTestId("case-row-7");
    fireEvent.change(screen.getByTestId("case-search"), { target: { value: "，。" } });
    expect(await screen.findByTestId("case-search-error")).toHaveTextContent("只有标点符号无法搜索");
  });

  it("takes the filter of a link from Today, whatever the session remembered", async () => {
    backend(() => two);
    sessionStorage.setItem("cases.list", JSON.stringify({ filters: { text: "旧的搜索" }, page: 3, pageSize: 20 }));
    window.location.hash = "#/cases?dueOn=2026-11-27&sort=due";
    renderWithProviders(<CasesPage />, { status: caseStatus("desk") });
    await screen.findByTestId("case-row-7");
    expect(invoke).toHaveBeenCalledWith("list_cases", {
      query: expect.objectContaining({ text: "", dueOn: "2026-11-27", sort: "due", page: 0 }),
    });
    expect(invoke).not.toHaveBeenCalledWith("list_cases", { query: expect.objectContaining({ text: "旧的搜索" }) });
    expect(screen.getByTestId("case-due-filter")).toHaveTextContent("11月27日到期的在办案件");
    window.location.hash = "";
  });

  it("offers a new case only to those who register cases", async () => {
    backend(() => two);
    renderWithProviders(<CasesPage />, { status: caseStatus("viewer") });
    await screen.findByTestId("case-row-7");
    expect(screen.queryByTestId("case-new")).not.toBeInTheDocument();
    expect(screen.getByTestId("case-export")).toBeInTheDocument();
  });
});
