import { useState } from "react";
import { Alert, Button, Skeleton, Space } from "antd";
import { useTranslation } from "react-i18next";
import { Navigate, useNavigate, useParams } from "react-router-dom";
import type { Step } from "../../../api/bindings";
import { useCase } from "../../../api/caseQueries";
import { caseErrorText } from "../caseErrorText";
import { CaseHeader } from "./CaseHeader";
import { CaseInfo } from "./CaseInfo";
import { CaseTimeline } from "./CaseTimeline";
import { StepModal } from "./StepModal";

/** One case (/cases/12): its state, facts and history, and the steps it can take now. */
export function CaseDetailPage() {
  const id = Number(useParams().id);
  return Number.isInteger(id) && id > 0 ? <Detail id={id} /> : <Navigate to="/cases" replace />;
}

function Detail({ id }: { id: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const detail = useCase(id);
  const [step, setStep] = useState<Step | null>(null);

  if (detail.isError) {
    return (
      <div data-testid="page-case">
        <Alert
          type="error"
          showIcon
          message={caseErrorText(detail.error, t)}
          action={<Button onClick={() => navigate("/cases")}>{t("caseDetail.back")}</Button>}
        />
      </div>
    );
  }
  if (!detail.data) return <Skeleton active />;
  const data = detail.data;
  return (
    <div data-testid="page-case">
      <Space direction="vertical" size={16} style={{ width: "100%" }}>
        <CaseHeader detail={data} onStep={setStep} />
        <CaseInfo detail={data} />
        <CaseTimeline caseId={data.case.id} events={data.timeline} />
      </Space>
      {step && <StepModal key={step} theCase={data.case} step={step} onClose={() => setStep(null)} />}
    </div>
  );
}
