// The one place that talks to the Rust side. Components import these typed
// functions (or the hooks in ./queries) and never call `invoke` themselves.
import { invoke } from "@tauri-apps/api/core";
import { open as openDialog, save as saveDialog } from "@tauri-apps/plugin-dialog";
import type {
  AppError,
  AppStatus,
  Assignment,
  AuditCheck,
  AuditPage,
  AuditQuery,
  AssignmentInput,
  Attendance,
  BoardTexts,
  DutyChange,
  DutyNow,
  DutyRuleInput,
  DutyRuleView,
  DutySchedule,
  ErrorCode,
  FirstAdminInput,
  Grid,
  GridInput,
  Holiday,
  ImageUpload,
  ImportPreview,
  Language,
  Operator,
  OperatorInput,
  PasswordChange,
  Person,
  PersonDetail,
  ProblemView,
  PersonInput,
  Role,
  RoleInput,
  Roster,
  RosterCounts,
  RosterQuery,
  SignInInput,
  Stats,
  WallBoard,
  Workstation,
  WorkstationInput,
  WorkstationProfile,
} from "./bindings";

export type * from "./bindings";

const ERROR_CODES: readonly ErrorCode[] = [
  "VALIDATION",
  "NOT_FOUND",
  "CONFLICT",
  "DATA_DIR_NOT_WRITABLE",
  "DATABASE_CORRUPT",
  "DATABASE_TOO_NEW",
  "DATABASE_LOCKED",
  "DISK_FULL",
  "DISK_ERROR",
  "NOT_SET_UP",
  "FORBIDDEN",
  "INVALID_FILE",
  "INTERNAL",
  "NOT_SIGNED_IN",
  "SESSION_LOCKED",
  "BAD_CREDENTIALS",
  "TOO_MANY_ATTEMPTS",
];

export function isAppError(value: unknown): value is AppError {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.code === "string" &&
    (ERROR_CODES as readonly string[]).includes(v.code) &&
    typeof v.message === "string"
  );
}

/**
 * Whatever a command rejects with, the UI gets an AppError. The Rust side
 * rejects with one already; anything else (a plugin string, a thrown Error,
 * a missing bridge in a plain browser) becomes INTERNAL so no screen ever
 * has to render an unknown shape.
 */
export function toAppError(value: unknown): AppError {
  if (isAppError(value)) return value;
  let message: string;
  if (typeof value === "string") {
    message = value;
  } else if (value instanceof Error) {
    message = value.message;
  } else {
    try {
      message = JSON.stringify(value) ?? String(value);
    } catch {
      message = String(value);
    }
  }
  return { code: "INTERNAL", message };
}

export async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (err) {
    throw toAppError(err);
  }
}

export const appStatus = (): Promise<AppStatus> => call("app_status");
/** Tells the Rust side the first data is on screen (a no-op unless start-up is being timed). */
export const reportPainted = (): Promise<void> => call("report_painted");

// Operators, signing in and the audit trail. The session calls return the new status,
// so the screen can follow without asking again.

export const createFirstAdmin = (input: FirstAdminInput): Promise<AppStatus> => call("create_first_admin", { input });

/** `secret` is the password or the account's PIN. Refused with BAD_CREDENTIALS or TOO_MANY_ATTEMPTS. */
export const signIn = (input: SignInInput): Promise<AppStatus> => call("sign_in", { input });

export const signOut = (): Promise<AppStatus> => call("sign_out");

export const lockSession = (): Promise<AppStatus> => call("lock_session");

export const changeOwnPassword = (change: PasswordChange): Promise<null> => call("change_own_password", { change });

/** Minutes without input before the window locks (0: never, at most 480); returns the value kept. */
export const setIdleLock = (minutes: number): Promise<number> => call("set_idle_lock", { minutes });

export const listOperators = (): Promise<Operator[]> => call("list_operators");

export const createOperator = (input: OperatorInput): Promise<Operator> => call("create_operator", { input });

export const updateOperator = (id: number, input: OperatorInput): Promise<Operator> =>
  call("update_operator", { id, input });

/** Refused with CONFLICT for the last administrator or one's own account. */
export const archiveOperator = (id: number): Promise<null> => call("archive_operator", { id });

export const listAudit = (query: AuditQuery): Promise<AuditPage> => call("list_audit", { query });

export const verifyAudit = (): Promise<AuditCheck> => call("verify_audit");

export const createWorkstation = (input: WorkstationInput): Promise<Workstation> =>
  call("create_workstation", { input });

export const createDemoWorkstation = (): Promise<Workstation> => call("create_demo_workstation");

export const getWorkstation = (): Promise<Workstation> => call("get_workstation");

export const updateWorkstation = (input: WorkstationProfile): Promise<Workstation> =>
  call("update_workstation", { input });

export const addCommunity = (name: string): Promise<Workstation> => call("add_community", { name });

export const archiveCommunity = (id: number): Promise<Workstation> =>
  call("archive_community", { id });

export const setLanguage = (language: Language): Promise<Language> =>
  call("set_language", { language });

export const getStats = (): Promise<Stats> => call("get_stats");

export const openDataFolder = (): Promise<void> => call("open_data_folder");

// The "2+N" grid roster.

export const getRoster = (query: RosterQuery): Promise<Roster> => call("get_roster", { query });
export const getRosterCounts = (): Promise<RosterCounts> => call("get_roster_counts");

export const createGrid = (input: GridInput): Promise<Grid> => call("create_grid", { input });

export const updateGrid = (id: number, input: GridInput): Promise<Grid> => call("update_grid", { id, input });

/** Archives the grid and its assignments; their history stays. */
export const archiveGrid = (id: number): Promise<null> => call("archive_grid", { id });

export const setGridMap = (id: number, image: ImageUpload | null): Promise<Grid> =>
  call("set_grid_map", { id, image });

export const listRoles = (): Promise<Role[]> => call("list_roles");

export const createRole = (input: RoleInput): Promise<Role> => call("create_role", { input });

export const updateRole = (id: number, input: RoleInput): Promise<Role> => call("update_role", { id, input });

/** Refused with CONFLICT while anyone holds the role. */
export const archiveRole = (id: number): Promise<null> => call("archive_role", { id });

export const searchPeople = (text: string): Promise<Person[]> => call("search_people", { text });

export const getPerson = (id: number): Promise<PersonDetail> => call("get_person", { id });

export const createPerson = (input: PersonInput): Promise<Person> => call("create_person", { input });

export const updatePerson = (id: number, input: PersonInput): Promise<Person> =>
  call("update_person", { id, input });

/** Ends all of the person's assignments. */
export const archivePerson = (id: number): Promise<null> => call("archive_person", { id });

export const setPersonPhoto = (id: number, image: ImageUpload | null): Promise<Person> =>
  call("set_person_photo", { id, image });

export const createAssignment = (input: AssignmentInput): Promise<Assignment> =>
  call("create_assignment", { input });

export const updateAssignment = (id: number, input: AssignmentInput): Promise<Assignment> =>
  call("update_assignment", { id, input });

export const archiveAssignment = (id: number): Promise<null> => call("archive_assignment", { id });

/** A data: URL for a stored photo or map. */
export const getImage = (name: string): Promise<string> => call("get_image", { name });

export const getBoard = (communityId: number): Promise<WallBoard> => call("get_board", { communityId });

export const getBoardTexts = (): Promise<BoardTexts> => call("get_board_texts");

export const setBoardTexts = (texts: BoardTexts): Promise<BoardTexts> => call("set_board_texts", { texts });

export const previewRosterImport = (path: string): Promise<ImportPreview> => call("preview_roster_import", { path });

/** All or nothing: refused with INVALID_FILE if any row is rejected. */
export const applyRosterImport = (path: string): Promise<ImportPreview> => call("apply_roster_import", { path });

/** Returns the number of rows written; the format follows the extension (.xlsx or .csv). */
export const exportRoster = (path: string): Promise<number> => call("export_roster", { path });

// The duty schedule (值班排班). The schedule is computed from the rules, overrides, swaps and leave.

/** Dates are "YYYY-MM-DD", both ends included; null filters mean everyone, everywhere. */
export type DutyScheduleQuery = { from: string; to: string; communityId: number | null; personId: number | null };

export const listDutyRules = (): Promise<DutyRuleView[]> => call("list_duty_rules");

export const createDutyRule = (input: DutyRuleInput): Promise<DutyRuleView> => call("create_duty_rule", { input });

export const updateDutyRule = (id: number, input: DutyRuleInput): Promise<DutyRuleView> =>
  call("update_duty_rule", { id, input });

/** The rule stops producing shifts; past duty days and their attendance stay. */
export const archiveDutyRule = (id: number): Promise<null> => call("archive_duty_rule", { id });

export const getDutySchedule = (query: DutyScheduleQuery): Promise<DutySchedule> => call("get_duty_schedule", { ...query });

/** The problems the change would add. Nothing is saved. */
export const checkDutyChange = (change: DutyChange): Promise<ProblemView[]> => call("check_duty_change", { change });

export const applyDutyChange = (change: DutyChange): Promise<null> => call("apply_duty_change", { change });

/** Undoes an override (a swap is two); the record stays in the history. */
export const archiveDutyOverride = (id: number): Promise<null> => call("archive_duty_override", { id });

export const archiveLeave = (id: number): Promise<null> => call("archive_leave", { id });

export const markAttendance = (input: Attendance): Promise<Attendance> => call("mark_attendance", { input });

export const listHolidays = (year: number): Promise<Holiday[]> => call("list_holidays", { year });

/** Adds or changes the day; returns that year's list. */
export const setHoliday = (holiday: Holiday): Promise<Holiday[]> => call("set_holiday", { holiday });

export const removeHoliday = (date: string): Promise<null> => call("remove_holiday", { date });

/** Returns the number of shifts written; the format follows the extension (.ics, .xlsx or .csv). */
export const exportDuty = (path: string, from: string, to: string, personId: number | null): Promise<number> =>
  call("export_duty", { path, from, to, personId });

export const dutyNow = (): Promise<DutyNow> => call("duty_now");

// File dialogs (the dialog plugin). null when the user cancels.

const SHEET_EXTENSIONS = ["xlsx", "csv"];

async function dialog<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    throw toAppError(err);
  }
}

export const chooseSheetToOpen = (filterName: string): Promise<string | null> =>
  dialog(() => openDialog({ multiple: false, directory: false, filters: [{ name: filterName, extensions: SHEET_EXTENSIONS }] }));

export const chooseSheetToSave = (defaultPath: string, filterName: string): Promise<string | null> =>
  dialog(() => saveDialog({ defaultPath, filters: [{ name: filterName, extensions: SHEET_EXTENSIONS }] }));

/** A folder (the backups' second folder); `defaultPath` opens the dialog there when it is set. */
export const chooseFolder = (defaultPath?: string): Promise<string | null> =>
  dialog(() => openDialog({ directory: true, multiple: false, defaultPath: defaultPath || undefined }));

/** The duty export's formats, the spreadsheet first: most desks open it in Excel or WPS. */
export type DutyExportFilterNames = { xlsx: string; ics: string; csv: string };

export const chooseDutyExportPath = (defaultPath: string, names: DutyExportFilterNames): Promise<string | null> =>
  dialog(() =>
    saveDialog({
      defaultPath,
      filters: [
        { name: names.xlsx, extensions: ["xlsx"] },
        { name: names.ics, extensions: ["ics"] },
        { name: names.csv, extensions: ["csv"] },
      ],
    }),
  );
