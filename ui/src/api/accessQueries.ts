// TanStack Query hooks for signing in, accounts and the audit trail. Keys live in ./queries.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { QueryClient } from "@tanstack/react-query";
import * as api from "./index";
import type {
  AppError,
  AppStatus,
  AuditCheck,
  AuditPage,
  AuditQuery,
  FirstAdminInput,
  Operator,
  OperatorInput,
  PasswordChange,
  SignInInput,
} from "./bindings";
import { keys } from "./queries";

/**
 * Puts the status a session call returned in place, so App shows the matching screen at once.
 * Everything else was read for the session before: a new operator (or nobody) must not see the
 * last one's data even for a moment, so it is dropped; the same operator unlocking gets it
 * refetched. Locking changes nothing else: the backend would refuse a refetch while locked.
 */
export async function applySessionStatus(client: QueryClient, status: AppStatus): Promise<void> {
  const before = client.getQueryData<AppStatus>(keys.appStatus)?.session?.operator.id;
  const after = status.session?.operator.id;
  const others = { predicate: (q: { queryKey: readonly unknown[] }) => q.queryKey[0] !== keys.appStatus[0] };
  if (before !== after) client.removeQueries(others);
  client.setQueryData(keys.appStatus, status);
  // Set first: the screens that show next mount after this and refetch what is marked stale.
  if (before === after && status.session && !status.session.locked) await client.invalidateQueries(others);
}

function useSessionCall<TVars>(fn: (vars: TVars) => Promise<AppStatus>) {
  const client = useQueryClient();
  return useMutation<AppStatus, AppError, TVars>({
    mutationFn: fn,
    onSuccess: (status) => applySessionStatus(client, status),
  });
}

export const useCreateFirstAdmin = () => useSessionCall((input: FirstAdminInput) => api.createFirstAdmin(input));
export const useSignIn = () => useSessionCall((input: SignInInput) => api.signIn(input));
export const useSignOut = () => useSessionCall<void>(() => api.signOut());
export const useLockSession = () => useSessionCall<void>(() => api.lockSession());

export function useChangeOwnPassword() {
  return useMutation<null, AppError, PasswordChange>({ mutationFn: api.changeOwnPassword });
}

export function useSetIdleLock() {
  const client = useQueryClient();
  return useMutation<number, AppError, number>({
    mutationFn: api.setIdleLock,
    onSuccess: (minutes) => {
      // The idle timer reads the status; no need to ask the backend again.
      client.setQueryData<AppStatus>(keys.appStatus, (old) => (old ? { ...old, idleLockMinutes: minutes } : old));
      void client.invalidateQueries({ queryKey: keys.accessAll });
    },
  });
}

export function useOperators() {
  return useQuery<Operator[], AppError>({ queryKey: keys.operators, queryFn: api.listOperators });
}

/**
 * An account change may be the signed-in operator's own (a new role or reach applies at once),
 * and it adds an audit record: refresh the status and everything under "access".
 */
function useOperatorMutation<TData, TVars>(fn: (vars: TVars) => Promise<TData>) {
  const client = useQueryClient();
  return useMutation<TData, AppError, TVars>({
    mutationFn: fn,
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: keys.accessAll }),
        client.invalidateQueries({ queryKey: keys.appStatus }),
      ]);
    },
  });
}

export const useCreateOperator = () => useOperatorMutation(api.createOperator);
export const useUpdateOperator = () =>
  useOperatorMutation(({ id, input }: { id: number; input: OperatorInput }) => api.updateOperator(id, input));
export const useArchiveOperator = () => useOperatorMutation(api.archiveOperator);

export function useAudit(query: AuditQuery) {
  return useQuery<AuditPage, AppError>({
    queryKey: keys.audit(query),
    queryFn: () => api.listAudit(query),
    // Paging and filtering keep the last page on screen until the next one is there.
    placeholderData: keepPreviousData,
  });
}

export function useVerifyAudit() {
  return useMutation<AuditCheck, AppError, void>({ mutationFn: () => api.verifyAudit() });
}
