import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { Attendance } from "../../../api/bindings";
import { renderWithProviders } from "../../../test/render";
import { AttendanceState } from "./Attendance";

const arrived = (at: string): Attendance => ({
  date: "2026-11-29",
  ruleId: 1,
  personId: 7,
  arrivedAt: at,
  leftAt: null,
  noShow: false,
  reason: "",
});

describe("attendance state", () => {
  it("marks an arrival after the shift's start as late, and one on time as arrived", () => {
    const { unmount } = renderWithProviders(<AttendanceState attendance={arrived("08:47")} start="08:30" />);
    expect(screen.getByTestId("attendance-late")).toHaveTextContent("08:47 到岗（迟到）");
    unmount();
    renderWithProviders(<AttendanceState attendance={arrived("08:30")} start="08:30" />);
    expect(screen.getByText("08:30 到岗")).toBeInTheDocument();
    expect(screen.queryByTestId("attendance-late")).not.toBeInTheDocument();
  });
});
