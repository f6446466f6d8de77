// The agenda as every view shows it: actions carried over from earlier meetings first (the
// meeting opens by reviewing them), then the items in their order.
import type { AgendaItem, MeetingDetail, Outcome } from "../../api/bindings";
import { useActions } from "../../api/meetingQueries";

export function sortAgenda(items: AgendaItem[]): AgendaItem[] {
  const carried = items.filter((i) => i.carriedFrom !== null);
  const rest = items.filter((i) => i.carriedFrom === null);
  const byPosition = (a: AgendaItem, b: AgendaItem) => a.position - b.position;
  return [...carried.sort(byPosition), ...rest.sort(byPosition)];
}

/**
 * The earlier meetings' actions this agenda carries, by id, as they stand now (done or not,
 * overdue): a carried item only points at its action.
 */
export function useCarriedActions(detail: MeetingDetail | undefined): Map<number, Outcome> {
  const carries = detail?.items.some((i) => i.carriedFrom !== null) ?? false;
  const actions = useActions(
    { includeDone: true, ownerPartyId: null, communityId: detail?.meeting.communityId ?? null },
    carries,
  );
  return new Map((actions.data ?? []).map((a) => [a.id, a]));
}
