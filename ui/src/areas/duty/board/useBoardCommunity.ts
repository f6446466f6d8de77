import { useSearchParams } from "react-router-dom";
import { useWorkstation } from "../../../api/queries";

/** The board's optional ?community=ID filter, its name for the sheet, and the query to keep it when paging. */
export function useBoardCommunity() {
  const [params] = useSearchParams();
  const workstation = useWorkstation();
  const id = Number(params.get("community"));
  const communityId = Number.isInteger(id) && id > 0 ? id : null;
  const communityName =
    communityId !== null ? (workstation.data?.communities.find((c) => c.id === communityId)?.name ?? null) : null;
  const search = communityId !== null ? `?community=${communityId}` : "";
  return { workstation: workstation.data, communityId, communityName, search };
}
