// Backups (备份与恢复): Settings' list, "back up now", the kept days and the second folder, and
// the restore offered on the start-up screen when the data could not be opened. Kept apart from
// ./index like ./desk; they go through the same `call`, so errors arrive as AppError.
import { call } from "./index";
import type { BackupDone, BackupInfo, BackupSettings, RestoreOutcome } from "./bindings";

/** Administrators only: the data folder's and the second folder's backups, newest first. */
export const listBackups = (): Promise<BackupInfo[]> => call("list_backups");

/** `secondError` set: the copy to the second folder failed; the backup in the data folder stands. */
export const backupNow = (): Promise<BackupDone> => call("backup_now");

export const getBackupSettings = (): Promise<BackupSettings> => call("get_backup_settings");

/** VALIDATION on "keepDays" (1–365) or "secondDir" (an existing, writable folder outside the data folder). */
export const setBackupSettings = (input: BackupSettings): Promise<BackupSettings> =>
  call("set_backup_settings", { input });

/**
 * Replaces the current data with a listed backup, in place; the replaced data is kept as a
 * before-restore backup first. The window is signed out afterwards.
 */
export const restoreBackup = (path: string): Promise<RestoreOutcome> => call("restore_backup", { path });

/** Only while the data could not be opened (status "failed"); no sign-in needed. The data folder's backups only. */
export const startupBackups = (): Promise<BackupInfo[]> => call("startup_backups");

/** Restores a listed backup while the data could not be opened; the damaged file is kept. Then the app opens. */
export const restoreAtStartup = (path: string): Promise<RestoreOutcome> => call("restore_at_startup", { path });
