import type { TFunction } from "i18next";
import type { ImportRejected, RejectReason } from "../../../api/bindings";

const REASONS: readonly RejectReason[] = [
  "missing_community",
  "unknown_community",
  "missing_grid",
  "missing_name",
  "missing_role",
  "unknown_role",
  "bad_start_date",
  "bad_end_date",
  "bad_phone",
  "end_before_start",
  "duplicate_row",
  "invalid",
];

const CHANGES = [
  "organisation",
  "party",
  "phone",
  "notes",
  "startDate",
  "endDate",
  "duties",
  "gridCode",
  "newGrid",
  "newPerson",
] as const;
type Change = (typeof CHANGES)[number];

const COLUMNS = ["community", "grid", "name", "role"] as const;
type Column = (typeof COLUMNS)[number];

/** "第3行：角色不在网格角色中……（内容：网格员）" */
export function rejectedText(r: ImportRejected, t: TFunction): string {
  // A newer backend may send a reason this build does not know yet.
  const reason = t(`importReject.${REASONS.includes(r.reason) ? r.reason : "invalid"}`);
  const text = t("rosterImport.rejectedLine", { row: r.row, reason });
  return r.value ? `${text}${t("rosterImport.rejectedValue", { value: r.value })}` : text;
}

/** A changed field named as the user knows it; an unknown name is shown as it came. */
export function changeText(change: string, t: TFunction): string {
  return (CHANGES as readonly string[]).includes(change) ? t(`importChange.${change as Change}`) : change;
}

export function columnText(column: string, t: TFunction): string {
  return (COLUMNS as readonly string[]).includes(column) ? t(`importColumn.${column as Column}`) : column;
}
