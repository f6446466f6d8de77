import { useMemo } from "react";
import type { Party } from "../../../api/bindings";
import { useParties } from "../../../api/meetingQueries";

/** The parties a meeting of `communityId` may name: its community's and those tied to none. */
export function useMeetingParties(communityId: number): Party[] {
  const parties = useParties();
  return useMemo(
    () => (parties.data ?? []).filter((p) => p.communityId === null || p.communityId === communityId),
    [parties.data, communityId],
  );
}
