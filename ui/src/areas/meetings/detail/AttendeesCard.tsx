import { useState } from "react";
import { App, Button, Card, Flex, Popconfirm, Tag, Typography } from "antd";
import { CloseOutlined, PlusOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import type { Attendee, MeetingDetail } from "../../../api/bindings";
import { useRemoveAttendee } from "../../../api/meetingQueries";
import { usePerm } from "../../../common/useSession";
import { SIDES } from "../labels";
import { meetingWriteErrorText } from "../meetingErrorText";
import { AttendeeForm } from "./AttendeeForm";

/** Who came, by side (城管, 居委会, 业委会, 物业公司, 其他); changeable while the meeting is open. */
export function AttendeesCard({ detail }: { detail: MeetingDetail }) {
  const { t } = useTranslation();
  const mayRun = usePerm("meeting_run");
  const [adding, setAdding] = useState(false);
  const editable = mayRun && detail.meeting.closedAt === null;
  const sides = SIDES.filter((s) => detail.attendees.some((a) => a.side === s));
  return (
    <Card
      size="small"
      title={t("attendees.title")}
      extra={
        editable &&
        !adding && (
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="attendee-add">
            {t("attendees.add")}
          </Button>
        )
      }
      data-testid="meeting-attendees"
    >
      <Flex vertical gap={8}>
        {sides.length === 0 && <Typography.Text type="secondary">{t("attendees.empty")}</Typography.Text>}
        {sides.map((side) => (
          <Flex key={side} gap={8} wrap align="center" data-testid={`attendee-side-${side}-list`}>
            <Typography.Text strong style={{ minWidth: 72 }}>
              {t(`meetingSide.${side}`)}
            </Typography.Text>
            {detail.attendees
              .filter((a) => a.side === side)
              .map((a) => (
                <AttendeeTag key={a.id} attendee={a} editable={editable} />
              ))}
          </Flex>
        ))}
        {adding && <AttendeeForm meeting={detail.meeting} onClose={() => setAdding(false)} />}
      </Flex>
    </Card>
  );
}

function AttendeeTag({ attendee: a, editable }: { attendee: Attendee; editable: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const remove = useRemoveAttendee();
  const label = [a.name + (a.title ? `（${a.title}）` : ""), a.partyName].filter(Boolean).join(" · ");
  return (
    <Tag style={{ fontSize: 14, padding: "2px 8px" }} data-testid={`attendee-${a.id}`}>
      {label}
      {editable && (
        <Popconfirm
          title={t("attendees.removeTitle", { name: a.name })}
          okText={t("attendees.remove")}
          cancelText={t("attendees.cancel")}
          okButtonProps={{ "data-testid": `attendee-remove-ok-${a.id}` }}
          onConfirm={() =>
            remove.mutateAsync(a.id).then(
              () => void message.success(t("attendees.removed")),
              (err) => void message.error(meetingWriteErrorText(err, t)),
            )
          }
        >
          <Button
            type="text"
            size="small"
            icon={<CloseOutlined />}
            aria-label={t("attendees.remove")}
            style={{ marginInlineStart: 4 }}
            data-testid={`attendee-remove-${a.id}`}
          />
        </Popconfirm>
      )}
    </Tag>
  );
}
