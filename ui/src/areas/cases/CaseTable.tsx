import type { HTMLAttributes } from "react";
import { Table, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router-dom";
import type { Case, CasePage } from "../../api/bindings";
import { formatDateTime, formatNumber } from "../../i18n/format";
import { LightDot } from "./LightDot";
import { StatusTag } from "./StatusTag";

type Props = {
  data: CasePage | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPage: (page: number, pageSize: number) => void;
};

/** The backend stops counting at 10,000; beyond that the pager offers the pages it can reach. */
export function CaseTable({ data, loading, page, pageSize, onPage }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const columns: ColumnsType<Case> = [
    { key: "number", title: t("caseFields.number"), dataIndex: "number", width: 115 },
    {
      key: "title",
      title: t("caseFields.title"),
      // The only column without a width takes what the others leave: they are kept narrow so a
      // title reads in one or two lines on a 1280-pixel screen, not in five.
      // A real link, so the keyboard can open a case too.
      render: (_, c) => (
        <Link to={`/cases/${c.id}`} onClick={(e) => e.stopPropagation()}>
          {c.title}
        </Link>
      ),
    },
    { key: "category", title: t("caseFields.categoryId"), dataIndex: "categoryName", width: 110 },
    {
      key: "place",
      title: t("cases.place"),
      width: 170,
      render: (_, c) => (c.gridName ? `${c.communityName} · ${c.gridName}` : c.communityName),
    },
    { key: "status", title: t("caseFields.status"), width: 90, render: (_, c) => <StatusTag status={c.status} /> },
    { key: "light", title: t("cases.light"), width: 110, render: (_, c) => <LightDot light={c.light} /> },
    { key: "due", title: t("caseFields.dueAt"), width: 170, render: (_, c) => formatDateTime(c.dueAt) },
    {
      key: "assignee",
      title: t("caseFields.assigneeId"),
      width: 90,
      render: (_, c) => c.assigneeName ?? c.responsibleParty ?? "",
    },
  ];
  const total = data?.total ?? 0;
  return (
    <div data-testid="case-table">
      <Table<Case>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={data?.cases ?? []}
        loading={loading}
        locale={{ emptyText: t("cases.empty") }}
        onRow={(c) =>
          ({ onClick: () => navigate(`/cases/${c.id}`), style: { cursor: "pointer" }, "data-testid": `case-row-${c.id}` }) as HTMLAttributes<HTMLElement>
        }
        pagination={{
          current: page + 1,
          pageSize,
          total,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          onChange: (p, size) => onPage(size === pageSize ? p - 1 : 0, size),
          showTotal: () => (
            <Typography.Text data-testid="case-total">
              {data?.capped ? t("cases.totalCapped") : t("cases.total", { total: formatNumber(total) })}
            </Typography.Text>
          ),
        }}
      />
    </div>
  );
}
