import type { TFunction } from "i18next";
import type { AppError, ErrorCode } from "../api/bindings";

const KNOWN_CODES: readonly ErrorCode[] = [
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

const FIELDS = ["name", "street", "district", "address", "phone", "communities", "community", "language"] as const;
type Field = (typeof FIELDS)[number];

/** Which record a form edits: the server names every record's own name "name". */
export type FieldScope =
  | "workstation"
  | "grid"
  | "person"
  | "role"
  | "assignment"
  | "board"
  | "duty"
  | "holiday"
  | "operator";

/** Operator accounts and one's own password: the first administrator's form uses them too. */
const OPERATOR_FIELDS = [
  "login",
  "displayName",
  "role",
  "password",
  "pin",
  "personId",
  "communityIds",
  "current",
  "newPassword",
] as const;
type OperatorField = (typeof OPERATOR_FIELDS)[number];

/** Account rules a user cannot guess from the field name alone (8 characters, 4–6 digits...). */
const OPERATOR_SPECIAL = [
  "login_invalid",
  "login_duplicate",
  "password_invalid",
  "newPassword_invalid",
  "pin_invalid",
  "communityIds_required",
  "communityIds_invalid",
  "personId_invalid",
  "current_invalid",
  "role_required",
] as const;
type OperatorSpecial = (typeof OPERATOR_SPECIAL)[number];

function operatorText(err: AppError, t: TFunction): string | null {
  if (!err.field || !err.reason) return null;
  const base = fieldBase(err.field);
  const special = `${base}_${err.reason}`;
  if ((OPERATOR_SPECIAL as readonly string[]).includes(special)) return t(`operatorValidation.${special as OperatorSpecial}`);
  if ((OPERATOR_FIELDS as readonly string[]).includes(base)) {
    return t(`validation.${err.reason}`, { field: t(`operatorFields.${base as OperatorField}`) });
  }
  return null;
}

const ROSTER_FIELDS = [
  "code",
  "area",
  "communityId",
  "organisation",
  "party",
  "phone",
  "notes",
  "startDate",
  "endDate",
  "duties",
  "personId",
  "gridId",
  "roleId",
  "image",
  "responsibilities",
  "process",
  "promise",
] as const;
type RosterField = (typeof ROSTER_FIELDS)[number];

const DUTY_FIELDS = [
  "communityId",
  "weekdays",
  "startTime",
  "endTime",
  "perSlot",
  "members",
  "startDate",
  "endDate",
  "skipHolidays",
  "kind",
  "date",
  "ruleId",
  "personId",
  "replacementId",
  "personB",
  "noShow",
  "from",
  "to",
  "reason",
  "arrivedAt",
  "leftAt",
  "holiday",
] as const;
type DutyField = (typeof DUTY_FIELDS)[number];

/** Duty's own sentences: they say what a valid value looks like (08:30, at least one weekday...). */
const DUTY_SPECIAL = [
  "name_required",
  "weekdays_required",
  "weekdays_invalid",
  "startTime_required",
  "startTime_invalid",
  "endTime_required",
  "endTime_invalid",
  "perSlot_invalid",
  "members_required",
  "members_invalid",
  "members_duplicate",
  "startDate_required",
  "startDate_invalid",
  "endDate_invalid",
  "date_required",
  "date_invalid",
  "ruleId_required",
  "ruleId_invalid",
  "personId_required",
  "personId_invalid",
  "personId_duplicate",
  "personB_invalid",
  "replacementId_required",
  "replacementId_invalid",
  "from_required",
  "from_invalid",
  "to_required",
  "to_invalid",
  "arrivedAt_invalid",
  "leftAt_invalid",
  "holiday_invalid",
  "holiday_duplicate",
] as const;
type DutySpecial = (typeof DUTY_SPECIAL)[number];

const isDuty = (scope: FieldScope) => scope === "duty" || scope === "holiday";

const NAME_LABEL = {
  grid: "rosterFields.gridName",
  person: "rosterFields.personName",
  role: "rosterFields.roleName",
} as const;

/** Field and reason pairs that deserve their own sentence rather than the general one. */
const SPECIAL = [
  "phone_invalid",
  "image_invalid",
  "image_too_long",
  "personId_duplicate",
  "personId_required",
  "roleId_required",
  "roleId_invalid",
  "gridId_required",
  "communityId_required",
  "startDate_required",
  "startDate_invalid",
  "endDate_invalid",
] as const;
type Special = (typeof SPECIAL)[number];

/**
 * The form field an error belongs to, without any index: the server may name
 * a list entry as "communities[1]" or "communities.1".
 */
export function fieldBase(field: string): string {
  return field.split(/[.[]/, 1)[0] ?? field;
}

function fieldLabel(field: string, t: TFunction, scope: FieldScope): string | null {
  const base = fieldBase(field);
  if (isDuty(scope)) {
    if (base === "name") return t(scope === "holiday" ? "dutyFields.holidayName" : "dutyFields.name");
    if ((DUTY_FIELDS as readonly string[]).includes(base)) return t(`dutyFields.${base as DutyField}`);
    return null;
  }
  if (scope !== "workstation") {
    if (base === "name") return scope in NAME_LABEL ? t(NAME_LABEL[scope as keyof typeof NAME_LABEL]) : null;
    if ((ROSTER_FIELDS as readonly string[]).includes(base)) return t(`rosterFields.${base as RosterField}`);
  }
  return (FIELDS as readonly string[]).includes(base) ? t(`fields.${base as Field}`) : null;
}

/**
 * One sentence, in the user's language, that says what went wrong and what to
 * do. It never shows the server's raw message: that is for the administrator.
 */
export function errorText(err: AppError, t: TFunction, scope: FieldScope = "workstation"): string {
  if (err.code === "VALIDATION" && scope === "operator") {
    const text = operatorText(err, t);
    if (text) return text;
  }
  if (err.code === "VALIDATION" && err.field && err.reason) {
    const special = `${fieldBase(err.field)}_${err.reason}`;
    // A holiday's name is not a rule's name: it takes the general sentence with its own label.
    const ruleName = scope === "duty" || fieldBase(err.field) !== "name";
    if (isDuty(scope) && ruleName && (DUTY_SPECIAL as readonly string[]).includes(special)) {
      return t(`dutyValidation.${special as DutySpecial}`);
    }
    if (!isDuty(scope) && (SPECIAL as readonly string[]).includes(special)) return t(`validationSpecial.${special as Special}`);
    const label = fieldLabel(err.field, t, scope);
    if (label) return t(`validation.${err.reason}`, { field: label });
  }
  // A newer backend may send a code this build does not know yet.
  const code: ErrorCode = KNOWN_CODES.includes(err.code) ? err.code : "INTERNAL";
  return t(`errors.${code}`);
}
