import { fireEvent, screen, waitFor } from "@testing-library/react";
import dayjs from "dayjs";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Person } from "../../../api/bindings";
import { grid1, grid2, roles } from "../../../test/rosterFixtures";
import { renderWithProviders } from "../../../test/render";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const { AddMemberModal } = await import("./AddMemberModal");

const created: Person = {
  id: 300,
  name: "孙丽",
  organisation: "",
  party: "",
  phone: "13905960300",
  photo: null,
  notes: "",
  archived: false,
};

/** Opens the role Select and clicks the option whose text starts with `name`. */
async function chooseRole(name: string) {
  fireEvent.mouseDown(screen.getByTestId("member-role").querySelector(".ant-select-selector") as Element);
  await waitFor(() => expect(document.querySelector(".ant-select-item-option")).not.toBeNull());
  const option = [...document.querySelectorAll(".ant-select-item-option")].find((o) => o.textContent?.startsWith(name));
  fireEvent.click(option as Element);
}

describe("add member form", () => {
  beforeEach(() => {
    invoke.mockReset();
    invoke.mockImplementation(async (command: string) => {
      if (command === "search_people") return [];
      throw { code: "INTERNAL", message: `unexpected ${command}` };
    });
  });

  it("refuses an empty name and sends nothing", async () => {
    renderWithProviders(<AddMemberModal grid={grid1} roles={roles} onClose={() => {}} />);
    fireEvent.click(screen.getByTestId("member-submit"));
    expect(await screen.findByText("请填写姓名")).toBeInTheDocument();
    expect(screen.getByText("请选择角色")).toBeInTheDocument();
    expect(invoke).not.toHaveBeenCalledWith("create_person", expect.anything());
    expect(invoke).not.toHaveBeenCalledWith("create_assignment", expect.anything());
  });

  it("creates the new person, then puts them in the grid from today", async () => {
    const onClose = vi.fn();
    invoke.mockImplementation(async (command: string) => {
      if (command === "search_people") return [];
      if (command === "create_person") return created;
      if (command === "create_assignment") return { id: 900 };
      throw { code: "INTERNAL", message: `unexpected ${command}` };
    });
    renderWithProviders(<AddMemberModal grid={grid1} roles={roles} onClose={onClose} />);
    fireEvent.change(screen.getByTestId("member-name"), { target: { value: " 孙丽 " } });
    fireEvent.change(screen.getByTestId("member-phone"), { target: { value: "13905960300" } });
    await chooseRole("志愿者");
    fireEvent.click(screen.getByTestId("member-submit"));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(invoke).toHaveBeenCalledWith("create_person", {
      input: { name: "孙丽", organisation: "", party: "", phone: "13905960300", notes: "" },
    });
    expect(invoke).toHaveBeenCalledWith("create_assignment", {
      input: { gridId: 1, personId: 300, roleId: 4, startDate: dayjs().format("YYYY-MM-DD"), endDate: null, duties: "" },
    });
  });

  it("puts the server's phone complaint under the phone field", async () => {
    invoke.mockImplementation(async (command: string) => {
      if (command === "search_people") return [];
      if (command === "create_person") throw { code: "VALIDATION", message: "bad phone", field: "phone", reason: "invalid" };
      throw { code: "INTERNAL", message: `unexpected ${command}` };
    });
    renderWithProviders(<AddMemberModal grid={grid1} roles={roles} onClose={() => {}} />);
    fireEvent.change(screen.getByTestId("member-name"), { target: { value: "孙丽" } });
    fireEvent.change(screen.getByTestId("member-phone"), { target: { value: "12" } });
    await chooseRole("志愿者");
    fireEvent.click(screen.getByTestId("member-submit"));
    expect(await screen.findByText("电话号码格式不正确，请填写手机号或带区号的固定电话")).toBeInTheDocument();
    expect(invoke).not.toHaveBeenCalledWith("create_assignment", expect.anything());
  });

  it("warns, without forbidding, when the core role is already held", async () => {
    renderWithProviders(<AddMemberModal grid={grid1} roles={roles} onClose={() => {}} />);
    await chooseRole("网格长");
    expect(await screen.findByTestId("member-core-held")).toHaveTextContent("这个网格已有网格长：王建国");
    expect(screen.getByTestId("member-submit")).toBeEnabled();
  });

  it("does not warn when the grid lacks that core role", async () => {
    renderWithProviders(<AddMemberModal grid={grid2} roles={roles} onClose={() => {}} />);
    await chooseRole("网格长");
    await waitFor(() => expect(screen.getByTestId("member-role")).toHaveTextContent("网格长"));
    expect(screen.queryByTestId("member-core-held")).not.toBeInTheDocument();
  });
});
