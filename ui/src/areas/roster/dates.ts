// Terms are stored and sent as "YYYY-MM-DD"; the DatePicker works in dayjs.
import dayjs, { type Dayjs } from "dayjs";
import type { TFunction } from "i18next";
import { formatDate } from "../../i18n/format";

export const DAY_FORMAT = "YYYY-MM-DD";

export const todayString = (): string => dayjs().format(DAY_FORMAT);

export const toDay = (value: Dayjs): string => value.format(DAY_FORMAT);

// dayjs reads a bare "YYYY-MM-DD" as local midnight, so the calendar day is kept.
export const fromDay = (value: string | null | undefined): Dayjs | null => (value ? dayjs(value) : null);

/** A term whose end date is before today. */
export const hasEnded = (endDate: string | null): boolean => endDate !== null && endDate < todayString();

export function termText(startDate: string, endDate: string | null, t: TFunction): string {
  return endDate
    ? t("roster.term", { start: formatDate(startDate), end: formatDate(endDate) })
    : t("roster.termOpen", { start: formatDate(startDate) });
}
