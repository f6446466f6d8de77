import type { KeyboardEvent } from "react";
import { Alert, App, Form, Modal, Skeleton, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import type { AppError } from "../../api/bindings";
import { useCaseCategories } from "../../api/caseQueries";
import { useCaseFromVisit, useVisit } from "../../api/deskQueries";
import { caseErrorText, showCaseFieldError } from "../cases/caseErrorText";
import { INTAKE_FIELDS, toCaseInput, type IntakeValues } from "../cases/intake/intakeValues";
import { RequiredFields } from "../cases/intake/RequiredFields";
import { useCaseCommunities } from "../cases/useCaseCommunities";
import { deskErrorText } from "./deskErrorText";
import { VisitCaseFields } from "./VisitCaseFields";
import { caseValuesFrom } from "./visitCaseValues";

/**
 * "Make a case from this visit": the case intake's fields, filled from the visit. The desk picks
 * the category; on success the new case opens.
 */
export function VisitCaseModal({ visitId, onClose }: { visitId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<IntakeValues>();
  const visit = useVisit(visitId);
  const categories = useCaseCategories();
  const communities = useCaseCommunities();
  const toCase = useCaseFromVisit();

  const save = (values: IntakeValues) => {
    // Reporter left empty on purpose: the core copies the visitor's full name and phone.
    const input = { ...toCaseInput(values), reporterName: "", reporterPhone: "", anonymous: false };
    toCase.mutate(
      { visitId, input },
      {
        onSuccess: (caseId) => {
          void message.success(t("visitCase.saved"));
          onClose();
          navigate(`/cases/${caseId}`);
        },
        onError: (err: AppError) => {
          if (err.code === "CONFLICT") void message.error(t("visitCase.already"));
          else if (!showCaseFieldError(form, err, t, INTAKE_FIELDS)) void message.error(caseErrorText(err, t));
        },
      },
    );
  };

  const keys = (e: KeyboardEvent) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      if (!toCase.isPending) form.submit();
    }
  };

  return (
    <Modal
      open
      width={680}
      title={t("visitCase.title")}
      onCancel={onClose}
      maskClosable={false}
      okText={t("visitCase.submit")}
      onOk={() => form.submit()}
      okButtonProps={{ disabled: !visit.data, "data-testid": "visit-case-submit" }}
      confirmLoading={toCase.isPending}
      destroyOnHidden
    >
      {visit.isError && <Alert type="error" showIcon message={deskErrorText(visit.error, t)} />}
      {visit.isPending && <Skeleton active />}
      {visit.data && (
        <div onKeyDown={keys}>
          <Alert type="info" showIcon message={t("visitCase.reporterNote")} style={{ marginBottom: 16 }} />
          <Form<IntakeValues>
            form={form}
            layout="vertical"
            initialValues={caseValuesFrom(visit.data, communities)}
            onFinish={save}
            onValuesChange={(changed: Partial<IntakeValues>) => {
              if ("communityId" in changed) form.setFieldValue("gridId", undefined);
            }}
            data-testid="visit-case-form"
          >
            <RequiredFields categories={categories.data ?? []} communities={communities} />
            <VisitCaseFields />
          </Form>
          <Typography.Text type="secondary">{t("caseForm.shortcut")}</Typography.Text>
        </div>
      )}
    </Modal>
  );
}
