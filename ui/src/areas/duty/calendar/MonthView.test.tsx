import { fireEvent, screen, within } from "@testing-library/react";
import dayjs from "dayjs";
import { describe, expect, it, vi } from "vitest";
import { november } from "../../../test/dutyFixtures";
import { renderWithProviders } from "../../../test/render";
import { MonthView } from "./MonthView";

function renderNovember(onOpenDay = vi.fn()) {
  return renderWithProviders(
    <MonthView
      month={dayjs("2025-11-01")}
      shifts={november.shifts}
      problems={november.problems}
      holidays={[]}
      onOpenDay={onOpenDay}
    />,
  );
}

describe("duty month view", () => {
  it("lays the month out in Monday-first weeks with Chinese weekday names", () => {
    renderNovember();
    const month = screen.getByTestId("duty-month");
    const heads = [...month.querySelectorAll(".duty-month-head")].map((h) => h.textContent);
    expect(heads).toEqual(["一", "二", "三", "四", "五", "六", "日"]);
    // 1 November 2025 is a Saturday: the first week starts on Monday 27 October.
    const firstRow = month.querySelectorAll(".duty-month-row")[1];
    expect(firstRow.firstElementChild).toHaveAttribute("data-testid", "duty-day-cell-2025-10-27");
    expect(firstRow.children[5]).toHaveAttribute("data-testid", "duty-day-cell-2025-11-01");
  });

  it("puts each shift's community and officers on its own day", () => {
    renderNovember();
    const sunday = screen.getByTestId("duty-day-cell-2025-11-23");
    expect(sunday).toHaveTextContent("花园");
    expect(sunday).toHaveTextContent("韩怡莉、王五");
    const saturday = screen.getByTestId("duty-day-cell-2025-11-29");
    expect(saturday).toHaveTextContent("仁和");
    expect(saturday).toHaveTextContent("李强");
    expect(saturday).not.toHaveTextContent("韩怡莉");
    // A day without duty lists nobody.
    expect(screen.getByTestId("duty-day-cell-2025-11-24")).not.toHaveTextContent("王五");
  });

  it("marks the day that is short of people in red, and only that day", () => {
    renderNovember();
    const gap = screen.getByTestId("duty-day-cell-2025-11-26");
    expect(gap).toHaveAttribute("data-gap", "true");
    expect(gap).toHaveClass("duty-cell-gap");
    expect(gap).toHaveTextContent("缺1人");
    const full = screen.getByTestId("duty-day-cell-2025-11-23");
    expect(full).not.toHaveAttribute("data-gap");
    expect(full).not.toHaveClass("duty-cell-gap");
    expect(full).not.toHaveTextContent("缺");
  });

  it("marks holidays and make-up workdays from the holiday calendar", () => {
    renderWithProviders(
      <MonthView
        month={dayjs("2025-10-01")}
        shifts={[]}
        problems={[]}
        holidays={[
          { date: "2025-10-01", kind: "holiday", name: "国庆节" },
          { date: "2025-10-11", kind: "workday", name: "国庆节调休" },
        ]}
        onOpenDay={() => {}}
      />,
    );
    expect(within(screen.getByTestId("duty-day-cell-2025-10-01")).getByText("节假日")).toHaveAttribute("title", "国庆节");
    expect(screen.getByTestId("duty-day-cell-2025-10-11")).toHaveTextContent("调休上班");
    expect(screen.getByTestId("duty-day-cell-2025-10-02")).not.toHaveTextContent("节假日");
  });

  it("opens the day that is clicked", () => {
    const onOpenDay = vi.fn();
    renderNovember(onOpenDay);
    fireEvent.click(screen.getByTestId("duty-day-cell-2025-11-26"));
    expect(onOpenDay).toHaveBeenCalledWith("2025-11-26");
  });
});
