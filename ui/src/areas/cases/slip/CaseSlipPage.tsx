import { Alert, Button, Flex, Skeleton, Typography } from "antd";
import { ArrowLeftOutlined, PrinterOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { Navigate, useNavigate, useParams } from "react-router-dom";
import { useCase } from "../../../api/caseQueries";
import { useWorkstation } from "../../../api/queries";
import { caseErrorText } from "../caseErrorText";
import "./caseSlip.css";
import { CaseSlipSheet } from "./CaseSlipSheet";

/** The case slip print view (/cases/12/slip). The toolbar and the app around it do not print. */
export function CaseSlipPage() {
  const id = Number(useParams().id);
  return Number.isInteger(id) && id > 0 ? <Slip id={id} /> : <Navigate to="/cases" replace />;
}

function Slip({ id }: { id: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const detail = useCase(id);
  const workstation = useWorkstation();
  return (
    <div data-testid="page-case-slip">
      {/* @page cannot be set per element, so the paper is written as a style of this page only. */}
      <style>{"@page { size: A4 portrait; margin: 12mm; }"}</style>
      <Flex className="no-print" gap={8} align="center" wrap style={{ marginBottom: 16 }}>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(`/cases/${id}`)} data-testid="case-slip-back">
          {t("caseSlip.back")}
        </Button>
        <Button
          type="primary"
          icon={<PrinterOutlined />}
          onClick={() => window.print()}
          disabled={!detail.data}
          data-testid="case-slip-print"
        >
          {t("caseSlip.print")}
        </Button>
        <Typography.Text type="secondary">{t("caseSlip.printHelp")}</Typography.Text>
      </Flex>
      {detail.isError && <Alert type="error" showIcon message={caseErrorText(detail.error, t)} />}
      {detail.isPending && <Skeleton active />}
      {detail.data && <CaseSlipSheet detail={detail.data} workstationName={workstation.data?.name ?? ""} />}
    </div>
  );
}
