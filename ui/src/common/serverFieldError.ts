import type { FormInstance } from "antd";
import type { TFunction } from "i18next";
import type { AppError } from "../api/bindings";
import { errorText } from "../i18n/errorText";
import type { FieldScope } from "../i18n/errorText";

/** "communities[1]" or "communities.1" → ["communities", 1]; "name" → ["name"]. */
export function fieldPath(field: string): (string | number)[] {
  return field
    .split(/[.[\]]/)
    .filter((part) => part !== "")
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Puts a server VALIDATION error under the form field it names, using the
 * same sentence errorText gives. Returns false when the error is not for one
 * of `fields`, so the caller shows it another way.
 */
export function showOnField(
  form: FormInstance,
  err: AppError,
  t: TFunction,
  fields: readonly string[],
  {
    mapPath = (p) => p,
    scope = "workstation",
  }: { mapPath?: (path: (string | number)[]) => (string | number)[]; scope?: FieldScope } = {},
): boolean {
  if (err.code !== "VALIDATION" || !err.field) return false;
  const path = fieldPath(err.field);
  if (typeof path[0] !== "string" || !fields.includes(path[0])) return false;
  form.setFields([{ name: mapPath(path), errors: [errorText(err, t, scope)] }]);
  return true;
}
