// The shared errorText knows neither visits nor the work log. Their forms put the core's
// VALIDATION errors through here so they land on their own fields, in words.
import type { FormInstance } from "antd";
import type { TFunction } from "i18next";
import type { AppError } from "../../api/bindings";
import { fieldPath } from "../../common/serverFieldError";
import { errorText, fieldBase } from "../../i18n/errorText";

const FIELDS = [
  "channel",
  "visitedAt",
  "visitorName",
  "visitorPhone",
  "communityId",
  "topic",
  "handling",
  "outcome",
  "reason",
  "day",
  "text",
  "from",
  "to",
] as const;
type DeskField = (typeof FIELDS)[number];

/** Pairs a general sentence would leave the user guessing about (which format, which day). */
const SPECIAL = ["visitorPhone_invalid", "visitedAt_invalid", "communityId_invalid", "day_invalid", "text_invalid"] as const;
type Special = (typeof SPECIAL)[number];

export function deskErrorText(err: AppError, t: TFunction): string {
  if (err.code === "VALIDATION" && err.field && err.reason) {
    const base = fieldBase(err.field);
    const special = `${base}_${err.reason}`;
    if ((SPECIAL as readonly string[]).includes(special)) return t(`deskValidation.${special as Special}`);
    if ((FIELDS as readonly string[]).includes(base)) {
      return t(`validation.${err.reason}`, { field: t(`visitFields.${base as DeskField}`) });
    }
  }
  return errorText(err, t);
}

/**
 * Puts a VALIDATION error under the form field it names. Returns false when it is not for one
 * of `fields`, so the caller shows it another way (a message).
 */
export function showDeskFieldError(form: FormInstance, err: AppError, t: TFunction, fields: readonly string[]): boolean {
  if (err.code !== "VALIDATION" || !err.field) return false;
  const name = fieldPath(err.field)[0];
  if (typeof name !== "string" || !fields.includes(name)) return false;
  form.setFields([{ name, errors: [deskErrorText(err, t)] }]);
  return true;
}
