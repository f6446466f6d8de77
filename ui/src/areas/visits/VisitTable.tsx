import type { HTMLAttributes, MouseEvent } from "react";
import { Button, Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { Visit, VisitPage } from "../../api/bindings";
import { usePerm } from "../../common/useSession";
import { formatDateTime, formatNumber } from "../../i18n/format";
import { HandlingTag } from "./HandlingTag";

type Props = {
  data: VisitPage | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPage: (page: number, pageSize: number) => void;
  onOpen: (id: number) => void;
  onMakeCase: (id: number) => void;
};

/** The visit log, newest first; contacts arrive masked from the core. */
export function VisitTable({ data, loading, page, pageSize, onPage, onOpen, onMakeCase }: Props) {
  const { t } = useTranslation();
  const mayLog = usePerm("visit_log");
  const mayIntake = usePerm("case_intake");
  const mayMakeCase = mayLog && mayIntake;
  const stop = (e: MouseEvent) => e.stopPropagation();
  const columns: ColumnsType<Visit> = [
    { key: "time", title: t("visitFields.visitedAt"), width: 150, render: (_, v) => formatDateTime(v.visitedAt) },
    { key: "channel", title: t("visitFields.channel"), width: 70, render: (_, v) => t(`visitChannel.${v.channel}`) },
    {
      key: "visitor",
      title: t("visits.visitor"),
      width: 160,
      render: (_, v) =>
        v.visitorName || v.visitorPhone ? (
          <span data-testid="visit-visitor">
            {v.visitorName}
            {v.visitorPhone && <Typography.Text type="secondary"> {v.visitorPhone}</Typography.Text>}
          </span>
        ) : (
          <Typography.Text type="secondary">{t("visits.noVisitor")}</Typography.Text>
        ),
    },
    { key: "community", title: t("visitFields.communityId"), width: 100, render: (_, v) => v.communityName ?? "" },
    // The topic takes what the fixed columns leave; the outcome is in the drawer, where it has room.
    { key: "topic", title: t("visitFields.topic"), ellipsis: true, render: (_, v) => v.topic },
    { key: "handling", title: t("visitFields.handling"), width: 110, render: (_, v) => <HandlingTag handling={v.handling} /> },
    {
      key: "case",
      title: t("visitFields.caseId"),
      width: 150,
      render: (_, v) => {
        if (v.archived) return <Tag>{t("visitDetail.archivedTag")}</Tag>;
        if (v.caseId !== null) {
          return (
            <Link to={`/cases/${v.caseId}`} onClick={stop}>
              {v.caseNumber ?? v.caseId}
            </Link>
          );
        }
        if (!mayMakeCase) return null;
        return (
          <Button
            size="small"
            onClick={(e) => {
              stop(e);
              onMakeCase(v.id);
            }}
            data-testid={`visit-row-to-case-${v.id}`}
          >
            {t("visits.makeCase")}
          </Button>
        );
      },
    },
    {
      key: "details",
      width: 80,
      render: (_, v) => (
        <Button
          type="link"
          size="small"
          onClick={(e) => {
            stop(e);
            onOpen(v.id);
          }}
        >
          {t("visits.details")}
        </Button>
      ),
    },
  ];
  const total = data?.total ?? 0;
  return (
    <div data-testid="visit-table">
      <Table<Visit>
        rowKey="id"
        size="middle"
        tableLayout="fixed"
        columns={columns}
        dataSource={data?.visits ?? []}
        loading={loading}
        locale={{ emptyText: t("visits.empty") }}
        onRow={(v) =>
          ({ onClick: () => onOpen(v.id), style: { cursor: "pointer" }, "data-testid": `visit-row-${v.id}` }) as HTMLAttributes<HTMLElement>
        }
        pagination={{
          current: page + 1,
          pageSize,
          total,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          onChange: (p, size) => onPage(size === pageSize ? p - 1 : 0, size),
          showTotal: () => (
            <Typography.Text data-testid="visit-total">
              {data?.capped ? t("visits.totalCapped") : t("visits.total", { total: formatNumber(total) })}
            </Typography.Text>
          ),
        }}
      />
    </div>
  );
}
