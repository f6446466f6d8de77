import { Alert, Button, Flex, Skeleton, Typography } from "antd";
import { ArrowLeftOutlined, PrinterOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { Navigate, useNavigate } from "react-router-dom";
import { useMeeting } from "../../../api/meetingQueries";
import { useWorkstation } from "../../../api/queries";
import { useCarriedActions } from "../agenda";
import { useMeetingId } from "../detail/MeetingPage";
import { meetingErrorText } from "../meetingErrorText";
import "./minutes.css";
import { MinutesSheet } from "./MinutesSheet";

/** The minutes print view (/meetings/12/print). The toolbar and the app around it do not print. */
export function MinutesPrintPage() {
  const id = useMeetingId();
  return id !== null ? <Print id={id} /> : <Navigate to="/meetings" replace />;
}

function Print({ id }: { id: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const detail = useMeeting(id);
  const carried = useCarriedActions(detail.data);
  const workstation = useWorkstation();
  return (
    <div data-testid="page-meeting-print">
      {/* @page cannot be set per element, so the paper is written as a style of this page only. */}
      <style>{"@page { size: A4 portrait; margin: 12mm; }"}</style>
      <Flex className="no-print" gap={8} align="center" wrap style={{ marginBottom: 16 }}>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(`/meetings/${id}`)} data-testid="minutes-back">
          {t("minutes.back")}
        </Button>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} disabled={!detail.data} data-testid="minutes-print">
          {t("minutes.print")}
        </Button>
        <Typography.Text type="secondary">{t("minutes.printHelp")}</Typography.Text>
      </Flex>
      {detail.isError && <Alert type="error" showIcon message={meetingErrorText(detail.error, t)} />}
      {detail.isPending && <Skeleton active />}
      {detail.data && <MinutesSheet detail={detail.data} carried={carried} workstationName={workstation.data?.name ?? ""} />}
    </div>
  );
}
