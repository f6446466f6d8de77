import type { BackupMessages } from "./backup.zh-CN";

// Typed as BackupMessages so a missing or extra key fails the type check.
const backupEn: BackupMessages = {
  backup: {
    title: "Backup and restore",
    help: "The first start of each day backs the data up automatically, into the backups folder inside the data folder. You can also back up at any time, or restore the data from one of the backups below.",
    keepDays: "Keep daily backups for",
    keepDaysUnit: "days",
    keepDaysHelp: "Daily automatic backups older than this are removed; manual and other backups are never removed.",
    keepDaysRequired: "Please enter how many days to keep (1 to 365)",
    secondDir: "Second backup folder",
    secondDirHelp:
      "Optional. Every backup is also copied to this folder (a USB drive or a network share), so the data survives if this computer fails. Leave it empty for no copy.",
    secondDirPlaceholder: "e.g. E:\\Backups (empty: no copy)",
    chooseFolder: "Choose folder",
    save: "Save backup settings",
    saved: "Backup settings saved",
    now: "Back up now",
    nowDone: "Backed up: {{file}}",
    secondFailedTitle: "Not copied to the second backup folder",
    secondFailed:
      "The backup {{file}} was written to the data folder and can be used; but copying it to the second backup folder failed: {{reason}} Please check it and press “Back up now” again.",
    listTitle: "Backups",
    colTime: "Written",
    colKind: "Kind",
    colLocation: "Location",
    colSize: "Size",
    colWorkstation: "Workstation",
    colContents: "Contents",
    counts: "Cases {{cases}} · Visits {{visits}} · People {{people}}",
    noWorkstation: "(not filled in)",
    unusable: "Unusable",
    restore: "Restore",
    empty: "No backups yet. Press “Back up now” to make the first one.",
    total: "{{count}} backups",
  },
  backupKind: {
    auto: "Daily automatic",
    manual: "Manual",
    before_migration: "Before an upgrade",
    before_restore: "Kept before a restore",
    other: "Other",
  },
  backupLocation: {
    data_folder: "Data folder",
    second_folder: "Second backup folder",
  },
  backupSecond: {
    DISK_FULL: "the second backup folder's disk is full.",
    DATA_DIR_NOT_WRITABLE: "the second backup folder cannot be written to (no permission, or read-only).",
    other: "the second backup folder was not found, or the copy went wrong (the USB drive or network share may not be connected).",
  },
  backupRestore: {
    title: "Restore this backup?",
    time: "Written",
    kind: "Kind",
    size: "Size",
    contents: "Contents",
    workstation: "Workstation",
    replace: "The current data is first saved as a backup of its own (“Kept before a restore”), then replaced by this backup.",
    lost: "Anything entered after this backup was written will not be in the restored data; it stays in that “Kept before a restore” backup.",
    signAgain: "After the restore, everyone must sign in again.",
    ok: "Restore",
    cancel: "Cancel",
    done: "Restored the backup of {{time}} ({{counts}}). The replaced data was kept as {{path}}. Please sign in again.",
    doneNoKept: "Restored the backup of {{time}} ({{counts}}). Please sign in again.",
  },
  startupBackups: {
    title: "Restore from a backup",
    helpCorrupt: "The data can be restored from a backup in the data folder. Usually choose the one marked “Newest usable backup”.",
    helpOther:
      "The problem above can usually be fixed without a backup: please follow the advice above first. Restore from a backup only once you are sure the data file can no longer be used.",
    corrupt:
      "The data file is damaged, and this program will not change it. Please restore a backup under “Restore from a backup” below; if there is no usable backup, contact support.",
    recommended: "Newest usable backup",
    unusable: "Unusable",
    restore: "Restore",
    empty: "No backup was found in the data folder.",
    emptyWhat:
      "If a USB drive, the second backup folder or another computer holds a backup of this program (a file ending in .sqlite3), copy it into the backups folder below and press “Look again”; or contact support.",
    folder: "Backups folder: ",
    onlyDataFolder:
      "Only the data folder's backups are listed here. To use a backup from a USB drive or the second backup folder, copy the file into the backups folder first, then press “Look again”.",
    listFailed: "The backups cannot be listed: {{reason}}",
    refresh: "Look again",
    replace:
      "The current data file is first saved as it is, as a backup of its own (“Kept before a restore”); nothing is deleted. Then it is replaced by this backup.",
    lost: "Anything entered after this backup was written is not in it; the damaged file is kept, so support can recover from it if needed.",
    opens: "After the restore the program opens normally; please sign in and check the data.",
    done: "Restored the backup of {{time}} ({{counts}}). The damaged data file was kept as {{path}}. Please sign in.",
    doneNoKept: "Restored the backup of {{time}} ({{counts}}). Please sign in.",
  },
  backupValidation: {
    keepDays_invalid: "Please enter a whole number of days from 1 to 365.",
    secondDir_invalid:
      "The second backup folder must be the full path of an existing folder that can be written to (e.g. E:\\Backups), and not inside the data folder. Check that the USB drive or network share is connected, or use “Choose folder”.",
    secondDir_too_long: "The second backup folder's path is too long. Please choose a folder with a shorter path.",
  },
  backupErrors: {
    INVALID_FILE:
      "This backup file is damaged or is not a backup of this program (it failed the integrity check). Nothing was restored and the current data is unchanged. Please choose another backup.",
    NOT_FOUND: "This backup file was not found; it may have been moved or deleted. Please refresh the list and choose again.",
    DATABASE_CORRUPT:
      "A damaged file was found while reading, so this was not completed. Please try another backup; if it happens again, contact support.",
    DATABASE_TOO_NEW:
      "This backup was written by a newer version of the program, and this version cannot restore it. Please install the latest version first, or choose another backup.",
    DATABASE_LOCKED:
      "The data file is in use by another program (perhaps this program is open in another window), so nothing was done. Please close the other window and try again.",
    DATA_DIR_NOT_WRITABLE:
      "The data folder or its backups folder cannot be written to, so this was not completed. Please ask the administrator to check the folders' permissions and whether the disk is read-only.",
    DISK_FULL: "The disk is full: the backup or restore was not completed and the current data is unchanged. Please free some disk space and try again.",
    DISK_ERROR: "Writing to the disk failed: the backup or restore was not completed and the current data is unchanged. Please check the free space and the drive (is the USB drive or network share still there?), then try again.",
  },
  backupProblems: {
    INVALID_FILE: "Not a backup of this program, or damaged and unreadable. Please choose another backup.",
    DATABASE_CORRUPT: "The file is damaged and cannot be read. Please choose another backup.",
    DATABASE_TOO_NEW:
      "Written by a newer version of the program, which this version cannot restore. Install the latest version first, or choose another backup.",
    other: "This file cannot be read. Please choose another backup.",
  },
};

export default backupEn;
