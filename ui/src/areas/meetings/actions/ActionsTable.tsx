import type { HTMLAttributes } from "react";
import { Flex, Table, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { Meeting, Outcome } from "../../../api/bindings";
import { formatDate, formatDateTime } from "../../../i18n/format";
import { ActionDoneButton } from "../ActionDoneButton";
import { ActionState } from "../ActionState";
import { ownerText } from "../outcomeText";

type Props = { actions: Outcome[]; meetings: Meeting[]; loading: boolean };

/** Who · what · by when, as the core orders them (open first, by due day). */
export function ActionsTable({ actions, meetings, loading }: Props) {
  const { t } = useTranslation();
  const titles = new Map(meetings.map((m) => [m.id, m.title]));
  const red = (o: Outcome) => (o.overdue ? "danger" : undefined);
  const columns: ColumnsType<Outcome> = [
    {
      key: "due",
      title: t("meetingActions.due"),
      width: 150,
      render: (_, o) => <Typography.Text type={red(o)}>{o.dueOn ? formatDate(o.dueOn) : "—"}</Typography.Text>,
    },
    { key: "who", title: t("meetingActions.who"), width: 200, render: (_, o) => <Typography.Text strong>{ownerText(o)}</Typography.Text> },
    {
      key: "what",
      title: t("meetingActions.what"),
      render: (_, o) => (
        <Flex vertical gap={2}>
          <Typography.Text type={red(o)}>{o.text}</Typography.Text>
          {o.doneAt && (
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {t("outcome.doneBy", { name: o.doneBy ?? "", time: formatDateTime(o.doneAt) })}
              {o.doneNote && ` · ${t("outcome.doneNote", { note: o.doneNote })}`}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      key: "meeting",
      title: t("meetingActions.meeting"),
      width: 200,
      render: (_, o) => <Link to={`/meetings/${o.meetingId}`}>{titles.get(o.meetingId) ?? `#${o.meetingId}`}</Link>,
    },
    {
      key: "case",
      title: t("meetingActions.case"),
      width: 140,
      render: (_, o) => (o.caseId !== null ? <Link to={`/cases/${o.caseId}`}>{o.caseNumber ?? o.caseId}</Link> : null),
    },
    { key: "state", title: t("meetingActions.state"), width: 90, render: (_, o) => <ActionState action={o} /> },
    { key: "done", width: 90, render: (_, o) => <ActionDoneButton action={o} /> },
  ];
  return (
    <div data-testid="actions-table">
      <Table<Outcome>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={actions}
        loading={loading}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: t("meetingActions.empty") }}
        onRow={(o) => ({ "data-testid": `action-row-${o.id}` }) as HTMLAttributes<HTMLElement>}
      />
    </div>
  );
}
