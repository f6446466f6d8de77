import { Button, Flex, Table, Tag, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { useTranslation } from "react-i18next";
import type { BackupInfo } from "../../../api/bindings";
import { formatDateTime, formatMegabytes } from "../../../i18n/format";
import { countsText, problemText } from "./backupText";

type Props = {
  backups: BackupInfo[] | undefined;
  loading: boolean;
  onRestore: (backup: BackupInfo) => void;
};

/** Newest first, as the core lists them; rows are numbered by that order (`backup-row-0` is the newest). */
export function BackupTable({ backups, loading, onRestore }: Props) {
  const { t } = useTranslation();
  const list = backups ?? [];
  const indexOf = new Map(list.map((b, i) => [b.path, i]));
  const at = (b: BackupInfo) => indexOf.get(b.path) ?? 0;

  const columns: TableColumnsType<BackupInfo> = [
    {
      title: t("backup.colTime"),
      key: "time",
      render: (_, b) => (
        <Flex vertical>
          <span>{formatDateTime(b.writtenAt)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {b.fileName}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      // Kind and place in one column: the card is narrow and the restore button must stay in view.
      title: t("backup.colKind"),
      key: "kind",
      render: (_, b) => (
        <Flex vertical>
          <span>{t(`backupKind.${b.kind}`)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t(`backupLocation.${b.location}`)} · {formatMegabytes(b.sizeBytes)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t("backup.colContents"),
      key: "contents",
      render: (_, b) =>
        b.problem ? (
          <Flex vertical gap={2} data-testid={`backup-problem-${at(b)}`}>
            <span>
              <Tag color="red">{t("backup.unusable")}</Tag>
            </span>
            <Typography.Text type="danger">{problemText(b.problem, t)}</Typography.Text>
          </Flex>
        ) : (
          <Flex vertical>
            <span>{countsText(b, t)}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {b.workstation || t("backup.noWorkstation")}
            </Typography.Text>
          </Flex>
        ),
    },
    {
      key: "restore",
      fixed: "right",
      render: (_, b) => (
        <Button size="small" disabled={b.problem !== null} onClick={() => onRestore(b)} data-testid={`backup-restore-${at(b)}`}>
          {t("backup.restore")}
        </Button>
      ),
    },
  ];

  return (
    <Table<BackupInfo>
      rowKey="path"
      size="small"
      columns={columns}
      dataSource={list}
      loading={loading}
      locale={{ emptyText: t("backup.empty") }}
      pagination={{ pageSize: 10, hideOnSinglePage: true, showTotal: (total) => t("backup.total", { count: total }) }}
      onRow={(b) => ({ "data-testid": `backup-row-${at(b)}` }) as React.HTMLAttributes<HTMLElement>}
      data-testid="backup-table"
      scroll={{ x: "max-content" }}
    />
  );
}
