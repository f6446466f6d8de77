// Generated from the Rust types in src-tauri/core by `make bindings`. Do not edit.

export type ErrorCode = "VALIDATION" | "NOT_FOUND" | "CONFLICT" | "DATA_DIR_NOT_WRITABLE" | "DATABASE_CORRUPT" | "DATABASE_TOO_NEW" | "DATABASE_LOCKED" | "DISK_FULL" | "NOT_SET_UP" | "FORBIDDEN" | "INVALID_FILE" | "INTERNAL";

export type Reason = "required" | "too_long" | "invalid" | "duplicate";

export type AppError = { code: ErrorCode, 
/**
 * English, for logs and the CLI; the UI shows its own translation of `code`.
 */
message: string, field?: string, reason?: Reason, };

export type Language = "zh-CN" | "en-US";

export type StartupState = "ready" | "needs_setup" | "failed";

export type AppStatus = { state: StartupState, error: AppError | null, dataDir: string, dbPath: string, version: string, language: Language, operator: string, };

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
