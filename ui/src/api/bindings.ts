// Generated from the Rust types in src-tauri/core by `make bindings`. Do not edit.

export type ErrorCode = "VALIDATION" | "NOT_FOUND" | "CONFLICT" | "DATA_DIR_NOT_WRITABLE" | "DATABASE_CORRUPT" | "DATABASE_TOO_NEW" | "DATABASE_LOCKED" | "DISK_FULL" | "DISK_ERROR" | "NOT_SET_UP" | "FORBIDDEN" | "INVALID_FILE" | "INTERNAL" | "NOT_SIGNED_IN" | "SESSION_LOCKED" | "BAD_CREDENTIALS" | "TOO_MANY_ATTEMPTS";

export type Reason = "required" | "too_long" | "invalid" | "duplicate";

export type AppError = { code: ErrorCode, 
/**
 * English, for logs and the CLI; the UI shows its own translation of `code`.
 */
message: string, field?: string, reason?: Reason, };

export type Language = "zh-CN" | "en-US";

export type StartupState = "ready" | "needs_admin" | "needs_setup" | "failed";

export type OperatorRole = "admin" | "desk" | "officer" | "property_manager" | "viewer";

export type Perm = "public" | "signed" | "admin" | "roster_view" | "roster_edit" | "duty_view" | "duty_edit" | "duty_attend" | "personal_data" | "case_view" | "case_intake" | "case_work" | "visit_view" | "visit_log" | "worklog_sign" | "meeting_view" | "meeting_run" | "action_done";

export type Operator = { id: number, login: string, displayName: string, role: OperatorRole, hasPin: boolean, personId: number | null, 
/**
 * Communities the operator is limited to; empty: the whole workstation.
 */
communityIds: Array<number>, archived: boolean, createdAt: string, };

export type SessionInfo = { operator: Operator, perms: Array<Perm>, locked: boolean, };

export type AppStatus = { state: StartupState, error: AppError | null, dataDir: string, dbPath: string, version: string, language: Language, 
/**
 * The signed-in operator, if any (also while locked, so the lock screen can name them).
 */
session: SessionInfo | null, 
/**
 * Minutes without input before the window locks itself; 0: never.
 */
idleLockMinutes: number, 
/**
 * A demo workstation: the login screen shows its accounts.
 */
isDemo: boolean, };

export type OperatorInput = { login: string, displayName: string, role: OperatorRole | null, 
/**
 * Required when creating; on update, a new password resets it and empty keeps it.
 */
password: string, 
/**
 * `None` keeps the PIN, empty removes it, 4–6 digits set it.
 */
pin: string | null, personId: number | null, communityIds: Array<number>, };

export type FirstAdminInput = { login: string, displayName: string, password: string, };

export type SignInInput = { login: string, 
/**
 * The password, or the account's PIN for a quick switch at the desk.
 */
secret: string, };

export type PasswordChange = { current: string, newPassword: string, };

export type AuditArea = "access" | "workstation" | "roster" | "duty";

export type AuditQuery = { 
/**
 * Exact actor (an operator's login, or `os:user` for the command line).
 */
actor: string | null, area: AuditArea | null, 
/**
 * Dates, `YYYY-MM-DD`, both ends included.
 */
from: string | null, to: string | null, page: number, pageSize: number, };

export type AuditRecord = { id: number, at: string, actor: string, action: string, entity: string, entityId: string | null, area: AuditArea, beforeJson: string | null, afterJson: string | null, };

export type AuditPage = { records: Array<AuditRecord>, total: number, 
/**
 * Everyone who appears in the trail, for the filter.
 */
actors: Array<string>, };

export type AuditCheck = { ok: boolean, 
/**
 * Records checked.
 */
records: number, 
/**
 * The first record that is not what the chain says it should be.
 */
firstBroken: number | null, 
/**
 * English, for the CLI and logs: what is wrong at `first_broken`.
 */
problem: string | null, };

export type Limit = { "unit": "hours", "value": number } | { "unit": "days", "value": number };

export type Light = "green" | "yellow" | "red";

export type Category = { id: number, parentId: number | null, code: string, name: string, limit: Limit | null, filingCriteria: string, closingCriteria: string, archived: boolean, };

export type CategoryInput = { parentId: number | null, code: string, name: string, 
/**
 * Required for a second-level category (one with a parent).
 */
limit: Limit | null, filingCriteria: string, closingCriteria: string, };

export type CaseStatus = "registered" | "assigned" | "persuading" | "rectified" | "parked" | "closed" | "not_accepted" | "referred" | "duplicate" | "void";

export type Step = "register" | "assign" | "persuade" | "report_rectified" | "recheck_pass" | "recheck_fail" | "follow_up" | "not_accept" | "refer" | "mark_duplicate" | "void" | "park" | "resume" | "extend" | "reopen" | "note";

export type CaseSource = "desk" | "phone" | "patrol" | "grid_worker" | "hotline" | "meeting";

export type Urgency = "normal" | "urgent" | "very_urgent";

export type Satisfaction = "satisfied" | "basically" | "dissatisfied";

export type CaseInput = { source: CaseSource, categoryId: number, communityId: number, gridId: number | null, address: string, title: string, description: string, reporterName: string, reporterPhone: string, anonymous: boolean, 
/**
 * '', resident, shop, property, unit.
 */
respondentKind: string, respondentName: string, urgency: Urgency, 
/**
 * When it was seen or reported (RFC 3339 or `YYYY-MM-DD HH:MM`); empty: now.
 */
reportedAt: string, photos: Array<ImageUpload>, };

export type StepInput = { caseId: number, step: Step, note: string, assigneeId: number | null, responsibleParty: string | null, 
/**
 * Persuade: the promised rectification date, `YYYY-MM-DD`.
 */
promisedDate: string | null, 
/**
 * Extend: the new deadline's date, `YYYY-MM-DD` (due at the end of that working day).
 */
newDueDate: string | null, referredTo: string | null, duplicateOf: number | null, satisfaction: Satisfaction | null, photos: Array<ImageUpload>, 
/**
 * Documents (PDF, Word, Excel, text) attached to this step.
 */
documents: Array<ImageUpload>, };

export type Case = { id: number, number: string, source: CaseSource, categoryId: number, categoryName: string, communityId: number, communityName: string, gridId: number | null, gridName: string | null, address: string, title: string, description: string, 
/**
 * Masked (张**, 138****5678) for roles without access to personal data.
 */
reporterName: string, reporterPhone: string, anonymous: boolean, respondentKind: string, respondentName: string, urgency: Urgency, status: CaseStatus, assigneeId: number | null, assigneeName: string | null, responsibleParty: string, reportedAt: string, registeredAt: string, dueAt: string, 
/**
 * None for a case that is no longer open.
 */
light: Light | null, parkedAt: string | null, extensions: number, reworks: number, reopens: number, closedAt: string | null, duplicateOf: number | null, referredTo: string, satisfaction: Satisfaction | null, };

export type CaseDocument = { file: string, name: string, };

export type CaseEvent = { id: number, at: string, actor: string, step: Step, fromStatus: CaseStatus | null, toStatus: CaseStatus, note: string, promisedDate: string | null, 
/**
 * Attachment file names of this step (photos), for `get_case_photo`.
 */
photos: Array<string>, documents: Array<CaseDocument>, };

export type CaseLink = { id: number, number: string, title: string, status: CaseStatus, };

export type CaseDetail = { case: Case, timeline: Array<CaseEvent>, 
/**
 * Cases marked as duplicates of this one (the other side of `duplicateOf`).
 */
duplicates: Array<CaseLink>, 
/**
 * The steps the workflow allows now, for the buttons.
 */
nextSteps: Array<Step>, 
/**
 * The estate (小区) the case concerns, so its coordination meeting can pull it in.
 */
estateId: number | null, estateName: string | null, };

export type Contact = { reporterName: string, reporterPhone: string, };

export type CaseSort = "newest" | "oldest" | "due" | "updated";

export type CaseQuery = { text: string, statuses: Array<CaseStatus>, 
/**
 * A first-level category includes its children.
 */
categoryId: number | null, communityId: number | null, gridId: number | null, assigneeId: number | null, source: CaseSource | null, light: Light | null, 
/**
 * Registration dates, `YYYY-MM-DD`, both included.
 */
from: string | null, to: string | null, 
/**
 * Open cases due on this day, `YYYY-MM-DD` (Today's "due today").
 */
dueOn?: string, sort: CaseSort, page: number, pageSize: number, };

export type CasePage = { cases: Array<Case>, 
/**
 * Matching cases, up to `COUNT_CAP`; `capped` says there are more.
 */
total: number, capped: boolean, };

export type Community = { id: number, name: string, code: string | null, archived: boolean, };

export type Workstation = { name: string, street: string, district: string, address: string, phone: string, isDemo: boolean, 
/**
 * Live communities first (in their order), then archived ones.
 */
communities: Array<Community>, createdAt: string, updatedAt: string, };

export type WorkstationInput = { name: string, street: string, district: string, address: string, phone: string, communities: Array<string>, };

export type WorkstationProfile = { name: string, street: string, district: string, address: string, phone: string, };

export type Stats = { schemaVersion: number, communities: number, grids: number, people: number, assignments: number, changes: number, sizeBytes: number, };

export type Grid = { id: number, communityId: number, name: string, code: string, area: string, mapImage: string | null, archived: boolean, };

export type GridInput = { communityId: number, name: string, code: string, area: string, };

export type Role = { id: number, name: string, isCore: boolean, archived: boolean, };

export type RoleInput = { name: string, isCore: boolean, };

export type Person = { id: number, name: string, organisation: string, party: string, phone: string, photo: string | null, notes: string, archived: boolean, };

export type PersonInput = { name: string, organisation: string, party: string, phone: string, notes: string, };

export type Assignment = { id: number, gridId: number, personId: number, roleId: number, startDate: string, endDate: string | null, duties: string, archived: boolean, };

export type AssignmentInput = { gridId: number, personId: number, roleId: number, 
/**
 * `YYYY-MM-DD`.
 */
startDate: string, 
/**
 * `YYYY-MM-DD`, inclusive; none while the term is open.
 */
endDate: string | null, duties: string, };

export type RosterQuery = { communityId: number | null, 
/**
 * Part of a name, phone or organisation (Chinese or not); empty for all.
 */
text: string, roleId: number | null, 
/**
 * Exact party (城管, 物业...); empty for all.
 */
party: string, };

export type RosterMember = { assignmentId: number, personId: number, name: string, organisation: string, party: string, phone: string, photo: string | null, roleId: number, roleName: string, isCore: boolean, startDate: string, endDate: string | null, duties: string, 
/**
 * The term ended before today.
 */
ended: boolean, };

export type GapKind = "missing_core_role" | "term_ended" | "no_phone";

export type Gap = { kind: GapKind, role: string | null, person: string | null, };

export type GridRoster = { grid: Grid, core: Array<RosterMember>, forces: Array<RosterMember>, gaps: Array<Gap>, };

export type CommunityRoster = { communityId: number, communityName: string, grids: Array<GridRoster>, };

export type Roster = { communities: Array<CommunityRoster>, 
/**
 * Gaps in the shown grids.
 */
gapCount: number, 
/**
 * The live role dictionary, for filters and forms.
 */
roles: Array<Role>, 
/**
 * Every party in use, for the filter.
 */
parties: Array<string>, };

export type RosterCounts = { 
/**
 * Live grids of live communities.
 */
grids: number, 
/**
 * People on them, each counted once however many grids or roles they hold.
 */
members: number, 
/**
 * As the roster counts gaps: a live core role nobody holds in a grid, an ended term, a
 * member without a phone.
 */
gaps: number, };

export type PersonAssignment = { assignment: Assignment, gridName: string, communityName: string, roleName: string, };

export type PersonDetail = { person: Person, 
/**
 * Every assignment, current and past, newest first: the person's history.
 */
assignments: Array<PersonAssignment>, };

export type ImageUpload = { fileName: string, 
/**
 * The file's bytes, base64 (standard alphabet, no data: prefix).
 */
dataBase64: string, };

export type BoardTexts = { responsibilities: string, process: string, promise: string, };

export type WallBoard = { workstation: Workstation, community: CommunityRoster, texts: BoardTexts, };

export type RejectReason = "missing_community" | "unknown_community" | "missing_grid" | "missing_name" | "missing_role" | "unknown_role" | "bad_start_date" | "bad_end_date" | "bad_phone" | "end_before_start" | "duplicate_row" | "invalid";

export type ImportRow = { row: number, community: string, grid: string, name: string, role: string, 
/**
 * What changes for a changed row: field names (phone, organisation, endDate, newGrid...).
 */
changes: Array<string>, };

export type ImportRejected = { row: number, reason: RejectReason, 
/**
 * The offending value, as read.
 */
value: string, };

export type ImportPreview = { added: Array<ImportRow>, changed: Array<ImportRow>, unchanged: number, rejected: Array<ImportRejected>, 
/**
 * Required columns the file lacks (community, grid, name, role): nothing can be imported.
 */
missingColumns: Array<string>, 
/**
 * True once the rows were written.
 */
applied: boolean, };

export type Rule = { id: number, 
/**
 * `None`: the whole workstation.
 */
communityId: number | null, 
/**
 * ISO weekdays, 1 = Monday .. 7 = Sunday; `[3, 7]` is Wednesday and Sunday.
 */
weekdays: Array<number>, startTime: string, 
/**
 * Same day, after `start_time`.
 */
endTime: string, 
/**
 * How many officers each duty day.
 */
perSlot: number, 
/**
 * Person ids in rotation order.
 */
members: Array<number>, 
/**
 * Rotation position 0 is the first duty day on or after this date.
 */
startDate: string, 
/**
 * Inclusive.
 */
endDate: string | null, skipHolidays: boolean, };

export type OverrideKind = "add" | "remove" | "replace";

export type Override = { id: number, kind: OverrideKind, date: string, 
/**
 * The rule whose shift it changes; `None` for an ad-hoc duty.
 */
ruleId: number | null, 
/**
 * Ad-hoc duties only, like the times.
 */
communityId: number | null, startTime: string, endTime: string, 
/**
 * Add: who is added; Remove: who is taken off; Replace: who is replaced.
 */
personId: number, 
/**
 * Replace: who takes over.
 */
replacementId: number | null, };

export type Leave = { id: number, personId: number, from: string, to: string, };

export type DayKind = "holiday" | "workday";

export type Holiday = { date: string, kind: DayKind, name: string, };

export type Source = "rotation" | "covering" | "added" | "replacing";

export type Problem = { "kind": "gap", date: string, ruleId: number | null, communityId: number | null, needed: number, have: number, } | { "kind": "double_booked", date: string, personId: number, shifts: Array<[number | null, string]>, } | { "kind": "on_leave", date: string, personId: number, ruleId: number | null, } | { "kind": "override_unused", overrideId: number, date: string, };

export type DutyRuleInput = { communityId: number | null, name: string, weekdays: Array<number>, startTime: string, endTime: string, perSlot: number, members: Array<number>, startDate: string, endDate: string | null, skipHolidays: boolean, };

export type DutyRuleView = { rule: Rule, name: string, communityName: string | null, memberNames: Array<string>, archived: boolean, };

export type OverrideInput = { kind: OverrideKind, date: string, ruleId: number | null, communityId: number | null, startTime: string, endTime: string, personId: number, replacementId: number | null, reason: string, };

export type SwapInput = { ruleIdA: number, dateA: string, personA: number, ruleIdB: number, dateB: string, personB: number, reason: string, };

export type LeaveInput = { personId: number, from: string, to: string, reason: string, };

export type DutyChange = { "type": "override", "input": OverrideInput } | { "type": "swap", "input": SwapInput } | { "type": "leave", "input": LeaveInput };

export type Attendance = { date: string, ruleId: number | null, personId: number, arrivedAt: string | null, leftAt: string | null, noShow: boolean, reason: string, };

export type DutyPerson = { personId: number, name: string, phone: string, source: Source, coversName: string | null, attendance: Attendance | null, };

export type ShiftView = { date: string, ruleId: number | null, ruleName: string | null, communityId: number | null, communityName: string | null, startTime: string, endTime: string, needed: number, holiday: string | null, people: Array<DutyPerson>, };

export type ProblemView = { problem: Problem, personName: string | null, ruleName: string | null, };

export type BalanceView = { personId: number, name: string, count: number, present: number, noShows: number, };

export type LeaveView = { leave: Leave, name: string, reason: string, };

export type OverrideView = { override: Override, personName: string, replacementName: string | null, reason: string, createdBy: string, createdAt: string, };

export type DutySchedule = { from: string, to: string, shifts: Array<ShiftView>, problems: Array<ProblemView>, balance: Array<BalanceView>, spread: number, leaves: Array<LeaveView>, overrides: Array<OverrideView>, };

export type DutyNow = { today: Array<ShiftView>, now: Array<ShiftView>, next: ShiftView | null, };

export type Handling = "on_spot" | "passed_on" | "on_behalf" | "told_path" | "explained";

export type VisitChannel = "walk_in" | "phone";

export type VisitInput = { channel: VisitChannel, 
/**
 * `YYYY-MM-DD HH:MM` or RFC 3339; empty: now. Never in the future.
 */
visitedAt: string, visitorName: string, visitorPhone: string, communityId: number | null, 
/**
 * What it was about.
 */
topic: string, handling: Handling, outcome: string, };

export type Visit = { id: number, channel: VisitChannel, visitedAt: string, 
/**
 * Masked (张**, 138****5678); the full contact is an audited reveal.
 */
visitorName: string, visitorPhone: string, communityId: number | null, communityName: string | null, topic: string, handling: Handling, outcome: string, caseId: number | null, caseNumber: string | null, recordedBy: string, archived: boolean, archiveReason: string, };

export type VisitQuery = { text: string, handling: Handling | null, communityId: number | null, 
/**
 * Visit dates, `YYYY-MM-DD`, both included.
 */
from: string | null, to: string | null, includeArchived: boolean, page: number, pageSize: number, };

export type VisitPage = { visits: Array<Visit>, 
/**
 * Matching visits, up to `cases::list::COUNT_CAP`; `capped` says there are more.
 */
total: number, capped: boolean, };

export type VisitContact = { visitorName: string, visitorPhone: string, };

export type TodayBoard = { date: string, dueToday: Array<Case>, dueTodayCount: number, yellow: Array<Case>, yellowCount: number, red: Array<Case>, redCount: number, newest: Array<Case>, 
/**
 * Empty for roles that may not read visits.
 */
visits: Array<Visit>, visitCount: number, };

export type HandlingCount = { handling: Handling, count: number, };

export type DutyLine = { name: string, shift: string, startTime: string, endTime: string, 
/**
 * `HH:MM`, when marked.
 */
arrivedAt: string | null, 
/**
 * Arrived after the duty's start.
 */
late: boolean, noShow: boolean, };

export type DaySummary = { day: string, visits: number, byHandling: Array<HandlingCount>, visitsToCases: number, casesOpened: number, casesClosed: number, rechecksPassed: number, rechecksFailed: number, 
/**
 * Open cases past their deadline at the end of the day (or now, for today).
 */
overdue: number, duty: Array<DutyLine>, };

export type Worklog = { day: string, summary: DaySummary, text: string, 
/**
 * False for a draft the app made that nobody has saved yet.
 */
saved: boolean, updatedBy: string | null, updatedAt: string | null, signedBy: string | null, signedAt: string | null, };

export type WorklogInput = { 
/**
 * `YYYY-MM-DD`, not in the future.
 */
day: string, text: string, };

export type ReminderSettings = { caseRed: boolean, missingArrival: boolean, };

export type SavedFilter = { id: number, area: string, name: string, 
/**
 * JSON object, as saved.
 */
filters: string, };

export type BackupKind = "auto" | "manual" | "before_migration" | "before_restore" | "other";

export type BackupLocation = "data_folder" | "second_folder";

export type BackupInfo = { path: string, fileName: string, kind: BackupKind, location: BackupLocation, 
/**
 * When the file was written (its modification time), local time with offset.
 */
writtenAt: string, sizeBytes: number, 
/**
 * Why this file cannot be restored, if it cannot (not ours, unreadable, too new).
 * The full integrity check runs at restore time.
 */
problem: AppError | null, schemaVersion: number, workstation: string, cases: number, visits: number, people: number, };

export type BackupDone = { backup: BackupInfo, secondError: AppError | null, };

export type BackupSettings = { 
/**
 * Days of automatic backups kept (1–365).
 */
keepDays: number, 
/**
 * A second folder every backup is also copied to (a USB drive, a share); empty: none.
 */
secondDir: string, };

export type RestoreOutcome = { 
/**
 * What was restored (date, counts).
 */
restored: BackupInfo, 
/**
 * Where the replaced database was kept, if there was one.
 */
kept: string | null, };

export type PartyKind = "property_company" | "owners_committee" | "residents_committee" | "other";

export type Side = "urban" | "residents_committee" | "owners_committee" | "property_company" | "other";

export type MeetingKind = "monthly" | "onsite";

export type OutcomeKind = "info" | "decision" | "action";

export type Party = { id: number, kind: PartyKind, name: string, communityId: number | null, contactName: string, contactPhone: string, archived: boolean, };

export type PartyInput = { kind: PartyKind | null, name: string, communityId: number | null, contactName: string, contactPhone: string, };

export type Estate = { id: number, name: string, communityId: number, communityName: string, address: string, propertyPartyId: number | null, propertyPartyName: string | null, ownersPartyId: number | null, ownersPartyName: string | null, archived: boolean, };

export type EstateInput = { name: string, communityId: number, address: string, propertyPartyId: number | null, ownersPartyId: number | null, };

export type MeetingInput = { kind: MeetingKind, title: string, 
/**
 * `YYYY-MM-DD HH:MM` or RFC 3339.
 */
heldAt: string, place: string, communityId: number, estateId: number | null, chair: string, recorder: string, };

export type Meeting = { id: number, kind: MeetingKind, title: string, heldAt: string, place: string, communityId: number, communityName: string, estateId: number | null, estateName: string | null, chair: string, recorder: string, closedAt: string | null, closedBy: string | null, openActions: number, };

export type AttendeeInput = { meetingId: number, side: Side, partyId: number | null, name: string, title: string, };

export type Attendee = { id: number, side: Side, partyId: number | null, partyName: string | null, name: string, title: string, };

export type ItemInput = { meetingId: number, title: string, caseId: number | null, };

export type PullCasesInput = { meetingId: number, estateId: number | null, 
/**
 * Open statuses only; empty: any open status (when an estate is given).
 */
statuses: Array<CaseStatus>, caseIds: Array<number>, };

export type AgendaItem = { id: number, position: number, title: string, caseId: number | null, caseNumber: string | null, caseStatus: string | null, carriedFrom: number | null, notes: string, outcomes: Array<Outcome>, };

export type OutcomeInput = { meetingId: number, itemId: number | null, kind: OutcomeKind, text: string, 
/**
 * Action items: the party that does it, and/or a person's name.
 */
ownerPartyId: number | null, ownerName: string, 
/**
 * Action items: `YYYY-MM-DD`.
 */
dueOn: string | null, 
/**
 * Action items on an item with a case: assign the case to the owner party (or note it)
 * and move its deadline out to the due day when that is later.
 */
updateCase: boolean, 
/**
 * Action items on an item without a case: open a new case of this category for the
 * action (source: meeting), assigned to the owner with the due day as its deadline.
 */
newCaseCategoryId: number | null, };

export type Outcome = { id: number, meetingId: number, itemId: number | null, kind: OutcomeKind, text: string, ownerPartyId: number | null, ownerPartyName: string | null, ownerName: string, dueOn: string | null, caseId: number | null, caseNumber: string | null, amendment: boolean, doneAt: string | null, doneBy: string | null, doneNote: string, createdAt: string, createdBy: string, 
/**
 * Open and past its due day.
 */
overdue: boolean, };

export type MeetingDetail = { meeting: Meeting, attendees: Array<Attendee>, items: Array<AgendaItem>, 
/**
 * Outcomes not tied to an agenda item (amendments to the whole meeting among them).
 */
general: Array<Outcome>, };

export type ActionQuery = { 
/**
 * Open ones only (the default view), or done ones too.
 */
includeDone: boolean, ownerPartyId: number | null, communityId: number | null, };

export type SavedFilterInput = { area: string, name: string, filters: string, };
