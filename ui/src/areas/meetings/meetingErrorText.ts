// The shared errorText knows no meeting fields. The meetings' forms put the core's errors
// through here so they land on their own fields, in words.
import type { FormInstance } from "antd";
import type { TFunction } from "i18next";
import type { AppError } from "../../api/bindings";
import { fieldPath } from "../../common/serverFieldError";
import { errorText, fieldBase } from "../../i18n/errorText";

const FIELDS = [
  "kind",
  "title",
  "heldAt",
  "place",
  "communityId",
  "estateId",
  "chair",
  "recorder",
  "side",
  "partyId",
  "name",
  "contactName",
  "contactPhone",
  "address",
  "propertyPartyId",
  "ownersPartyId",
  "text",
  "ownerPartyId",
  "ownerName",
  "dueOn",
  "itemId",
  "caseId",
  "caseIds",
  "notes",
  "note",
] as const;
type MeetingField = (typeof FIELDS)[number];

/** Pairs a general sentence would leave the user guessing about (what is missing, which format). */
const SPECIAL = [
  "heldAt_invalid",
  "communityId_invalid",
  "estateId_invalid",
  "ownerName_required",
  "dueOn_required",
  "dueOn_invalid",
  "caseId_invalid",
  "contactPhone_invalid",
  "name_duplicate",
] as const;
type Special = (typeof SPECIAL)[number];

/**
 * One sentence for a refusal. `nameLabel` says what "name" is on this form (an attendee's name,
 * a party's or an estate's). CONFLICT here is nearly always a meeting closed meanwhile.
 */
export function meetingErrorText(err: AppError, t: TFunction, nameLabel?: string): string {
  if (err.code === "VALIDATION" && err.field && err.reason) {
    const base = fieldBase(err.field);
    const special = `${base}_${err.reason}`;
    if ((SPECIAL as readonly string[]).includes(special)) return t(`meetingValidation.${special as Special}`);
    if ((FIELDS as readonly string[]).includes(base)) {
      const label = base === "name" && nameLabel ? nameLabel : t(`meetingFields.${base as MeetingField}`);
      return t(`validation.${err.reason}`, { field: label });
    }
  }
  return errorText(err, t);
}

/**
 * Puts a VALIDATION error under the form field it names. Returns false when it is not for one
 * of `fields`, so the caller shows it another way (a message).
 */
export function showMeetingFieldError(
  form: FormInstance,
  err: AppError,
  t: TFunction,
  fields: readonly string[],
  nameLabel?: string,
): boolean {
  if (err.code !== "VALIDATION" || !err.field) return false;
  const name = fieldPath(err.field)[0];
  if (typeof name !== "string" || !fields.includes(name)) return false;
  form.setFields([{ name, errors: [meetingErrorText(err, t, nameLabel)] }]);
  return true;
}

/** A write to a meeting refused with CONFLICT: someone closed it meanwhile. */
export function meetingWriteErrorText(err: AppError, t: TFunction, nameLabel?: string): string {
  return err.code === "CONFLICT" ? t("meetingValidation.closed") : meetingErrorText(err, t, nameLabel);
}
