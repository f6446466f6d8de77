// TanStack Query hooks over ./desk. Keys live in ./queries (keys.deskAll ...), so case and duty
// writes can refresh Today and the work log without importing this file.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { caseKeys } from "./caseQueries";
import * as api from "./desk";
import { keys } from "./queries";
import type {
  AppError,
  CaseInput,
  ReminderSettings,
  TodayBoard,
  Visit,
  VisitContact,
  VisitInput,
  VisitPage,
  VisitQuery,
  Worklog,
  WorklogInput,
} from "./bindings";

export function useTodayBoard() {
  return useQuery<TodayBoard, AppError>({
    queryKey: keys.today,
    queryFn: api.todayBoard,
    // The desk leaves Today open all day: cases turn yellow and red with the clock.
    refetchInterval: 60_000,
  });
}

export function useVisits(query: VisitQuery, enabled = true) {
  return useQuery<VisitPage, AppError>({
    queryKey: keys.visits(query),
    queryFn: () => api.listVisits(query),
    enabled,
    // Paging or typing keeps the old rows on screen until the new ones are there.
    placeholderData: keepPreviousData,
  });
}

export function useVisit(id: number | null) {
  return useQuery<Visit, AppError>({
    queryKey: keys.visit(id ?? 0),
    queryFn: () => api.getVisit(id as number),
    enabled: id !== null,
  });
}

export function useWorklog(day: string) {
  return useQuery<Worklog, AppError>({ queryKey: keys.worklog(day), queryFn: () => api.getWorklog(day) });
}

/** A visit or a case made of one changes Today, the visit log, the register and the day's numbers. */
function useDeskMutation<TData, TVars>(fn: (vars: TVars) => Promise<TData>) {
  const client = useQueryClient();
  return useMutation<TData, AppError, TVars>({
    mutationFn: fn,
    onSuccess: async () => {
      // Awaited so the dialog stays busy until the page shows the new state.
      await Promise.all([
        client.invalidateQueries({ queryKey: keys.deskAll }),
        client.invalidateQueries({ queryKey: caseKeys.all }),
      ]);
    },
  });
}

type Archive = { id: number; reason: string };
type ToCase = { visitId: number; input: CaseInput };

export const useCreateVisit = () => useDeskMutation<number, VisitInput>(api.createVisit);
export const useArchiveVisit = () => useDeskMutation<null, Archive>(({ id, reason }) => api.archiveVisit(id, reason));
export const useCaseFromVisit = () => useDeskMutation<number, ToCase>(({ visitId, input }) => api.caseFromVisit(visitId, input));

/** A mutation, not a query: every reveal is an audited act and must not be cached or refetched. */
export function useRevealVisitContact() {
  return useMutation<VisitContact, AppError, number>({ mutationFn: api.revealVisitContact });
}

/** Saving or signing returns the day as stored now; it replaces the cached one at once. */
function useWorklogMutation(fn: (input: WorklogInput) => Promise<Worklog>) {
  const client = useQueryClient();
  return useMutation<Worklog, AppError, WorklogInput>({
    mutationFn: fn,
    onSuccess: (worklog) => client.setQueryData(keys.worklog(worklog.day), worklog),
  });
}

export const useSaveWorklog = () => useWorklogMutation(api.saveWorklog);
export const useSignWorklog = () => useWorklogMutation(api.signWorklog);

type PeriodExport = { path: string; from: string; to: string };

export function useExportVisits() {
  return useMutation<number, AppError, PeriodExport & { fullContacts: boolean }>({
    mutationFn: ({ path, from, to, fullContacts }) => api.exportVisits(path, from, to, fullContacts),
  });
}

export function useExportWorklog() {
  return useMutation<number, AppError, PeriodExport>({
    mutationFn: ({ path, from, to }) => api.exportWorklog(path, from, to),
  });
}

export function useReminders() {
  return useQuery<ReminderSettings, AppError>({ queryKey: keys.reminders, queryFn: api.getReminders });
}

export function useSetReminders() {
  const client = useQueryClient();
  return useMutation<ReminderSettings, AppError, ReminderSettings>({
    mutationFn: api.setReminders,
    onSuccess: (saved) => client.setQueryData(keys.reminders, saved),
  });
}
