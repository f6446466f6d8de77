import { Table, Tag } from "antd";
import type { TableColumnsType } from "antd";
import { useTranslation } from "react-i18next";
import type { AuditPage, AuditRecord } from "../../../api/bindings";
import { formatDateTime } from "../../../i18n/format";
import { AuditChange } from "./AuditChange";
import { actionText, actorText, entityText } from "./auditText";

type Props = {
  page: AuditPage | undefined;
  loading: boolean;
  current: number;
  pageSize: number;
  onPage: (page: number, pageSize: number) => void;
};

/** Newest first; a row opens to show what the record changed. */
export function AuditTable({ page, loading, current, pageSize, onPage }: Props) {
  const { t } = useTranslation();
  const columns: TableColumnsType<AuditRecord> = [
    { title: t("audit.colAt"), key: "at", width: 190, render: (_, r) => formatDateTime(r.at) },
    { title: t("audit.colActor"), key: "actor", render: (_, r) => actorText(r.actor, t) },
    {
      title: t("audit.colAction"),
      key: "action",
      // A failed sign-in is what an administrator looks for: it stands out.
      render: (_, r) => <Tag color={r.action === "sign_in_failed" ? "red" : undefined}>{actionText(r.action, t)}</Tag>,
    },
    { title: t("audit.colEntity"), key: "entity", render: (_, r) => entityText(r, t) },
  ];
  return (
    <Table<AuditRecord>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={page?.records ?? []}
      loading={loading}
      locale={{ emptyText: t("audit.empty") }}
      expandable={{ expandedRowRender: (r) => <AuditChange record={r} />, rowExpandable: (r) => r.beforeJson !== null || r.afterJson !== null }}
      pagination={{
        current: current + 1,
        pageSize,
        total: page?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        showTotal: (total) => t("audit.total", { count: total }),
        onChange: (p, size) => onPage(size !== pageSize ? 0 : p - 1, size),
      }}
      onRow={(r) => ({ "data-testid": `audit-row-${r.id}` }) as React.HTMLAttributes<HTMLElement>}
      data-testid="audit-table"
      scroll={{ x: "max-content" }}
    />
  );
}
