// Backups shaped as the backend sends them, for component tests.
import type { BackupInfo } from "../api/bindings";

const DIR = "/home/desk/.local/share/community-workstation/backups";

export const aBackup = (over: Partial<BackupInfo> = {}): BackupInfo => ({
  path: `${DIR}/manual-20261127-164000.sqlite3`,
  fileName: "manual-20261127-164000.sqlite3",
  kind: "manual",
  location: "data_folder",
  writtenAt: "2026-11-27T16:40:00+08:00",
  sizeBytes: 2516582,
  problem: null,
  schemaVersion: 9,
  workstation: "华元社区城管工作站",
  cases: 3,
  visits: 12,
  people: 7,
  ...over,
});

/** Newest first: a manual backup, yesterday's automatic one in the second folder, and a file that is not ours. */
export const backupList: BackupInfo[] = [
  aBackup(),
  aBackup({
    path: "/media/usb/community-workstation-backups/auto-2026-11-26.sqlite3",
    fileName: "auto-2026-11-26.sqlite3",
    kind: "auto",
    location: "second_folder",
    writtenAt: "2026-11-26T08:05:00+08:00",
    sizeBytes: 2411724,
    cases: 2,
    visits: 10,
    people: 7,
  }),
  aBackup({
    path: `${DIR}/copied.sqlite3`,
    fileName: "copied.sqlite3",
    kind: "other",
    writtenAt: "2026-11-20T10:00:00+08:00",
    sizeBytes: 4096,
    problem: { code: "INVALID_FILE", message: "copied.sqlite3 is not a backup of this app" },
    schemaVersion: 0,
    workstation: "",
    cases: 0,
    visits: 0,
    people: 0,
  }),
];
