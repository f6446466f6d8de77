import { useState } from "react";
import { Alert, App, Button, Card, Flex, List, Skeleton, Tag, Typography } from "antd";
import { ReloadOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { toAppError } from "../../api";
import type { BackupInfo } from "../../api/bindings";
import { useRestoreAtStartup, useStartupBackups } from "../../api/backupQueries";
import { formatDateTime, formatMegabytes } from "../../i18n/format";
import { backupErrorText, backupsFolder, countsText, problemText } from "../settings/backup/backupText";
import { RestoreModal } from "../settings/backup/RestoreModal";
import { leaveSignInNotice } from "../../common/signInNotice";

type Props = {
  /** Restoring is the way out of a damaged file; for the other failures it is the last resort. */
  corrupt: boolean;
  dataDir?: string;
};

/**
 * The start-up screen's way back when the data file cannot be opened: the data folder's backups,
 * the newest usable one first in the eye. Nobody can sign in yet, so none is needed.
 */
export function StartupBackups({ corrupt, dataDir }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const backups = useStartupBackups();
  const restore = useRestoreAtStartup();
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  const list = backups.data ?? [];
  const recommended = list.findIndex((b) => b.problem === null);

  // mutateAsync: once the status is refetched the app opens and this screen is gone.
  const runRestore = async (backup: BackupInfo) => {
    try {
      const { restored, kept } = await restore.mutateAsync(backup.path);
      const values = { time: formatDateTime(restored.writtenAt), counts: countsText(restored, t), path: kept ?? "" };
      const done = t(kept ? "startupBackups.done" : "startupBackups.doneNoKept", values);
      void message.success({ content: done, duration: 10 });
      leaveSignInNotice(done);
      setConfirming(null);
    } catch (err) {
      void message.error(backupErrorText(toAppError(err), t));
    }
  };

  const folder = dataDir ? (
    <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
      {t("startupBackups.folder")}
      <Typography.Text code copyable data-testid="startup-backups-folder">
        {backupsFolder(dataDir)}
      </Typography.Text>
    </Typography.Paragraph>
  ) : null;

  const refresh = (
    <Button
      size="small"
      icon={<ReloadOutlined />}
      loading={backups.isFetching}
      onClick={() => void backups.refetch()}
      data-testid="startup-backups-refresh"
    >
      {t("startupBackups.refresh")}
    </Button>
  );

  const row = (b: BackupInfo, i: number) => (
    <List.Item
      data-testid={`startup-backup-${i}`}
      actions={
        b.problem
          ? []
          : [
              <Button
                key="restore"
                type={i === recommended ? "primary" : "default"}
                onClick={() => setConfirming(b)}
                data-testid={`startup-restore-${i}`}
              >
                {t("startupBackups.restore")}
              </Button>,
            ]
      }
    >
      <Flex vertical gap={2}>
        <Flex gap={8} align="center" wrap>
          <Typography.Text strong>{formatDateTime(b.writtenAt)}</Typography.Text>
          <Typography.Text type="secondary">{t(`backupKind.${b.kind}`)}</Typography.Text>
          <Typography.Text type="secondary">{formatMegabytes(b.sizeBytes)}</Typography.Text>
          {i === recommended && (
            <Tag color="green" data-testid="startup-recommended">
              {t("startupBackups.recommended")}
            </Tag>
          )}
          {b.problem && <Tag color="red">{t("startupBackups.unusable")}</Tag>}
        </Flex>
        {b.problem ? (
          <Typography.Text type="danger">{problemText(b.problem, t)}</Typography.Text>
        ) : (
          <Typography.Text>{countsText(b, t)}</Typography.Text>
        )}
      </Flex>
    </List.Item>
  );

  return (
    <Card size="small" title={t("startupBackups.title")} extra={refresh} data-testid="startup-backups" style={{ textAlign: "left" }}>
      <Flex vertical gap={12}>
        <Typography.Text>{t(corrupt ? "startupBackups.helpCorrupt" : "startupBackups.helpOther")}</Typography.Text>
        {backups.isPending ? (
          <Skeleton active paragraph={{ rows: 2 }} />
        ) : backups.isError ? (
          <Alert
            type="error"
            showIcon
            message={t("startupBackups.listFailed", { reason: backupErrorText(backups.error, t) })}
            data-testid="startup-backups-error"
          />
        ) : list.length === 0 ? (
          <Alert
            type="info"
            showIcon
            message={t("startupBackups.empty")}
            description={t("startupBackups.emptyWhat")}
            data-testid="startup-backups-empty"
          />
        ) : (
          <>
            <List size="small" bordered dataSource={list} renderItem={row} />
            <Typography.Text type="secondary">{t("startupBackups.onlyDataFolder")}</Typography.Text>
          </>
        )}
        {folder}
      </Flex>
      <RestoreModal
        backup={confirming}
        lines={[t("startupBackups.replace"), t("startupBackups.lost"), t("startupBackups.opens")]}
        pending={restore.isPending}
        onOk={() => confirming && void runRestore(confirming)}
        onCancel={() => setConfirming(null)}
        testId="startup-restore-modal"
        okTestId="startup-restore-confirm"
      />
    </Card>
  );
}
