// The shared errorText knows the roster's and duty's fields, not the register's. Case forms
// put the core's VALIDATION errors through here so they land on their own fields, in words.
import type { FormInstance } from "antd";
import type { TFunction } from "i18next";
import type { AppError } from "../../api/bindings";
import { fieldPath } from "../../common/serverFieldError";
import { errorText, fieldBase } from "../../i18n/errorText";

const FIELDS = [
  "source",
  "categoryId",
  "communityId",
  "gridId",
  "address",
  "title",
  "description",
  "reporterName",
  "reporterPhone",
  "respondentKind",
  "respondentName",
  "urgency",
  "reportedAt",
  "photos",
  "note",
  "assigneeId",
  "responsibleParty",
  "promisedDate",
  "newDueDate",
  "referredTo",
  "duplicateOf",
  "satisfaction",
  "text",
  "from",
  "to",
  "parentId",
  "code",
  "name",
  "limit",
  "filingCriteria",
  "closingCriteria",
] as const;
type CaseField = (typeof FIELDS)[number];

/** Pairs a general sentence would leave the user guessing about (what date, which format). */
const SPECIAL = [
  "reporterPhone_invalid",
  "reportedAt_invalid",
  "photos_too_long",
  "photos_invalid",
  "image_invalid",
  "image_too_long",
  "categoryId_invalid",
  "assigneeId_required",
  "promisedDate_invalid",
  "newDueDate_invalid",
  "duplicateOf_invalid",
  "text_invalid",
  "limit_required",
  "limit_invalid",
  "code_duplicate",
] as const;
type Special = (typeof SPECIAL)[number];

/** A step's documents have their own texts (the kinds and size they may be), kept with the rest of their texts. */
const DOCUMENT_SPECIAL = ["document_invalid", "document_too_long", "documents_too_long"] as const;
type DocumentSpecial = (typeof DOCUMENT_SPECIAL)[number];

export function caseErrorText(err: AppError, t: TFunction): string {
  if (err.code === "VALIDATION" && err.field && err.reason) {
    const base = fieldBase(err.field);
    const special = `${base}_${err.reason}`;
    if ((SPECIAL as readonly string[]).includes(special)) return t(`caseValidation.${special as Special}`);
    if ((DOCUMENT_SPECIAL as readonly string[]).includes(special)) return t(`caseDocuments.${special as DocumentSpecial}`);
    if ((FIELDS as readonly string[]).includes(base)) {
      return t(`validation.${err.reason}`, { field: t(`caseFields.${base as CaseField}`) });
    }
  }
  return errorText(err, t);
}

/**
 * Puts a VALIDATION error under the form field it names. Returns false when it is not for one
 * of `fields`, so the caller shows it another way (a message).
 */
export function showCaseFieldError(form: FormInstance, err: AppError, t: TFunction, fields: readonly string[]): boolean {
  if (err.code !== "VALIDATION" || !err.field) return false;
  const path = fieldPath(err.field);
  // A bad photo is named "photos[2]": the photo list is one form field. A bad document is
  // named "document" (one file), but it too belongs under the list.
  const name = path[0] === "document" ? "documents" : path[0];
  if (typeof name !== "string" || !fields.includes(name)) return false;
  form.setFields([{ name, errors: [caseErrorText(err, t)] }]);
  return true;
}
