import { useState } from "react";
import { Alert, App, Button, Card, Descriptions, Flex, Tag, Typography } from "antd";
import { ArrowLeftOutlined, DesktopOutlined, EditOutlined, LockOutlined, PrinterOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import type { MeetingDetail } from "../../../api/bindings";
import { useCloseMeeting } from "../../../api/meetingQueries";
import { usePerm } from "../../../common/useSession";
import { formatDateTime } from "../../../i18n/format";
import { meetingWriteErrorText } from "../meetingErrorText";
import { MeetingStateTag } from "../MeetingStateTag";
import { AmendModal } from "./AmendModal";

/** The meeting's facts and what can be done with it: project, print, close, amend. */
export function MeetingHeader({ detail }: { detail: MeetingDetail }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const mayRun = usePerm("meeting_run");
  const close = useCloseMeeting();
  const [amending, setAmending] = useState(false);
  const m = detail.meeting;
  const closed = m.closedAt !== null;
  const none = t("meeting.none");

  const onClose = () =>
    modal.confirm({
      title: t("meeting.closeTitle"),
      content: t("meeting.closeText"),
      okText: t("meeting.closeOk"),
      okButtonProps: { "data-testid": "meeting-close-confirm" },
      onOk: () =>
        close
          .mutateAsync(m.id)
          .then(() => void message.success(t("meeting.closedDone")))
          .catch((err) => void message.error(meetingWriteErrorText(err, t))),
    });

  return (
    <Card>
      <Flex vertical gap={12}>
        <Flex gap={8} wrap align="center">
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate("/meetings")} data-testid="meeting-back">
            {t("meeting.back")}
          </Button>
          <Tag color="blue">{t(`meetingKind.${m.kind}`)}</Tag>
          <MeetingStateTag meeting={m} />
          <div style={{ flex: 1 }} />
          <Button icon={<DesktopOutlined />} onClick={() => navigate(`/meetings/${m.id}/screen`)} data-testid="meeting-screen">
            {t("meeting.screen")}
          </Button>
          <Button icon={<PrinterOutlined />} onClick={() => navigate(`/meetings/${m.id}/print`)} data-testid="meeting-print">
            {t("meeting.print")}
          </Button>
          {mayRun && !closed && (
            <Button danger icon={<LockOutlined />} onClick={onClose} loading={close.isPending} data-testid="meeting-close">
              {t("meeting.close")}
            </Button>
          )}
          {mayRun && closed && (
            <Button icon={<EditOutlined />} onClick={() => setAmending(true)} data-testid="meeting-amend">
              {t("meeting.amend")}
            </Button>
          )}
        </Flex>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="meeting-title-text">
          {m.title}
        </Typography.Title>
        <Descriptions column={{ xs: 1, md: 3 }} size="small" data-testid="meeting-facts">
          <Descriptions.Item label={t("meetingFields.heldAt")}>{formatDateTime(m.heldAt)}</Descriptions.Item>
          <Descriptions.Item label={t("meetingFields.place")}>{m.place || none}</Descriptions.Item>
          <Descriptions.Item label={t("meetings.place")}>
            {m.estateName ? `${m.communityName} · ${m.estateName}` : m.communityName}
          </Descriptions.Item>
          <Descriptions.Item label={t("meeting.chair")}>{m.chair || none}</Descriptions.Item>
          <Descriptions.Item label={t("meeting.recorder")}>{m.recorder || none}</Descriptions.Item>
        </Descriptions>
        {closed && (
          <Alert
            type="info"
            showIcon
            message={t("meeting.closedNote", { time: formatDateTime(m.closedAt ?? ""), name: m.closedBy ?? "" })}
            data-testid="meeting-closed-note"
          />
        )}
      </Flex>
      {amending && <AmendModal detail={detail} onClose={() => setAmending(false)} />}
    </Card>
  );
}
