// Backups in words: their kind, place, contents, and what went wrong. The shared errorText knows
// neither the backup settings' fields nor what a failed backup or restore did to the data.
import type { FormInstance } from "antd";
import type { TFunction } from "i18next";
import type { AppError, BackupInfo } from "../../../api/bindings";
import { fieldPath } from "../../../common/serverFieldError";
import { errorText, fieldBase } from "../../../i18n/errorText";
import { formatNumber } from "../../../i18n/format";

/** "案件 3 · 接待 12 · 人员 7". */
export function countsText(b: Pick<BackupInfo, "cases" | "visits" | "people">, t: TFunction): string {
  return t("backup.counts", { cases: formatNumber(b.cases), visits: formatNumber(b.visits), people: formatNumber(b.people) });
}

const FIELDS = ["keepDays", "secondDir"] as const;
type Field = (typeof FIELDS)[number];

const SPECIAL = ["keepDays_invalid", "secondDir_invalid", "secondDir_too_long"] as const;
type Special = (typeof SPECIAL)[number];

const FIELD_LABEL = { keepDays: "backup.keepDays", secondDir: "backup.secondDir" } as const;

/** The codes a backup or a restore can fail with, each said with what happened to the data. */
const OPERATION_CODES = [
  "INVALID_FILE",
  "NOT_FOUND",
  "DATABASE_CORRUPT",
  "DATABASE_TOO_NEW",
  "DATABASE_LOCKED",
  "DATA_DIR_NOT_WRITABLE",
  "DISK_FULL",
  "DISK_ERROR",
] as const;
type OperationCode = (typeof OPERATION_CODES)[number];

/** Backing up, restoring or saving the backup settings failed: one sentence saying what to do. */
export function backupErrorText(err: AppError, t: TFunction): string {
  if (err.code === "VALIDATION" && err.field && err.reason) {
    const base = fieldBase(err.field);
    const special = `${base}_${err.reason}`;
    if ((SPECIAL as readonly string[]).includes(special)) return t(`backupValidation.${special as Special}`);
    if ((FIELDS as readonly string[]).includes(base)) {
      return t(`validation.${err.reason}`, { field: t(FIELD_LABEL[base as Field]) });
    }
  }
  if ((OPERATION_CODES as readonly string[]).includes(err.code)) return t(`backupErrors.${err.code as OperationCode}`);
  return errorText(err, t);
}

const PROBLEM_CODES = ["INVALID_FILE", "DATABASE_CORRUPT", "DATABASE_TOO_NEW"] as const;
type ProblemCode = (typeof PROBLEM_CODES)[number];

/** Why a listed backup cannot be restored. */
export function problemText(problem: AppError, t: TFunction): string {
  const code = (PROBLEM_CODES as readonly string[]).includes(problem.code) ? (problem.code as ProblemCode) : "other";
  return t(`backupProblems.${code}`);
}

/** Why the copy to the second folder failed (the backup in the data folder stands). */
export function secondCopyText(err: AppError, t: TFunction): string {
  if (err.code === "DISK_FULL" || err.code === "DATA_DIR_NOT_WRITABLE") return t(`backupSecond.${err.code}`);
  return t("backupSecond.other");
}

/**
 * Puts a VALIDATION error of the backup settings under its field. Returns false when it is not
 * for one of them, so the caller shows it another way (a message).
 */
export function showBackupFieldError(form: FormInstance, err: AppError, t: TFunction): boolean {
  if (err.code !== "VALIDATION" || !err.field) return false;
  const name = fieldPath(err.field)[0];
  if (typeof name !== "string" || !(FIELDS as readonly string[]).includes(name)) return false;
  form.setFields([{ name, errors: [backupErrorText(err, t)] }]);
  return true;
}

/** The backups folder inside the data folder, written with the data folder's own separator. */
export function backupsFolder(dataDir: string): string {
  const sep = dataDir.includes("\\") && !dataDir.includes("/") ? "\\" : "/";
  return `${dataDir.replace(/[\\/]+$/, "")}${sep}backups`;
}
