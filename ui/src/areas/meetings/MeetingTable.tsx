import type { HTMLAttributes } from "react";
import { Table, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useTranslation } from "react-i18next";
import type { Meeting } from "../../api/bindings";
import { formatDateTime, formatNumber } from "../../i18n/format";
import { MeetingStateTag } from "./MeetingStateTag";

type Props = { meetings: Meeting[]; loading: boolean; onOpen: (id: number) => void };

/** Meetings newest first, as the core sends them; a row opens the meeting. */
export function MeetingTable({ meetings, loading, onOpen }: Props) {
  const { t } = useTranslation();
  const columns: ColumnsType<Meeting> = [
    { key: "time", title: t("meetingFields.heldAt"), width: 190, render: (_, m) => formatDateTime(m.heldAt) },
    { key: "kind", title: t("meetingFields.kind"), width: 140, render: (_, m) => t(`meetingKind.${m.kind}`) },
    { key: "title", title: t("meetingFields.title"), render: (_, m) => <Typography.Text strong>{m.title}</Typography.Text> },
    {
      key: "place",
      title: t("meetings.place"),
      width: 200,
      render: (_, m) => (m.estateName ? `${m.communityName} · ${m.estateName}` : m.communityName),
    },
    { key: "state", title: t("meetings.state"), width: 90, render: (_, m) => <MeetingStateTag meeting={m} /> },
    {
      key: "actions",
      title: t("meetings.openActions"),
      width: 120,
      align: "right",
      render: (_, m) => (m.openActions > 0 ? <Tag color="orange">{formatNumber(m.openActions)}</Tag> : "0"),
    },
  ];
  return (
    <Table<Meeting>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={meetings}
      loading={loading}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: t("meetings.empty") }}
      onRow={(m) =>
        ({ onClick: () => onOpen(m.id), style: { cursor: "pointer" }, "data-testid": `meeting-row-${m.id}` }) as HTMLAttributes<HTMLElement>
      }
      data-testid="meetings-table"
    />
  );
}
