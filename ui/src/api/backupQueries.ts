// TanStack Query hooks over ./backups. Keys live in ./queries (keys.backupsAll ...).
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { QueryClient } from "@tanstack/react-query";
import * as api from "./backups";
import { keys } from "./queries";
import type { AppError, BackupDone, BackupInfo, BackupSettings, RestoreOutcome } from "./bindings";

export function useBackups() {
  return useQuery<BackupInfo[], AppError>({ queryKey: keys.backups, queryFn: api.listBackups });
}

export function useBackupSettings() {
  return useQuery<BackupSettings, AppError>({ queryKey: keys.backupSettings, queryFn: api.getBackupSettings });
}

export function useBackupNow() {
  const client = useQueryClient();
  return useMutation<BackupDone, AppError, void>({
    mutationFn: () => api.backupNow(),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.backups }),
  });
}

export function useSetBackupSettings() {
  const client = useQueryClient();
  return useMutation<BackupSettings, AppError, BackupSettings>({
    mutationFn: api.setBackupSettings,
    onSuccess: async (saved) => {
      client.setQueryData(keys.backupSettings, saved);
      // Another second folder lists other backups.
      await client.invalidateQueries({ queryKey: keys.backups });
    },
  });
}

/**
 * After a restore every cached answer belongs to the data that was replaced. The status is
 * fetched again first ("all": even with no screen watching it), so App moves on (to the sign-in
 * screen, or out of the failure screen); then everything else is dropped, to be read anew.
 */
async function afterRestore(client: QueryClient) {
  await client.invalidateQueries({ queryKey: keys.appStatus, refetchType: "all" });
  client.removeQueries({ predicate: (query) => query.queryKey[0] !== keys.appStatus[0] });
}

/** The window is signed out afterwards: the restored data may hold other accounts. */
export function useRestoreBackup() {
  const client = useQueryClient();
  return useMutation<RestoreOutcome, AppError, string>({
    mutationFn: api.restoreBackup,
    onSuccess: () => afterRestore(client),
  });
}

/** Only asked while the data could not be opened; `enabled` false everywhere else. */
export function useStartupBackups(enabled = true) {
  return useQuery<BackupInfo[], AppError>({ queryKey: keys.startupBackups, queryFn: api.startupBackups, enabled });
}

export function useRestoreAtStartup() {
  const client = useQueryClient();
  return useMutation<RestoreOutcome, AppError, string>({
    mutationFn: api.restoreAtStartup,
    onSuccess: () => afterRestore(client),
  });
}
