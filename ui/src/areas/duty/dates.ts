// Periods of the duty calendar. Weeks start on Monday (ISO), as Chinese calendars print them.
// Dates travel as "YYYY-MM-DD", times as "HH:mm", months as "YYYY-MM".
import dayjs, { type Dayjs } from "dayjs";
import { DAY_FORMAT } from "../roster/dates";

export const MONTH_FORMAT = "YYYY-MM";
export const TIME_FORMAT = "HH:mm";

export type View = "week" | "month";
export type Period = { from: string; to: string };

/** 1 = Monday … 7 = Sunday. */
export const isoWeekday = (d: Dayjs): number => ((d.day() + 6) % 7) + 1;

export const isoWeekdayOf = (date: string): number => isoWeekday(dayjs(date));

export const mondayOf = (d: Dayjs): Dayjs => d.startOf("day").subtract(isoWeekday(d) - 1, "day");

export function periodOf(view: View, anchor: Dayjs): Period {
  if (view === "month") {
    return { from: anchor.startOf("month").format(DAY_FORMAT), to: anchor.endOf("month").format(DAY_FORMAT) };
  }
  const monday = mondayOf(anchor);
  return { from: monday.format(DAY_FORMAT), to: monday.add(6, "day").format(DAY_FORMAT) };
}

/** The seven days of the anchor's week. */
export function weekDays(anchor: Dayjs): string[] {
  const monday = mondayOf(anchor);
  return Array.from({ length: 7 }, (_, i) => monday.add(i, "day").format(DAY_FORMAT));
}

/** The month as whole weeks, Monday first; days of the months around it fill the first and last week. */
export function monthWeeks(month: Dayjs): string[][] {
  const first = month.startOf("month");
  const last = month.endOf("month").startOf("day");
  const weeks: string[][] = [];
  for (let monday = mondayOf(first); !monday.isAfter(last, "day"); monday = monday.add(7, "day")) {
    weeks.push(weekDays(monday));
  }
  return weeks;
}

/** "08:30" → today at 08:30, for the TimePicker. */
export function fromTime(value: string | null | undefined): Dayjs | null {
  const m = value ? /^(\d{1,2}):(\d{2})$/.exec(value) : null;
  return m ? dayjs().hour(Number(m[1])).minute(Number(m[2])).second(0).millisecond(0) : null;
}

export const toTime = (value: Dayjs): string => value.format(TIME_FORMAT);

export const nowTime = (): string => dayjs().format(TIME_FORMAT);

export const monthOf = (date: string): string => date.slice(0, 7);
