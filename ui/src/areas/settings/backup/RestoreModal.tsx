import { Alert, Descriptions, Flex, Modal, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { BackupInfo } from "../../../api/bindings";
import { formatDateTime, formatMegabytes } from "../../../i18n/format";
import { countsText } from "./backupText";

type Props = {
  /** The backup to restore; null keeps the modal closed. */
  backup: BackupInfo | null;
  /** What will happen, one plain sentence a line; the last one is stressed. */
  lines: string[];
  pending: boolean;
  onOk: () => void;
  onCancel: () => void;
  testId: string;
  okTestId: string;
};

/**
 * Asks before a restore, with the backup's date, size and contents beside what the restore does
 * to the current data. Settings and the start-up screen say it in their own words.
 */
export function RestoreModal({ backup, lines, pending, onOk, onCancel, testId, okTestId }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      open={backup !== null}
      title={t("backupRestore.title")}
      okText={t("backupRestore.ok")}
      cancelText={t("backupRestore.cancel")}
      okButtonProps={{ danger: true, "data-testid": okTestId }}
      cancelButtonProps={{ disabled: pending }}
      confirmLoading={pending}
      closable={!pending}
      maskClosable={false}
      onOk={onOk}
      onCancel={onCancel}
      modalRender={(node) => <div data-testid={testId}>{node}</div>}
      destroyOnHidden
    >
      {backup && (
        <Flex vertical gap={12}>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t("backupRestore.time")}>
              <span data-testid={`${testId}-time`}>{formatDateTime(backup.writtenAt)}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t("backupRestore.kind")}>{t(`backupKind.${backup.kind}`)}</Descriptions.Item>
            <Descriptions.Item label={t("backupRestore.size")}>{formatMegabytes(backup.sizeBytes)}</Descriptions.Item>
            <Descriptions.Item label={t("backupRestore.contents")}>{countsText(backup, t)}</Descriptions.Item>
            {backup.workstation && (
              <Descriptions.Item label={t("backupRestore.workstation")}>{backup.workstation}</Descriptions.Item>
            )}
          </Descriptions>
          <Alert
            type="warning"
            showIcon
            data-testid={`${testId}-explain`}
            message={
              <Flex vertical gap={4}>
                {lines.map((line, i) => (
                  <Typography.Text key={line} strong={i === lines.length - 1}>
                    {line}
                  </Typography.Text>
                ))}
              </Flex>
            }
          />
        </Flex>
      )}
    </Modal>
  );
}
