// TanStack Query hooks over ./index. Keys live here so every mutation
// invalidates exactly what it changed.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { QueryClient } from "@tanstack/react-query";
import * as api from "./index";
import type {
  ActionQuery,
  AppError,
  AppStatus,
  AssignmentInput,
  Attendance,
  AuditQuery,
  BoardTexts,
  DutyChange,
  DutyNow,
  DutyRuleInput,
  DutyRuleView,
  DutySchedule,
  GridInput,
  Holiday,
  ImageUpload,
  ImportPreview,
  Language,
  PersonDetail,
  PersonInput,
  Person,
  ProblemView,
  Role,
  RoleInput,
  Roster,
  RosterCounts,
  RosterQuery,
  Stats,
  VisitQuery,
  WallBoard,
  Workstation,
} from "./bindings";
import type { DutyScheduleQuery } from "./index";
import type { SavedFilterArea } from "./savedFilters";
import { applyLanguage } from "../i18n";

export const keys = {
  appStatus: ["appStatus"] as const,
  workstation: ["workstation"] as const,
  stats: ["stats"] as const,
  // Everything read from the roster sits under "roster", so one invalidation refreshes it all.
  rosterAll: ["roster"] as const,
  roster: (query: RosterQuery) => ["roster", "view", query] as const,
  rosterCounts: ["roster", "counts"] as const,
  roles: ["roster", "roles"] as const,
  people: (text: string) => ["roster", "people", text] as const,
  person: (id: number) => ["roster", "person", id] as const,
  board: (communityId: number) => ["roster", "board", communityId] as const,
  boardTexts: ["roster", "boardTexts"] as const,
  // Everything read from the duty schedule sits under "duty": rules, overrides, leave, attendance
  // and holidays all change the computed schedule, so every duty write refreshes it all.
  dutyAll: ["duty"] as const,
  dutyRules: ["duty", "rules"] as const,
  dutySchedule: (query: DutyScheduleQuery) => ["duty", "schedule", query] as const,
  dutyCheck: (change: DutyChange) => ["duty", "check", change] as const,
  dutyNow: ["duty", "now"] as const,
  holidays: (year: number) => ["duty", "holidays", year] as const,
  images: ["image"] as const,
  // Accounts and the audit trail (see ./accessQueries); an account change can add audit records.
  accessAll: ["access"] as const,
  operators: ["access", "operators"] as const,
  audit: (query: AuditQuery) => ["access", "audit", query] as const,
  image: (name: string) => ["image", name] as const,
  // The front desk (see ./deskQueries). Today and the day summary count cases, visits and duty
  // attendance, so writes to any of those refresh everything under "desk".
  deskAll: ["desk"] as const,
  today: ["desk", "today"] as const,
  visits: (query: VisitQuery) => ["desk", "visits", query] as const,
  visit: (id: number) => ["desk", "visit", id] as const,
  worklog: (day: string) => ["desk", "worklog", day] as const,
  reminders: ["reminders"] as const,
  // Backups (see ./backupQueries): the list depends on the settings' second folder.
  backupsAll: ["backups"] as const,
  backups: ["backups", "list"] as const,
  backupSettings: ["backups", "settings"] as const,
  startupBackups: ["startupBackups"] as const,
  // Coordination meetings (see ./meetingQueries). An outcome changes its meeting, the list's
  // open-action counts and the action list, so every meeting write refreshes all under "meetings".
  meetingsAll: ["meetings"] as const,
  meetings: ["meetings", "list"] as const,
  meeting: (id: number) => ["meetings", "detail", id] as const,
  actions: (query: ActionQuery) => ["meetings", "actions", query] as const,
  parties: ["meetings", "parties"] as const,
  estates: ["meetings", "estates"] as const,
  // Each operator's own named filters of a list (see ./savedFilterQueries).
  savedFilters: (area: SavedFilterArea) => ["savedFilters", area] as const,
};

export function useAppStatus() {
  return useQuery<AppStatus, AppError>({ queryKey: keys.appStatus, queryFn: api.appStatus });
}

export function useWorkstation() {
  return useQuery<Workstation, AppError>({ queryKey: keys.workstation, queryFn: api.getWorkstation });
}

/** Only administrators may read the statistics; others pass `enabled` false rather than be refused. */
export function useStats(enabled = true) {
  return useQuery<Stats, AppError>({ queryKey: keys.stats, queryFn: api.getStats, enabled });
}

/** Creating a workstation moves the app from needs_setup to ready, so the status is refetched. */
function useCreate<TInput>(fn: (input: TInput) => Promise<Workstation>) {
  const client = useQueryClient();
  return useMutation<Workstation, AppError, TInput>({
    mutationFn: fn,
    onSuccess: async (workstation) => {
      client.setQueryData(keys.workstation, workstation);
      // Awaited so the button keeps spinning until the main screen can show.
      await Promise.all([
        client.invalidateQueries({ queryKey: keys.appStatus }),
        client.invalidateQueries({ queryKey: keys.stats }),
      ]);
    },
  });
}

export function useCreateWorkstation() {
  return useCreate(api.createWorkstation);
}

export function useCreateDemoWorkstation() {
  return useCreate<void>(() => api.createDemoWorkstation());
}

function useWorkstationChange<TInput>(fn: (input: TInput) => Promise<Workstation>) {
  const client = useQueryClient();
  return useMutation<Workstation, AppError, TInput>({
    mutationFn: fn,
    onSuccess: (workstation) => {
      client.setQueryData(keys.workstation, workstation);
      void client.invalidateQueries({ queryKey: keys.stats });
      // Duty shows community names; an archived community's rules stop.
      void client.invalidateQueries({ queryKey: keys.dutyAll });
    },
  });
}

export function useUpdateWorkstation() {
  return useWorkstationChange(api.updateWorkstation);
}

export function useAddCommunity() {
  return useWorkstationChange(api.addCommunity);
}

export function useArchiveCommunity() {
  return useWorkstationChange(api.archiveCommunity);
}

export function useSetLanguage() {
  const client = useQueryClient();
  return useMutation<Language, AppError, Language>({
    mutationFn: api.setLanguage,
    onSuccess: async (language) => {
      // Switch before the status changes: App waits on a status whose language
      // is not applied yet, which would otherwise unmount the screen in use.
      await applyLanguage(language);
      client.setQueryData<AppStatus>(keys.appStatus, (old) => (old ? { ...old, language } : old));
    },
  });
}

export function useOpenDataFolder() {
  return useMutation<void, AppError, void>({ mutationFn: () => api.openDataFolder() });
}

// The "2+N" grid roster.

/** Grids, people and gaps of the whole roster, for Today's card. */
export function useRosterCounts() {
  return useQuery<RosterCounts, AppError>({ queryKey: keys.rosterCounts, queryFn: api.getRosterCounts });
}

export function useRoster(query: RosterQuery, enabled = true) {
  return useQuery<Roster, AppError>({
    queryKey: keys.roster(query),
    queryFn: () => api.getRoster(query),
    enabled,
    // Typing in the search box must not blank the page between results.
    placeholderData: keepPreviousData,
  });
}

export function useRoles() {
  return useQuery<Role[], AppError>({ queryKey: keys.roles, queryFn: api.listRoles });
}

export function useSearchPeople(text: string, enabled = true) {
  return useQuery<Person[], AppError>({
    queryKey: keys.people(text),
    queryFn: () => api.searchPeople(text),
    enabled,
    placeholderData: keepPreviousData,
  });
}

export function usePerson(id: number | null) {
  return useQuery<PersonDetail, AppError>({
    queryKey: keys.person(id ?? 0),
    queryFn: () => api.getPerson(id as number),
    enabled: id !== null,
  });
}

/** A fetched image is kept; uploading a photo or map refreshes them all (see useRosterMutation). */
export function useImage(name: string | null) {
  return useQuery<string, AppError>({
    queryKey: keys.image(name ?? ""),
    queryFn: () => api.getImage(name as string),
    enabled: name !== null && name !== "",
    staleTime: Infinity,
  });
}

export function useBoard(communityId: number) {
  return useQuery<WallBoard, AppError>({ queryKey: keys.board(communityId), queryFn: () => api.getBoard(communityId) });
}

export function useBoardTexts() {
  return useQuery<BoardTexts, AppError>({ queryKey: keys.boardTexts, queryFn: api.getBoardTexts });
}

function refreshRoster(client: QueryClient, images = false) {
  return Promise.all([
    client.invalidateQueries({ queryKey: keys.rosterAll }),
    // Duty shows people's names and phones, and an archived person leaves the rotation.
    client.invalidateQueries({ queryKey: keys.dutyAll }),
    client.invalidateQueries({ queryKey: keys.stats }),
    images ? client.invalidateQueries({ queryKey: keys.images }) : null,
  ]);
}

/** Every roster write refreshes the roster, people, board and roles before it counts as done. */
function useRosterMutation<TData, TVars>(fn: (vars: TVars) => Promise<TData>, images = false) {
  const client = useQueryClient();
  return useMutation<TData, AppError, TVars>({
    mutationFn: fn,
    onSuccess: async () => {
      await refreshRoster(client, images);
    },
  });
}

type Edit<T> = { id: number; input: T };
type Upload = { id: number; image: ImageUpload | null };

export const useCreateGrid = () => useRosterMutation(api.createGrid);
export const useUpdateGrid = () => useRosterMutation(({ id, input }: Edit<GridInput>) => api.updateGrid(id, input));
export const useArchiveGrid = () => useRosterMutation(api.archiveGrid);
export const useSetGridMap = () => useRosterMutation(({ id, image }: Upload) => api.setGridMap(id, image), true);

export const useCreateRole = () => useRosterMutation(api.createRole);
export const useUpdateRole = () => useRosterMutation(({ id, input }: Edit<RoleInput>) => api.updateRole(id, input));
export const useArchiveRole = () => useRosterMutation(api.archiveRole);

export const useCreatePerson = () => useRosterMutation(api.createPerson);
export const useUpdatePerson = () =>
  useRosterMutation(({ id, input }: Edit<PersonInput>) => api.updatePerson(id, input));
export const useArchivePerson = () => useRosterMutation(api.archivePerson);
export const useSetPersonPhoto = () =>
  useRosterMutation(({ id, image }: Upload) => api.setPersonPhoto(id, image), true);

export const useCreateAssignment = () => useRosterMutation(api.createAssignment);
export const useUpdateAssignment = () =>
  useRosterMutation(({ id, input }: Edit<AssignmentInput>) => api.updateAssignment(id, input));
export const useArchiveAssignment = () => useRosterMutation(api.archiveAssignment);

export const useSetBoardTexts = () => useRosterMutation(api.setBoardTexts);

export function usePreviewRosterImport() {
  return useMutation<ImportPreview, AppError, string>({ mutationFn: api.previewRosterImport });
}

export const useApplyRosterImport = () => useRosterMutation(api.applyRosterImport);

export function useExportRoster() {
  return useMutation<number, AppError, string>({ mutationFn: api.exportRoster });
}

// The duty schedule (值班排班).

export function useDutyRules() {
  return useQuery<DutyRuleView[], AppError>({ queryKey: keys.dutyRules, queryFn: api.listDutyRules });
}

export function useDutySchedule(query: DutyScheduleQuery, enabled = true) {
  return useQuery<DutySchedule, AppError>({
    queryKey: keys.dutySchedule(query),
    queryFn: () => api.getDutySchedule(query),
    enabled,
    // Moving to the next week or month keeps the old one on screen until the new one is there.
    placeholderData: keepPreviousData,
  });
}

/** What a change would break, asked before saving; null while the form is incomplete. */
export function useDutyCheck(change: DutyChange | null) {
  return useQuery<ProblemView[], AppError>({
    queryKey: keys.dutyCheck(change as DutyChange),
    queryFn: () => api.checkDutyChange(change as DutyChange),
    enabled: change !== null,
    staleTime: 0,
  });
}

export function useDutyNow() {
  return useQuery<DutyNow, AppError>({
    queryKey: keys.dutyNow,
    queryFn: api.dutyNow,
    // The front desk leaves Today open all day: who is on duty now changes with the clock.
    refetchInterval: 60_000,
  });
}

export function useHolidays(year: number) {
  return useQuery<Holiday[], AppError>({ queryKey: keys.holidays(year), queryFn: () => api.listHolidays(year) });
}

/** Every duty write refreshes the whole computed schedule and the change count before it counts as done. */
function useDutyMutation<TData, TVars>(fn: (vars: TVars) => Promise<TData>) {
  const client = useQueryClient();
  return useMutation<TData, AppError, TVars>({
    mutationFn: fn,
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: keys.dutyAll }),
        client.invalidateQueries({ queryKey: keys.stats }),
        // The work log lists who was on duty and when they arrived.
        client.invalidateQueries({ queryKey: keys.deskAll }),
      ]);
    },
  });
}

export const useCreateDutyRule = () => useDutyMutation(api.createDutyRule);
export const useUpdateDutyRule = () =>
  useDutyMutation(({ id, input }: Edit<DutyRuleInput>) => api.updateDutyRule(id, input));
export const useArchiveDutyRule = () => useDutyMutation(api.archiveDutyRule);
export const useApplyDutyChange = () => useDutyMutation(api.applyDutyChange);
export const useArchiveDutyOverride = () => useDutyMutation(api.archiveDutyOverride);
export const useArchiveLeave = () => useDutyMutation(api.archiveLeave);
export const useMarkAttendance = () => useDutyMutation((input: Attendance) => api.markAttendance(input));
export const useSetHoliday = () => useDutyMutation(api.setHoliday);
export const useRemoveHoliday = () => useDutyMutation(api.removeHoliday);

type DutyExport = { path: string; from: string; to: string; personId: number | null };

export function useExportDuty() {
  return useMutation<number, AppError, DutyExport>({
    mutationFn: ({ path, from, to, personId }) => api.exportDuty(path, from, to, personId),
  });
}
