import { Table, Tag } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useTranslation } from "react-i18next";
import type { DutyLine } from "../../api/bindings";

/** Whether the person came: late and no-show stand out; an unmarked arrival is said plainly. */
export function DutyState({ line }: { line: DutyLine }) {
  const { t } = useTranslation();
  if (line.noShow) return <Tag color="red">{t("worklog.noShow")}</Tag>;
  if (!line.arrivedAt) return <Tag color="orange">{t("worklog.notMarked")}</Tag>;
  return (
    <span>
      {line.arrivedAt} {line.late && <Tag color="gold">{t("worklog.late")}</Tag>}
    </span>
  );
}

export function DutyLinesTable({ lines }: { lines: DutyLine[] }) {
  const { t } = useTranslation();
  const columns: ColumnsType<DutyLine> = [
    { key: "name", title: t("worklog.dutyName"), dataIndex: "name", width: 120 },
    { key: "shift", title: t("worklog.dutyShift"), dataIndex: "shift" },
    { key: "time", title: t("worklog.dutyTime"), width: 130, render: (_, l) => `${l.startTime}–${l.endTime}` },
    { key: "arrived", title: t("worklog.dutyArrived"), width: 160, render: (_, l) => <DutyState line={l} /> },
  ];
  return (
    <Table<DutyLine>
      size="small"
      rowKey={(l) => `${l.shift}-${l.startTime}-${l.name}`}
      columns={columns}
      dataSource={lines}
      pagination={false}
      locale={{ emptyText: t("worklog.noDuty") }}
      data-testid="worklog-duty"
    />
  );
}
