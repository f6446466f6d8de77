import type { Holiday, ProblemView, ShiftView } from "../../../api/bindings";

export function shiftsByDate(shifts: ShiftView[]): Map<string, ShiftView[]> {
  const map = new Map<string, ShiftView[]>();
  for (const s of shifts) map.set(s.date, [...(map.get(s.date) ?? []), s]);
  return map;
}

export const holidaysByDate = (holidays: Holiday[]): Map<string, Holiday> => new Map(holidays.map((h) => [h.date, h]));

/**
 * The day's holiday: from the holiday calendar, or named on a shift when the calendar of that
 * year is not loaded. A day off is red; a make-up workday is not a holiday.
 */
export function holidayOf(date: string, holidays: Map<string, Holiday>, shifts: ShiftView[] | undefined): Holiday | undefined {
  const listed = holidays.get(date);
  if (listed) return listed;
  const named = shifts?.find((s) => s.holiday)?.holiday;
  return named ? { date, kind: "holiday", name: named } : undefined;
}

/** Days with fewer people than needed: a shift short of people, or a gap the checks report. */
export function gapDates(shifts: ShiftView[], problems: ProblemView[]): Set<string> {
  const dates = new Set(problems.filter((p) => p.problem.kind === "gap").map((p) => p.problem.date));
  for (const s of shifts) if (s.people.length < s.needed) dates.add(s.date);
  return dates;
}
