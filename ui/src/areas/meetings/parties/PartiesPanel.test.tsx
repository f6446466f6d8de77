import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { signedIn } from "../../../test/accessFixtures";
import { estates, parties } from "../../../test/meetingFixtures";
import { renderWithProviders } from "../../../test/render";
import { workstation } from "../../../test/rosterFixtures";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const { PartiesPanel } = await import("./PartiesPanel");

function backend(over: Record<string, (args: unknown) => unknown> = {}) {
  invoke.mockImplementation(async (command: string, args: unknown) => {
    if (command in over) return over[command]?.(args);
    if (command === "get_workstation") return workstation;
    if (command === "list_parties") return parties;
    if (command === "list_estates") return estates;
    throw { code: "INTERNAL", message: `unexpected ${command}` };
  });
}

describe("parties and estates", () => {
  beforeEach(() => {
    invoke.mockReset();
  });

  it("lists parties and estates with their contacts and the estate's companies", async () => {
    backend();
    renderWithProviders(<PartiesPanel />, { status: signedIn("desk") });
    const party = await screen.findByTestId("party-row-1");
    expect(party).toHaveTextContent("物业公司");
    expect(party).toHaveTextContent("融昌物业服务中心");
    expect(party).toHaveTextContent("郑建平");
    expect(party).toHaveTextContent("0596-2671180");
    const estate = screen.getByTestId("estate-row-1");
    expect(estate).toHaveTextContent("融昌花园");
    expect(estate).toHaveTextContent("融昌路8号");
    expect(estate).toHaveTextContent("融昌花园业主委员会");
  });

  it("adds a party and shows the core's complaint about its phone under the field", async () => {
    let calls = 0;
    backend({
      save_party: () => {
        calls += 1;
        if (calls === 1) throw { code: "VALIDATION", message: "bad phone", field: "contactPhone", reason: "invalid" };
        return { ...parties[0], id: 9 };
      },
    });
    renderWithProviders(<PartiesPanel />, { status: signedIn("desk") });
    fireEvent.click(await screen.findByTestId("party-new"));
    const form = await screen.findByTestId("party-form");
    fireEvent.change(within(form).getByTestId("party-name"), { target: { value: " 华元物业 " } });
    fireEvent.change(within(form).getByTestId("party-contact-phone"), { target: { value: "12" } });
    fireEvent.click(screen.getByTestId("party-form-ok"));
    expect(await within(form).findByText("电话号码格式不正确，请填写手机号或带区号的固定电话")).toBeInTheDocument();
    expect(invoke).toHaveBeenCalledWith("save_party", {
      id: null,
      input: { kind: "property_company", name: "华元物业", communityId: 1, contactName: "", contactPhone: "12" },
    });
    fireEvent.change(within(form).getByTestId("party-contact-phone"), { target: { value: "13800000000" } });
    fireEvent.click(screen.getByTestId("party-form-ok"));
    await waitFor(() => expect(screen.queryByTestId("party-form")).not.toBeInTheDocument());
  });

  it("offers a property manager the lists only", async () => {
    backend();
    renderWithProviders(<PartiesPanel />, { status: signedIn("property_manager") });
    await screen.findByTestId("party-row-1");
    expect(screen.queryByTestId("party-new")).not.toBeInTheDocument();
    expect(screen.queryByTestId("estate-new")).not.toBeInTheDocument();
    expect(screen.queryByTestId("party-edit-1")).not.toBeInTheDocument();
  });
});
