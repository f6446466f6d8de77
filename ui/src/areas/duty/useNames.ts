import { useMemo } from "react";
import { useDutyRules, useDutySchedule, useWorkstation } from "../../api/queries";
import type { NameLookup } from "./problemText";

/** Rule and community names by id, from data the page has loaded anyway. */
export function useNameLookup(): NameLookup {
  const rules = useDutyRules();
  const workstation = useWorkstation();
  return useMemo(
    () => ({
      ruleName: (id) => rules.data?.find((r) => r.rule.id === id)?.name ?? null,
      communityName: (id) => workstation.data?.communities.find((c) => c.id === id)?.name ?? null,
    }),
    [rules.data, workstation.data],
  );
}

/** The shifts of one day, for forms that pick a shift or a person on it; none until a date is chosen. */
export function useDayShifts(date: string | null) {
  const day = useDutySchedule({ from: date ?? "", to: date ?? "", communityId: null, personId: null }, date !== null);
  // Another day's shifts may still be shown while this one loads: never offer those.
  const current = day.data && date !== null && day.data.from === date ? day.data : null;
  return { shifts: current?.shifts ?? [], loading: date !== null && current === null && !day.isError, error: day.error };
}
