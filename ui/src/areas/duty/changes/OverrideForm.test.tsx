import { fireEvent, screen, waitFor } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ProblemView } from "../../../api/bindings";
import { dayOf, dutyWorkstation, gardenRule, november } from "../../../test/dutyFixtures";
import { renderWithProviders } from "../../../test/render";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const { OverrideForm } = await import("./OverrideForm");
const { LeaveForm } = await import("./LeaveForm");

const gap = november.problems[0];

function backend(problems: ProblemView[]) {
  invoke.mockImplementation(async (command: string, args?: { from?: string }) => {
    switch (command) {
      case "list_duty_rules":
        return [gardenRule];
      case "get_workstation":
        return dutyWorkstation;
      case "get_duty_schedule":
        return dayOf(args?.from ?? "");
      case "check_duty_change":
        return problems;
      case "apply_duty_change":
        return null;
      default:
        throw { code: "INTERNAL", message: `unexpected ${command}` };
    }
  });
}

// Taking 王五 off 23 November, as the day drawer would prefill it.
const takeOffWang = {
  kind: "remove",
  date: "2025-11-23",
  ruleId: 1,
  communityId: 3,
  startTime: "08:30",
  endTime: "17:30",
  personId: 202,
} as const;

const expectedChange = {
  type: "override",
  input: {
    kind: "remove",
    date: "2025-11-23",
    ruleId: 1,
    communityId: 3,
    startTime: "08:30",
    endTime: "17:30",
    personId: 202,
    replacementId: null,
    reason: "",
  },
};

describe("schedule change form", () => {
  beforeEach(() => {
    invoke.mockReset();
  });

  it("shows what the change would break before anything is saved", async () => {
    backend([gap]);
    const onClose = vi.fn();
    renderWithProviders(<OverrideForm prefill={takeOffWang} communities={dutyWorkstation.communities} onClose={onClose} />);
    const result = await screen.findByTestId("duty-check-result");
    await waitFor(() => expect(result).toHaveTextContent("这项调整会带来 1 个问题"));
    expect(result).toHaveTextContent("11月26日 花园社区周三周日值班 缺1人（需2人，现1人）");
    expect(result).toHaveTextContent("仍然可以保存");
    expect(invoke).toHaveBeenCalledWith("check_duty_change", { change: expectedChange });
    // Checked, not saved: saving is the user's decision, and the button says it is despite problems.
    expect(invoke).not.toHaveBeenCalledWith("apply_duty_change", expect.anything());
    expect(screen.getByTestId("change-submit")).toHaveTextContent("仍然保存");

    fireEvent.change(screen.getByTestId("change-reason"), { target: { value: "外出培训" } });
    await waitFor(() => expect(screen.getByTestId("change-submit")).toBeEnabled());
    fireEvent.click(screen.getByTestId("change-submit"));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(invoke).toHaveBeenCalledWith("apply_duty_change", {
      change: { ...expectedChange, input: { ...expectedChange.input, reason: "外出培训" } },
    });
  });

  it("says the check passed when the change breaks nothing", async () => {
    backend([]);
    renderWithProviders(<OverrideForm prefill={takeOffWang} communities={dutyWorkstation.communities} onClose={() => {}} />);
    const result = await screen.findByTestId("duty-check-result");
    await waitFor(() => expect(result).toHaveTextContent("检查通过"));
    expect(result).not.toHaveTextContent("缺1人");
    // antd spaces out a two-character label: "保 存".
    expect(screen.getByTestId("change-submit")).toHaveTextContent(/^保\s?存$/);
    expect(screen.getByTestId("change-submit")).not.toHaveTextContent("仍然");
  });

  it("does not check an incomplete leave, and asks for the person on save", async () => {
    backend([]);
    renderWithProviders(<LeaveForm onClose={() => {}} />);
    expect(await screen.findByTestId("duty-check-result")).toHaveTextContent("填好上面的项目后会自动检查");
    fireEvent.click(screen.getByTestId("change-submit"));
    expect(await screen.findByText("请选择人员")).toBeInTheDocument();
    expect(invoke).not.toHaveBeenCalledWith("check_duty_change", expect.anything());
    expect(invoke).not.toHaveBeenCalledWith("apply_duty_change", expect.anything());
  });
});
