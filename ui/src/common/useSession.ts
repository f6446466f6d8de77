// Who is signed in and what they may do, read from the start-up status App already holds.
import { useQuery } from "@tanstack/react-query";
import * as api from "../api";
import type { AppError, AppStatus, Perm, SessionInfo } from "../api/bindings";
import { keys } from "../api/queries";

/**
 * The signed-in session, or null. It only reads the status App fetched (enabled: false): a
 * screen asking for its permissions must not start a status call of its own, and without a
 * status there is nobody to grant anything.
 */
export function useSession(): SessionInfo | null {
  const status = useQuery<AppStatus, AppError>({ queryKey: keys.appStatus, queryFn: api.appStatus, enabled: false });
  return status.data?.session ?? null;
}

/**
 * Whether the signed-in operator may do what `perm` guards. The backend refuses the rest with
 * FORBIDDEN anyway; this only keeps the screen from offering it.
 */
export function usePerm(perm: Perm): boolean {
  const session = useSession();
  return session !== null && !session.locked && session.perms.includes(perm);
}
