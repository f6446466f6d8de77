import { Button, Card, Flex, Space, Statistic, Typography } from "antd";
import { ArrowLeftOutlined, PrinterOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import type { CaseDetail, Step } from "../../../api/bindings";
import { formatDateTime } from "../../../i18n/format";
import { LightDot } from "../LightDot";
import { StatusTag } from "../StatusTag";
import { StepButtons } from "./StepButtons";

type Props = { detail: CaseDetail; onStep: (step: Step) => void };

/** Where the case stands at a glance, with what can be done next. */
export function CaseHeader({ detail, onStep }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const c = detail.case;
  return (
    <Card>
      <Flex vertical gap={12}>
        <Flex gap={8} wrap align="center">
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate("/cases")} data-testid="case-back">
            {t("caseDetail.back")}
          </Button>
          <Typography.Text code data-testid="case-number">
            {c.number}
          </Typography.Text>
          <StatusTag status={c.status} />
          {c.light && <LightDot light={c.light} />}
          {c.urgency !== "normal" && <Typography.Text type="danger">{t(`caseUrgency.${c.urgency}`)}</Typography.Text>}
          <div style={{ flex: 1 }} />
          <Button icon={<PrinterOutlined />} onClick={() => navigate(`/cases/${c.id}/slip`)} data-testid="case-print">
            {t("caseDetail.print")}
          </Button>
        </Flex>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="case-title-text">
          {c.title}
        </Typography.Title>
        <Space size={32} wrap>
          <Statistic title={t("caseFields.dueAt")} value={formatDateTime(c.dueAt)} valueStyle={{ fontSize: 16 }} />
          <Statistic title={t("caseDetail.reworks")} value={c.reworks} valueStyle={{ fontSize: 16 }} />
          <Statistic title={t("caseDetail.extensions")} value={c.extensions} valueStyle={{ fontSize: 16 }} />
          <Statistic title={t("caseDetail.reopens")} value={c.reopens} valueStyle={{ fontSize: 16 }} />
        </Space>
        <StepButtons steps={detail.nextSteps} onStep={onStep} />
      </Flex>
    </Card>
  );
}
