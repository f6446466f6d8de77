import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import dayjs from "dayjs";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { DutyNow } from "../../api/bindings";
import { signedIn } from "../../test/accessFixtures";
import { adhocShift, gardenShift, person } from "../../test/dutyFixtures";
import { renderWithProviders } from "../../test/render";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const { DutyCard, unmarkedArrivals } = await import("./DutyCard");

const today = dayjs().format("YYYY-MM-DD");
const arrived = { date: today, ruleId: 1, personId: 201, arrivedAt: "08:20", leftAt: null, noShow: false, reason: "" };
const running = gardenShift(today, [
  person(201, "韩怡莉", { attendance: arrived }),
  person(204, "赵六", { source: "covering", coversName: "陈明" }),
]);
const later = { ...adhocShift, date: today, startTime: "18:00", endTime: "21:00" };
const dutyNow: DutyNow = {
  today: [running, later],
  now: [running],
  next: { ...gardenShift(dayjs().add(3, "day").format("YYYY-MM-DD"), [person(202, "王五")]) },
};

function backend(now: DutyNow) {
  invoke.mockImplementation(async (command: string, args?: { input?: object }) => {
    if (command === "duty_now") return now;
    if (command === "mark_attendance") return args?.input;
    throw { code: "INTERNAL", message: `unexpected ${command}` };
  });
}

describe("duty card on Today", () => {
  beforeEach(() => {
    invoke.mockReset();
  });

  it("lists today's officers with their phones, and who covers for whom", async () => {
    backend(dutyNow);
    renderWithProviders(<DutyCard />);
    const list = await screen.findByTestId("today-duty-today");
    expect(list).toHaveTextContent("花园社区周三周日值班");
    expect(list).toHaveTextContent("08:30–17:30");
    expect(list).toHaveTextContent("韩怡莉");
    expect(list).toHaveTextContent("13905960201");
    expect(list).toHaveTextContent("赵六");
    expect(list).toHaveTextContent("代班（陈明请假）");
    expect(list).toHaveTextContent("仁和社区临时值班");
    expect(list).toHaveTextContent("李强");
    // 王五 is on the next shift, not today.
    expect(list).not.toHaveTextContent("王五");
    expect(screen.getByTestId("today-duty-next")).toHaveTextContent("王五");
  });

  it("offers to mark the arrival of whoever on a running shift is not marked yet", async () => {
    backend(dutyNow);
    renderWithProviders(<DutyCard />, { status: signedIn("desk") });
    const unmarked = await screen.findByTestId("today-duty-unmarked");
    expect(unmarked).toHaveTextContent("赵六");
    expect(unmarked).not.toHaveTextContent("韩怡莉");
    expect(within(screen.getByTestId("today-duty-now")).getByText("08:20 到岗")).toBeInTheDocument();
    fireEvent.click(within(unmarked).getByTestId(`attend-arrive-${today}-204`));
    await waitFor(() =>
      expect(invoke).toHaveBeenCalledWith("mark_attendance", {
        input: expect.objectContaining({
          date: today,
          ruleId: 1,
          personId: 204,
          noShow: false,
          arrivedAt: expect.stringMatching(/^\d\d:\d\d$/),
        }),
      }),
    );
  });

  it("shows a meeting screen who has not arrived, without the buttons to mark them", async () => {
    backend(dutyNow);
    renderWithProviders(<DutyCard />, { status: signedIn("viewer") });
    const unmarked = await screen.findByTestId("today-duty-unmarked");
    expect(unmarked).toHaveTextContent("赵六");
    expect(within(unmarked).queryByTestId(`attend-arrive-${today}-204`)).not.toBeInTheDocument();
  });

  it("says plainly when nobody is on duty today", async () => {
    backend({ today: [], now: [], next: null });
    renderWithProviders(<DutyCard />);
    expect(await screen.findByTestId("today-duty-today")).toHaveTextContent("今天没有值班安排");
    expect(screen.getByTestId("today-duty-next")).toHaveTextContent("之后还没有排定的值班");
    expect(screen.queryByTestId("today-duty-unmarked")).not.toBeInTheDocument();
  });

  it("counts a no-show as marked, and an unmarked person as not", () => {
    const noShow = { ...arrived, personId: 204, arrivedAt: null, noShow: true, reason: "病假" };
    const shift = gardenShift(today, [
      person(201, "韩怡莉", { attendance: arrived }),
      person(204, "赵六", { attendance: noShow }),
      person(202, "王五"),
    ]);
    expect(unmarkedArrivals({ today: [shift], now: [shift], next: null }).map((u) => u.person.name)).toEqual(["王五"]);
  });
});
