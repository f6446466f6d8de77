import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { caseStatus, categories } from "../../../test/caseFixtures";
import { renderWithProviders } from "../../../test/render";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const { CaseCategoriesSection } = await import("./CaseCategoriesSection");

describe("case categories", () => {
  beforeEach(() => {
    invoke.mockReset();
    invoke.mockImplementation(async (command: string) => {
      if (command === "list_case_categories") return categories;
      if (command === "create_case_category") return { ...categories[1], id: 20 };
      throw { code: "INTERNAL", message: `unexpected ${command}` };
    });
  });

  it("lists both levels with their time limits", async () => {
    renderWithProviders(<CaseCategoriesSection />, { status: caseStatus("admin") });
    const section = await screen.findByTestId("case-categories-section");
    await waitFor(() => expect(section).toHaveTextContent("市容环境"));
    fireEvent.click(section.querySelector(".ant-table-row-expand-icon") as Element);
    await waitFor(() => expect(section).toHaveTextContent("占道经营"));
    expect(section).toHaveTextContent("3 个工作日");
    expect(section).toHaveTextContent("24 个工作小时");
  });

  it("adds a subcategory with its time limit", async () => {
    renderWithProviders(<CaseCategoriesSection />, { status: caseStatus("admin") });
    fireEvent.click(await screen.findByTestId("category-add-child-1"));
    const form = await screen.findByTestId("category-form");
    fireEvent.change(within(form).getByTestId("category-name"), { target: { value: "店外经营" } });
    fireEvent.change(within(form).getByTestId("category-code"), { target: { value: "SR03" } });
    fireEvent.change(within(form).getByTestId("category-limit"), { target: { value: "2" } });
    fireEvent.click(screen.getByTestId("category-submit"));
    await waitFor(() =>
      expect(invoke).toHaveBeenCalledWith("create_case_category", {
        input: { parentId: 1, code: "SR03", name: "店外经营", limit: { unit: "days", value: 2 }, filingCriteria: "", closingCriteria: "" },
      }),
    );
  });

  it("shows the dictionary without buttons to non-administrators", async () => {
    renderWithProviders(<CaseCategoriesSection />, { status: caseStatus("desk") });
    const section = await screen.findByTestId("case-categories-section");
    await waitFor(() => expect(section).toHaveTextContent("市容环境"));
    expect(screen.queryByTestId("category-add")).not.toBeInTheDocument();
    expect(screen.queryByTestId("category-edit-1")).not.toBeInTheDocument();
  });
});
