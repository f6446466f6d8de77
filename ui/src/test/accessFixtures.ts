// Operators and start-up statuses shaped as the backend sends them, for component tests.
import type { AppStatus, Operator, OperatorRole, Perm } from "../api/bindings";

/** The core's permission matrix (access/roles.rs), for statuses the tests make up. */
export function permsOf(role: OperatorRole): Perm[] {
  const perms: Perm[] = ["public", "signed"];
  if (role === "admin") perms.push("admin", "roster_edit", "duty_edit");
  if (role !== "property_manager") perms.push("roster_view", "duty_view");
  if (role === "admin" || role === "desk" || role === "officer")
    perms.push("duty_attend", "personal_data", "case_intake", "case_work", "visit_view", "visit_log");
  if (role === "admin" || role === "desk") perms.push("worklog_sign");
  perms.push("case_view", "meeting_view");
  if (role === "admin" || role === "desk" || role === "officer") perms.push("meeting_run");
  if (role !== "viewer") perms.push("action_done");
  return perms;
}

export const operator = (role: OperatorRole = "admin", over: Partial<Operator> = {}): Operator => ({
  id: 1,
  login: "limei",
  displayName: "李梅",
  role,
  hasPin: false,
  personId: null,
  communityIds: [],
  archived: false,
  createdAt: "2026-11-27T16:40:00+08:00",
  ...over,
});

/** A ready workstation with `role` signed in; `over` changes anything, the session included. */
export const signedIn = (role: OperatorRole = "admin", over: Partial<AppStatus> = {}): AppStatus => ({
  state: "ready",
  error: null,
  dataDir: "/home/desk/.local/share/community-workstation",
  dbPath: "/home/desk/.local/share/community-workstation/workstation.db",
  version: "0.1.0",
  language: "zh-CN",
  session: { operator: operator(role), perms: permsOf(role), locked: false },
  idleLockMinutes: 10,
  isDemo: false,
  ...over,
});
