import { App, Button, Popconfirm, Space, Table, Tag, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { useTranslation } from "react-i18next";
import { useArchiveOperator } from "../../../api/accessQueries";
import type { Operator } from "../../../api/bindings";
import { useWorkstation } from "../../../api/queries";
import { useSession } from "../../../common/useSession";
import { errorText } from "../../../i18n/errorText";

type Props = { operators: Operator[]; loading: boolean; onEdit: (operator: Operator) => void };

/** Accounts in use first, archived ones after, greyed and without actions. */
export function OperatorTable({ operators, loading, onEdit }: Props) {
  const { t } = useTranslation();
  const me = useSession()?.operator.id;
  const communities = useWorkstation().data?.communities ?? [];
  const nameOf = (id: number) => communities.find((c) => c.id === id)?.name ?? `#${id}`;
  const ordered = [...operators.filter((o) => !o.archived), ...operators.filter((o) => o.archived)];

  const columns: TableColumnsType<Operator> = [
    {
      title: t("operators.colName"),
      key: "name",
      render: (_, o) => (
        <Space size={4}>
          <Typography.Text type={o.archived ? "secondary" : undefined}>{o.displayName}</Typography.Text>
          {o.id === me && <Tag color="blue">{t("operators.you")}</Tag>}
        </Space>
      ),
    },
    { title: t("operators.colLogin"), dataIndex: "login", key: "login", render: (login: string) => <Typography.Text code>{login}</Typography.Text> },
    { title: t("operators.colRole"), key: "role", render: (_, o) => t(`access.roles.${o.role}`) },
    {
      title: t("operators.colReach"),
      key: "reach",
      render: (_, o) =>
        o.communityIds.length === 0 ? (
          <Typography.Text type="secondary">{t("operators.wholeStation")}</Typography.Text>
        ) : (
          o.communityIds.map(nameOf).join(t("roster.listSeparator"))
        ),
    },
    { title: t("operators.colPin"), key: "pin", render: (_, o) => (o.hasPin ? t("operators.pinSet") : t("operators.pinNone")) },
    {
      title: t("operators.colStatus"),
      key: "status",
      render: (_, o) => (o.archived ? <Tag>{t("settings.archived")}</Tag> : <Tag color="green">{t("operators.active")}</Tag>),
    },
    {
      title: t("operators.colActions"),
      key: "actions",
      render: (_, o) =>
        o.archived ? null : (
          <Space size={4}>
            <Button size="small" onClick={() => onEdit(o)} data-testid={`operator-edit-${o.id}`}>
              {t("operators.edit")}
            </Button>
            {/* The backend refuses archiving oneself; the button is not offered either. */}
            {o.id !== me && <ArchiveOperatorButton operator={o} />}
          </Space>
        ),
    },
  ];

  return (
    <Table<Operator>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={ordered}
      loading={loading}
      pagination={false}
      data-testid="operator-table"
      onRow={(o) => ({ "data-testid": `operator-row-${o.id}` }) as React.HTMLAttributes<HTMLElement>}
    />
  );
}

function ArchiveOperatorButton({ operator }: { operator: Operator }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const archive = useArchiveOperator();
  const confirm = () =>
    archive.mutateAsync(operator.id).then(
      () => void message.success(t("operators.archivedDone")),
      (err) => void message.error(err.code === "CONFLICT" ? t("operators.conflictArchive") : errorText(err, t)),
    );
  return (
    <Popconfirm
      title={t("operators.archiveTitle", { name: operator.displayName })}
      description={<div style={{ maxWidth: 320 }}>{t("operators.archiveText")}</div>}
      okText={t("settings.archiveOk")}
      cancelText={t("settings.cancel")}
      onConfirm={confirm}
    >
      <Button size="small" loading={archive.isPending} data-testid={`operator-archive-${operator.id}`}>
        {t("operators.archive")}
      </Button>
    </Popconfirm>
  );
}
