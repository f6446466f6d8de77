// The front desk's commands: Today, the visit log (接待记录) and the work log (工作日志). Kept
// apart from ./index like ./cases; they go through the same `call`, so errors arrive as AppError.
import { call } from "./index";
import type {
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

/** The start screen's short lists with their full counts; visits are empty for roles that may not read them. */
export const todayBoard = (): Promise<TodayBoard> => call("today_board");

export const listVisits = (query: VisitQuery): Promise<VisitPage> => call("list_visits", { query });

export const getVisit = (id: number): Promise<Visit> => call("get_visit", { id });

/** Returns the new visit's id. */
export const createVisit = (input: VisitInput): Promise<number> => call("create_visit", { input });

/** The visit stays readable with its reason; `reason` is required. */
export const archiveVisit = (id: number, reason: string): Promise<null> => call("archive_visit", { id, reason });

/**
 * Returns the new case's id. With the reporter left empty (and not anonymous) the core carries
 * the visitor over in full; the window only ever holds the masked contact. CONFLICT when the
 * visit already became a case.
 */
export const caseFromVisit = (visitId: number, input: CaseInput): Promise<number> =>
  call("case_from_visit", { visitId, input });

/** The visitor in full; the backend records who asked. */
export const revealVisitContact = (id: number): Promise<VisitContact> => call("reveal_visit_contact", { id });

/** Returns the number of visits written; the format follows the extension (.xlsx or .csv). */
export const exportVisits = (path: string, from: string, to: string, fullContacts: boolean): Promise<number> =>
  call("export_visits", { path, from, to, fullContacts });

/** `day` is "YYYY-MM-DD"; an unsaved day comes back with `saved` false and no text. */
export const getWorklog = (day: string): Promise<Worklog> => call("get_worklog", { day });

export const saveWorklog = (input: WorklogInput): Promise<Worklog> => call("save_worklog", { input });

/** Freezes the day; CONFLICT when it is signed already. */
export const signWorklog = (input: WorklogInput): Promise<Worklog> => call("sign_worklog", { input });

/** Returns the number of days written; the format follows the extension (.xlsx or .csv). */
export const exportWorklog = (path: string, from: string, to: string): Promise<number> =>
  call("export_worklog", { path, from, to });

/** Which desktop reminders are on (both, until an administrator turns one off). */
export const getReminders = (): Promise<ReminderSettings> => call("get_reminders");

export const setReminders = (input: ReminderSettings): Promise<ReminderSettings> => call("set_reminders", { input });
