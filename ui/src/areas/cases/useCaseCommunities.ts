import { useMemo } from "react";
import type { Community } from "../../api/bindings";
import { useWorkstation } from "../../api/queries";
import { useSession } from "../../common/useSession";

/** The live communities this operator works in: an operator tied to some communities sees only those. */
export function useCaseCommunities(): Community[] {
  const workstation = useWorkstation();
  const session = useSession();
  const own = session?.operator.communityIds;
  return useMemo(() => {
    const live = workstation.data?.communities.filter((c) => !c.archived) ?? [];
    return own && own.length > 0 ? live.filter((c) => own.includes(c.id)) : live;
  }, [workstation.data, own]);
}
