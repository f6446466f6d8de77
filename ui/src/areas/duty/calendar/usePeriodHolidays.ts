import type { Holiday } from "../../../api/bindings";
import { useHolidays } from "../../../api/queries";
import type { Period } from "../dates";

/** The holiday calendar over a period. A week can span New Year: both years' holidays are needed then. */
export function usePeriodHolidays(period: Period): Holiday[] {
  const fromYear = Number(period.from.slice(0, 4));
  const toYear = Number(period.to.slice(0, 4));
  const first = useHolidays(fromYear);
  const second = useHolidays(toYear);
  return [...(first.data ?? []), ...(toYear !== fromYear ? (second.data ?? []) : [])];
}
