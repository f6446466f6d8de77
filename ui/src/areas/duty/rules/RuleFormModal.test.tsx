import { fireEvent, screen, waitFor } from "@testing-library/react";
import dayjs from "dayjs";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Person } from "../../../api/bindings";
import { dutyWorkstation, gardenRule } from "../../../test/dutyFixtures";
import { renderWithProviders } from "../../../test/render";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const { RuleFormModal } = await import("./RuleFormModal");

const han: Person = {
  id: 201,
  name: "韩怡莉",
  organisation: "碧湖中队",
  party: "城管",
  phone: "13905960201",
  photo: null,
  notes: "",
  archived: false,
};
const wang: Person = { ...han, id: 202, name: "王五", phone: "13905960202" };
const communities = dutyWorkstation.communities;

function backend() {
  invoke.mockImplementation(async (command: string, args?: { text?: string }) => {
    if (command === "search_people") return [han, wang].filter((p) => p.name.includes(args?.text ?? ""));
    if (command === "create_duty_rule" || command === "update_duty_rule") return gardenRule;
    throw { code: "INTERNAL", message: `unexpected ${command}` };
  });
}

/** Opens the rotation search and picks the person whose label starts with `name`. */
async function addMember(name: string) {
  const search = screen.getByTestId("rule-member-search");
  fireEvent.mouseDown(search.querySelector(".ant-select-selector") as Element);
  const option = await waitFor(() => {
    const found = [...document.querySelectorAll(".ant-select-item-option")].find((o) => o.textContent?.startsWith(name));
    expect(found).toBeDefined();
    return found as Element;
  });
  fireEvent.click(option);
  await waitFor(() => expect(screen.getByTestId("rule-members")).toHaveTextContent(name));
}

describe("duty rule form", () => {
  beforeEach(() => {
    invoke.mockReset();
    backend();
  });

  it("starts from the story: Wednesday and Sunday, 08:30–17:30, named after the community", () => {
    renderWithProviders(<RuleFormModal rule={null} communities={communities} defaultCommunityId={3} onClose={() => {}} />);
    expect(screen.getByTestId("rule-weekday-3")).toBeChecked();
    expect(screen.getByTestId("rule-weekday-7")).toBeChecked();
    expect(screen.getByTestId("rule-weekday-1")).not.toBeChecked();
    expect(screen.getByTestId("rule-name")).toHaveValue("花园社区 周三、周日下沉");
    expect(screen.getByTestId("rule-skip-holidays")).toBeChecked();
    // The name follows the weekdays until the user types their own.
    fireEvent.click(screen.getByTestId("rule-weekday-6"));
    expect(screen.getByTestId("rule-name")).toHaveValue("花园社区 周三、周六、周日下沉");
  });

  it("requires at least one weekday and a name, and sends nothing without them", async () => {
    renderWithProviders(<RuleFormModal rule={null} communities={communities} defaultCommunityId={3} onClose={() => {}} />);
    fireEvent.click(screen.getByTestId("rule-weekday-3"));
    fireEvent.click(screen.getByTestId("rule-weekday-7"));
    fireEvent.change(screen.getByTestId("rule-name"), { target: { value: "  " } });
    fireEvent.click(screen.getByTestId("rule-submit"));
    expect(await screen.findByText("请至少勾选一个值班的星期")).toBeInTheDocument();
    expect(screen.getByText("请填写规则名称，例如：花园社区 周三、周日下沉")).toBeInTheDocument();
    expect(screen.getByText("请至少加入一名轮值人员")).toBeInTheDocument();
    expect(invoke).not.toHaveBeenCalledWith("create_duty_rule", expect.anything());
  });

  it("saves the rotation in the order set with the arrows", async () => {
    const onClose = vi.fn();
    renderWithProviders(<RuleFormModal rule={null} communities={communities} defaultCommunityId={3} onClose={onClose} />);
    await addMember("韩怡莉");
    await addMember("王五");
    fireEvent.click(screen.getByTestId("rule-member-up-202"));
    const rows = screen.getByTestId("rule-members").querySelectorAll(".ant-list-item");
    expect(rows[0]).toHaveTextContent("王五");
    expect(rows[1]).toHaveTextContent("韩怡莉");
    fireEvent.click(screen.getByTestId("rule-submit"));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(invoke).toHaveBeenCalledWith("create_duty_rule", {
      input: {
        communityId: 3,
        name: "花园社区 周三、周日下沉",
        weekdays: [3, 7],
        startTime: "08:30",
        endTime: "17:30",
        perSlot: 1,
        members: [202, 201],
        startDate: dayjs().format("YYYY-MM-DD"),
        endDate: null,
        skipHolidays: true,
      },
    });
  });

  it("puts the server's end-time complaint under the end time, in words that say how to fix it", async () => {
    invoke.mockImplementation(async (command: string) => {
      if (command === "update_duty_rule")
        throw { code: "VALIDATION", message: "end <= start", field: "endTime", reason: "invalid" };
      throw { code: "INTERNAL", message: `unexpected ${command}` };
    });
    renderWithProviders(
      <RuleFormModal rule={gardenRule} communities={communities} defaultCommunityId={null} onClose={() => {}} />,
    );
    expect(screen.getByTestId("rule-name")).toHaveValue("花园社区周三周日值班");
    expect(screen.getByTestId("rule-members")).toHaveTextContent("韩怡莉");
    fireEvent.click(screen.getByTestId("rule-submit"));
    expect(await screen.findByText("结束时间须晚于开始时间（格式 08:30）")).toBeInTheDocument();
    expect(invoke).toHaveBeenCalledWith("update_duty_rule", expect.objectContaining({ id: 1 }));
  });
});
