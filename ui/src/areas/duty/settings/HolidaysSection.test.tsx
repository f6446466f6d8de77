import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import dayjs from "dayjs";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Holiday } from "../../../api/bindings";
import { renderWithProviders } from "../../../test/render";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const { HolidaysSection } = await import("./HolidaysSection");

const year = dayjs().year();
const days: Holiday[] = [
  { date: `${year}-10-01`, kind: "holiday", name: "国庆节" },
  { date: `${year}-09-28`, kind: "workday", name: "国庆节调休上班" },
];

function backend(list: (y: number) => Holiday[]) {
  invoke.mockImplementation(async (command: string, args?: { year?: number; holiday?: Holiday }) => {
    if (command === "list_holidays") return list(args?.year ?? 0);
    if (command === "set_holiday") return [...days, args?.holiday];
    throw { code: "VALIDATION", message: "bad", field: "name", reason: "required" };
  });
}

describe("holiday calendar in Settings", () => {
  beforeEach(() => {
    invoke.mockReset();
  });

  it("lists this year's days in date order, holidays apart from make-up workdays", async () => {
    backend((y) => (y === year ? days : []));
    renderWithProviders(<HolidaysSection />);
    const workday = await screen.findByTestId(`holiday-${year}-09-28`);
    expect(invoke).toHaveBeenCalledWith("list_holidays", { year });
    expect(workday).toHaveTextContent("调休上班");
    expect(workday).toHaveTextContent("国庆节调休上班");
    const holiday = screen.getByTestId(`holiday-${year}-10-01`);
    expect(within(holiday).getByText("节假日")).toBeInTheDocument();
    const rows = screen.getByTestId("holiday-table").querySelectorAll("tbody tr[data-testid]");
    expect([...rows].map((r) => r.getAttribute("data-testid"))).toEqual([`holiday-${year}-09-28`, `holiday-${year}-10-01`]);
    expect(screen.queryByTestId("holiday-provisional")).not.toBeInTheDocument();
  });

  it("notes a provisional year when the names say so", async () => {
    backend(() => [{ date: `${year}-01-01`, kind: "holiday", name: "元旦（预排）" }]);
    renderWithProviders(<HolidaysSection />);
    expect(await screen.findByTestId("holiday-provisional")).toHaveTextContent(`${year}年为预排，以国务院公告为准`);
  });

  it("refuses a holiday without a name before asking the backend", async () => {
    backend(() => []);
    renderWithProviders(<HolidaysSection />);
    fireEvent.click(await screen.findByTestId("holiday-submit"));
    expect(await screen.findByText("请填写节假日名称，例如：春节")).toBeInTheDocument();
    expect(screen.getByText("请选择日期")).toBeInTheDocument();
    await waitFor(() => expect(invoke).not.toHaveBeenCalledWith("set_holiday", expect.anything()));
  });
});
