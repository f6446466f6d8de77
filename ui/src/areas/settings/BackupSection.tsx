import { useState } from "react";
import { Alert, App, Button, Card, Divider, Flex, Typography } from "antd";
import { CloudUploadOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { toAppError } from "../../api";
import type { AppError, BackupInfo } from "../../api/bindings";
import { useBackupNow, useBackups, useRestoreBackup } from "../../api/backupQueries";
import { formatDateTime } from "../../i18n/format";
import { BackupSettingsForm } from "./backup/BackupSettingsForm";
import { BackupTable } from "./backup/BackupTable";
import { backupErrorText, countsText, secondCopyText } from "./backup/backupText";
import { RestoreModal } from "./backup/RestoreModal";
import { leaveSignInNotice } from "../../common/signInNotice";

/** The last "back up now" whose copy to the second folder failed; it stays until the next one. */
type SecondFailure = { file: string; error: AppError };

/** The administrator's backups: settings, "back up now", the list, and restoring one of them. */
export function BackupSection() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const backups = useBackups();
  const backupNow = useBackupNow();
  const restore = useRestoreBackup();
  const [secondFailure, setSecondFailure] = useState<SecondFailure | null>(null);
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);

  const runBackup = () =>
    backupNow.mutate(undefined, {
      onSuccess: ({ backup, secondError }) => {
        void message.success(t("backup.nowDone", { file: backup.fileName }));
        setSecondFailure(secondError ? { file: backup.fileName, error: secondError } : null);
      },
      onError: (err) => void message.error(backupErrorText(err, t)),
    });

  // mutateAsync rather than mutate's callbacks: the refetched status signs the window out, so
  // this section is gone before they would run. The message is the app's and outlives it.
  const runRestore = async (backup: BackupInfo) => {
    try {
      const { restored, kept } = await restore.mutateAsync(backup.path);
      const values = { time: formatDateTime(restored.writtenAt), counts: countsText(restored, t), path: kept ?? "" };
      const done = t(kept ? "backupRestore.done" : "backupRestore.doneNoKept", values);
      void message.success({ content: done, duration: 10 });
      leaveSignInNotice(done);
      setConfirming(null);
    } catch (err) {
      void message.error(backupErrorText(toAppError(err), t));
    }
  };

  return (
    <Card title={t("backup.title")} data-testid="backup-section">
      <Typography.Paragraph type="secondary">{t("backup.help")}</Typography.Paragraph>
      <BackupSettingsForm />
      <Divider />
      <Flex vertical gap={12}>
        <Flex justify="space-between" align="center" gap={12} wrap>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t("backup.listTitle")}
          </Typography.Title>
          <Button
            type="primary"
            icon={<CloudUploadOutlined />}
            loading={backupNow.isPending}
            onClick={runBackup}
            data-testid="backup-now"
          >
            {t("backup.now")}
          </Button>
        </Flex>
        {secondFailure && (
          <Alert
            type="warning"
            showIcon
            closable
            onClose={() => setSecondFailure(null)}
            message={t("backup.secondFailedTitle")}
            description={t("backup.secondFailed", { file: secondFailure.file, reason: secondCopyText(secondFailure.error, t) })}
            data-testid="backup-second-warning"
          />
        )}
        {backups.isError && <Alert type="error" showIcon message={backupErrorText(backups.error, t)} />}
        <BackupTable backups={backups.data} loading={backups.isFetching} onRestore={setConfirming} />
      </Flex>
      <RestoreModal
        backup={confirming}
        lines={[t("backupRestore.replace"), t("backupRestore.lost"), t("backupRestore.signAgain")]}
        pending={restore.isPending}
        onOk={() => confirming && void runRestore(confirming)}
        onCancel={() => setConfirming(null)}
        testId="backup-restore-modal"
        okTestId="backup-restore-confirm"
      />
    </Card>
  );
}
