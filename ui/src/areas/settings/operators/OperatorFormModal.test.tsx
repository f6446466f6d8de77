import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { operator, signedIn } from "../../../test/accessFixtures";
import { renderWithProviders } from "../../../test/render";
import { workstation } from "../../../test/rosterFixtures";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const { OperatorFormModal } = await import("./OperatorFormModal");

function backend(create: () => unknown = () => operator("property_manager", { id: 7 })) {
  invoke.mockImplementation(async (command: string) => {
    switch (command) {
      case "get_workstation":
        return workstation;
      case "search_people":
        return [];
      case "create_operator":
        return create();
      default:
        throw { code: "INTERNAL", message: `unexpected ${command}` };
    }
  });
}

const type = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });

async function choose(testId: string, option: string) {
  fireEvent.mouseDown(screen.getByTestId(testId).querySelector(".ant-select-selector") as Element);
  fireEvent.click(await screen.findByTestId(option));
}

async function fillPropertyManager() {
  renderWithProviders(<OperatorFormModal operator={null} onClose={() => {}} />, { status: signedIn("admin") });
  type("operator-display-name", "花园社区物业 郑经理");
  type("operator-login", "wuye-huayuan");
  await choose("operator-role", "operator-role-property_manager");
  type("operator-password", "garden-2026");
}

// antd selects and tables are slow to draw in jsdom, more so on a busy machine.
describe("operator form", { timeout: 60_000 }, () => {
  beforeEach(() => {
    invoke.mockReset();
  });

  it("requires a community for a property manager before sending anything", async () => {
    backend();
    await fillPropertyManager();
    fireEvent.click(screen.getByTestId("operator-submit"));
    expect(await screen.findByText("物业管理人员必须选择至少一个负责社区")).toBeInTheDocument();
    expect(invoke).not.toHaveBeenCalledWith("create_operator", expect.anything());

    fireEvent.mouseDown(screen.getByTestId("operator-communities").querySelector(".ant-select-selector") as Element);
    fireEvent.click(await screen.findByTitle("仁和社区"));
    fireEvent.click(screen.getByTestId("operator-submit"));
    await waitFor(() =>
      expect(invoke).toHaveBeenCalledWith("create_operator", {
        input: {
          login: "wuye-huayuan",
          displayName: "花园社区物业 郑经理",
          role: "property_manager",
          password: "garden-2026",
          pin: null,
          personId: null,
          communityIds: [1],
        },
      }),
    );
  });

  it("checks the PIN's form and puts a taken login name under its field", async () => {
    backend(() => {
      throw { code: "VALIDATION", message: "login taken", field: "login", reason: "duplicate" };
    });
    await fillPropertyManager();
    type("operator-pin", "12a");
    fireEvent.click(screen.getByTestId("operator-submit"));
    expect(await screen.findByText("PIN 码须为 4 到 6 位数字")).toBeInTheDocument();
    type("operator-pin", "2468");
    fireEvent.mouseDown(screen.getByTestId("operator-communities").querySelector(".ant-select-selector") as Element);
    fireEvent.click(await screen.findByTitle("仁和社区"));
    fireEvent.click(screen.getByTestId("operator-submit"));
    const form = screen.getByTestId("operator-form");
    expect(await within(form).findByText("这个登录名已有人使用，请换一个")).toBeInTheDocument();
    expect(invoke).toHaveBeenCalledWith("create_operator", { input: expect.objectContaining({ pin: "2468" }) });
  });

  it("keeps the password and PIN when they are left empty on edit, and can remove the PIN", async () => {
    invoke.mockImplementation(async (command: string, args?: { id: number; input: object }) => {
      if (command === "get_workstation") return workstation;
      if (command === "search_people") return [];
      if (command === "update_operator") return { ...operator("desk"), ...args?.input };
      throw { code: "INTERNAL", message: `unexpected ${command}` };
    });
    const desk = operator("desk", { id: 3, login: "qiantai", displayName: "前台 林晓燕", hasPin: true });
    renderWithProviders(<OperatorFormModal operator={desk} onClose={() => {}} />, { status: signedIn("admin") });
    fireEvent.click(screen.getByTestId("operator-remove-pin"));
    fireEvent.click(screen.getByTestId("operator-submit"));
    await waitFor(() =>
      expect(invoke).toHaveBeenCalledWith("update_operator", {
        id: 3,
        input: expect.objectContaining({ login: "qiantai", role: "desk", password: "", pin: "" }),
      }),
    );
  });
});
