import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SavedFilter } from "../../api/bindings";
import { aCase, caseStatus, categories, page } from "../../test/caseFixtures";
import { renderWithProviders } from "../../test/render";
import { workstation } from "../../test/rosterFixtures";
import { NO_FILTERS } from "./filters";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const { CasesPage } = await import("./CasesPage");

const redOnes: SavedFilter = {
  id: 3,
  area: "cases",
  name: "占道红灯",
  // Saved before the source filter existed: it must still apply, with no source.
  filters: JSON.stringify({ text: "占道", statuses: ["assigned"], light: "red", sort: "due" }),
};
const damaged: SavedFilter = { id: 4, area: "cases", name: "坏的", filters: "{statuses:" };

function backend(over: Record<string, (args: unknown) => unknown> = {}) {
  invoke.mockImplementation(async (command: string, args: unknown) => {
    if (command in over) return over[command]?.(args);
    if (command === "get_workstation") return workstation;
    if (command === "list_case_categories") return categories;
    if (command === "list_cases") return page([aCase()], 45);
    if (command === "list_saved_filters") return [redOnes, damaged];
    throw { code: "INTERNAL", message: `unexpected ${command}` };
  });
}

async function openMenu() {
  renderWithProviders(<CasesPage />, { status: caseStatus("desk") });
  await screen.findByTestId("case-row-7");
  fireEvent.click(screen.getByTestId("saved-filters"));
}

/** Types a search, opens the save dialog and enters a name. */
async function saveAs(name: string) {
  await openMenu();
  fireEvent.change(screen.getByTestId("case-search"), { target: { value: "占道" } });
  fireEvent.click(await screen.findByTestId("saved-filter-save"));
  const input = await screen.findByTestId("saved-filter-name");
  fireEvent.change(input, { target: { value: ` ${name} ` } });
  return input;
}

describe("saved filters of the case register", () => {
  beforeEach(() => {
    invoke.mockReset();
    sessionStorage.clear();
    window.location.hash = "";
  });

  it("lists the operator's own for the case area only when opened", async () => {
    backend();
    renderWithProviders(<CasesPage />, { status: caseStatus("desk") });
    await screen.findByTestId("case-row-7");
    expect(invoke).not.toHaveBeenCalledWith("list_saved_filters", expect.anything());
    fireEvent.click(screen.getByTestId("saved-filters"));
    expect(await screen.findByTestId("saved-filter-3")).toHaveTextContent("占道红灯");
    expect(invoke).toHaveBeenCalledWith("list_saved_filters", { area: "cases" });
  });

  it("applies a saved one to the list query, from the first page, defaults filling what it lacks", async () => {
    backend();
    renderWithProviders(<CasesPage />, { status: caseStatus("desk") });
    await screen.findByTestId("case-row-7");
    fireEvent.click(within(screen.getByTestId("case-table")).getByTitle("2"));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith("list_cases", { query: expect.objectContaining({ page: 1 }) }));
    fireEvent.click(screen.getByTestId("saved-filters"));
    fireEvent.click(await screen.findByTestId("saved-filter-3"));
    await waitFor(() =>
      expect(invoke).toHaveBeenLastCalledWith("list_cases", {
        query: expect.objectContaining({ text: "占道", statuses: ["assigned"], light: "red", sort: "due", source: null, page: 0 }),
      }),
    );
    expect(screen.getByTestId("case-search")).toHaveValue("占道");
  });

  it("says so when a saved one is damaged, and leaves the list as it was", async () => {
    backend();
    await openMenu();
    const calls = invoke.mock.calls.length;
    fireEvent.click(await screen.findByTestId("saved-filter-4"));
    expect(await screen.findByText("筛选“坏的”已损坏，无法使用。请删除后重新保存。")).toBeInTheDocument();
    expect(invoke.mock.calls.slice(calls).filter(([c]) => c === "list_cases")).toEqual([]);
  });

  it("offers no saving while nothing is set", async () => {
    backend();
    await openMenu();
    const save = await screen.findByTestId("saved-filter-save");
    expect(save.closest("li")).toHaveAttribute("aria-disabled", "true");
    fireEvent.click(save);
    expect(screen.queryByTestId("saved-filter-name")).not.toBeInTheDocument();
  });

  it("saves the current filters, search text included, under the trimmed name on Enter", async () => {
    backend({ save_filter: () => ({ ...redOnes, id: 9, name: "占道" }) });
    const input = await saveAs("占道");
    fireEvent.keyDown(input, { key: "Enter" });
    await waitFor(() => expect(invoke).toHaveBeenCalledWith("save_filter", expect.anything()));
    const call = invoke.mock.calls.find(([c]) => c === "save_filter");
    const sent = (call?.[1] as { input: { area: string; name: string; filters: string } }).input;
    expect(sent.area).toBe("cases");
    expect(sent.name).toBe("占道");
    expect(JSON.parse(sent.filters)).toEqual({ ...NO_FILTERS, text: "占道" });
    await waitFor(() => expect(screen.queryByTestId("saved-filter-name")).not.toBeInTheDocument());
  });

  it("shows the core's refusal of a 31st filter under the name, and keeps the dialog open", async () => {
    backend({
      save_filter: () => {
        throw { code: "CONFLICT", message: "too many saved filters" };
      },
    });
    await saveAs("再一个");
    fireEvent.click(screen.getByTestId("saved-filter-name-ok"));
    expect(await screen.findByText("这个列表已经保存了 30 个筛选，请先删除不用的再保存")).toBeInTheDocument();
    expect(screen.getByTestId("saved-filter-name")).toBeInTheDocument();
  });

  it("deletes one after confirming, without applying it", async () => {
    backend({ archive_saved_filter: () => null });
    await openMenu();
    fireEvent.click(await screen.findByTestId("saved-filter-delete-3"));
    fireEvent.click(await screen.findByRole("button", { name: /^删\s?除$/ }));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith("archive_saved_filter", { id: 3 }));
    expect(invoke).not.toHaveBeenCalledWith("list_cases", { query: expect.objectContaining({ text: "占道" }) });
    // The list is read again so the deleted one goes.
    await waitFor(() => expect(invoke.mock.calls.filter(([c]) => c === "list_saved_filters")).toHaveLength(2));
  });
});
