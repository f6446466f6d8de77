import type { Operator, OperatorInput, OperatorRole } from "../../../api/bindings";

export const ROLES: readonly OperatorRole[] = ["admin", "desk", "officer", "property_manager", "viewer"];

/** What the form holds; the PIN and password fields stay empty on edit until someone types. */
export type OperatorValues = {
  login: string;
  displayName: string;
  role?: OperatorRole;
  password?: string;
  pin?: string;
  removePin?: boolean;
  personId?: number | null;
  communityIds: number[];
};

export function valuesOf(op: Operator | null): OperatorValues {
  if (!op) return { login: "", displayName: "", communityIds: [] };
  return {
    login: op.login,
    displayName: op.displayName,
    role: op.role,
    personId: op.personId,
    communityIds: op.communityIds,
  };
}

/**
 * The backend's input: on edit an empty password keeps the old one, and the PIN is null to keep
 * it, "" to remove it, or the new digits.
 */
export function inputOf(values: OperatorValues): OperatorInput {
  const pin = (values.pin ?? "").trim();
  return {
    login: values.login.trim(),
    displayName: values.displayName.trim(),
    role: values.role ?? null,
    password: values.password ?? "",
    pin: values.removePin ? "" : pin === "" ? null : pin,
    personId: values.personId ?? null,
    communityIds: values.communityIds ?? [],
  };
}
