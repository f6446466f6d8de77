import { Alert, Button, Flex, Skeleton, Typography } from "antd";
import { ArrowLeftOutlined, PrinterOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { Navigate, useNavigate, useParams } from "react-router-dom";
import { useWorklog } from "../../../api/deskQueries";
import { useWorkstation } from "../../../api/queries";
import { deskErrorText } from "../../visits/deskErrorText";
import "./worklogPrint.css";
import { WorklogSheet } from "./WorklogSheet";

/** The work log print view (/worklog/print/2026-11-27). The toolbar and the app around it do not print. */
export function WorklogPrintPage() {
  const day = useParams().day ?? "";
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? <Print day={day} /> : <Navigate to="/worklog" replace />;
}

function Print({ day }: { day: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const worklog = useWorklog(day);
  const workstation = useWorkstation();
  return (
    <div data-testid="page-worklog-print">
      {/* @page cannot be set per element, so the paper is written as a style of this page only. */}
      <style>{"@page { size: A4 portrait; margin: 12mm; }"}</style>
      <Flex className="no-print" gap={8} align="center" wrap style={{ marginBottom: 16 }}>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(`/worklog?day=${day}`)} data-testid="worklog-print-back">
          {t("worklogPrint.back")}
        </Button>
        <Button
          type="primary"
          icon={<PrinterOutlined />}
          onClick={() => window.print()}
          disabled={!worklog.data}
          data-testid="worklog-print-now"
        >
          {t("worklog.print")}
        </Button>
        <Typography.Text type="secondary">{t("worklogPrint.printHelp")}</Typography.Text>
      </Flex>
      {worklog.isError && <Alert type="error" showIcon message={deskErrorText(worklog.error, t)} />}
      {worklog.isPending && <Skeleton active />}
      {worklog.data && <WorklogSheet worklog={worklog.data} workstationName={workstation.data?.name ?? ""} />}
    </div>
  );
}
