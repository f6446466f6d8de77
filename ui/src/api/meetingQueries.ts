// TanStack Query hooks over ./meetings. Keys live in ./queries (keys.meetingsAll ...). Every
// meeting write refreshes everything under "meetings": the meeting, the list (its open-action
// counts) and the action list all show the same outcomes.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { caseKeys } from "./caseQueries";
import * as api from "./meetings";
import { keys } from "./queries";
import type {
  ActionQuery,
  AppError,
  Attendee,
  AttendeeInput,
  Estate,
  EstateInput,
  ItemInput,
  Meeting,
  MeetingDetail,
  MeetingInput,
  Outcome,
  OutcomeInput,
  Party,
  PartyInput,
  PullCasesInput,
} from "./bindings";

export function useParties() {
  return useQuery<Party[], AppError>({ queryKey: keys.parties, queryFn: api.listParties });
}

export function useEstates() {
  return useQuery<Estate[], AppError>({ queryKey: keys.estates, queryFn: api.listEstates });
}

export function useMeetings() {
  return useQuery<Meeting[], AppError>({ queryKey: keys.meetings, queryFn: api.listMeetings });
}

/** `refetchEvery` (ms) keeps a second window, the projector screen, following the recorder's typing. */
export function useMeeting(id: number, refetchEvery?: number) {
  return useQuery<MeetingDetail, AppError>({
    queryKey: keys.meeting(id),
    queryFn: () => api.getMeeting(id),
    refetchInterval: refetchEvery,
  });
}

export function useActions(query: ActionQuery, enabled = true) {
  return useQuery<Outcome[], AppError>({
    queryKey: keys.actions(query),
    queryFn: () => api.listActions(query),
    enabled,
    // Due days turn overdue with the calendar; the desk leaves the list open.
    refetchInterval: 60_000,
  });
}

/**
 * `cases` for writes that may change a case too (an action assigning it, a case's estate):
 * the register, the case page and Today then refresh as well.
 */
function useMeetingMutation<TData, TVars>(fn: (vars: TVars) => Promise<TData>, cases = false) {
  const client = useQueryClient();
  return useMutation<TData, AppError, TVars>({
    mutationFn: fn,
    onSuccess: async () => {
      // Awaited so the form stays busy until the page shows the new state.
      await Promise.all([
        client.invalidateQueries({ queryKey: keys.meetingsAll }),
        cases ? client.invalidateQueries({ queryKey: caseKeys.all }) : null,
        cases ? client.invalidateQueries({ queryKey: keys.deskAll }) : null,
      ]);
    },
  });
}

type Save<T> = { id: number | null; input: T };

export const useSaveParty = () => useMeetingMutation<Party, Save<PartyInput>>(({ id, input }) => api.saveParty(id, input));
export const useArchiveParty = () => useMeetingMutation<null, number>(api.archiveParty);
export const useSaveEstate = () =>
  useMeetingMutation<Estate, Save<EstateInput>>(({ id, input }) => api.saveEstate(id, input));
export const useArchiveEstate = () => useMeetingMutation<null, number>(api.archiveEstate);
export const useSetCaseEstate = () =>
  useMeetingMutation<null, { caseId: number; estateId: number | null }>(
    ({ caseId, estateId }) => api.setCaseEstate(caseId, estateId),
    true,
  );

export const useCreateMeeting = () => useMeetingMutation<Meeting, MeetingInput>(api.createMeeting);
export const useAddAttendee = () => useMeetingMutation<Attendee, AttendeeInput>(api.addAttendee);
export const useRemoveAttendee = () => useMeetingMutation<null, number>(api.removeAttendee);
export const useAddAgendaItem = () => useMeetingMutation<number, ItemInput>(api.addAgendaItem);
export const usePullCases = () => useMeetingMutation<number, PullCasesInput>(api.pullCases);
export const useSetItemNotes = () =>
  useMeetingMutation<null, { itemId: number; notes: string }>(({ itemId, notes }) => api.setItemNotes(itemId, notes));
export const useAddOutcome = () => useMeetingMutation<Outcome, OutcomeInput>(api.addOutcome, true);
export const useAmendMeeting = () => useMeetingMutation<Outcome, OutcomeInput>(api.amendMeeting, true);
export const useCloseMeeting = () => useMeetingMutation<Meeting, number>(api.closeMeeting);
export const useMarkActionDone = () =>
  useMeetingMutation<Outcome, { id: number; note: string }>(({ id, note }) => api.markActionDone(id, note));

export function useExportMinutes() {
  return useMutation<number, AppError, { path: string; from: string; to: string }>({
    mutationFn: ({ path, from, to }) => api.exportMinutes(path, from, to),
  });
}

export function useExportActions() {
  return useMutation<number, AppError, string>({ mutationFn: api.exportActions });
}
