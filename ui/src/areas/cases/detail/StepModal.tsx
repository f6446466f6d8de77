import { App, Form, Modal } from "antd";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { AppError, Case, Step } from "../../../api/bindings";
import { caseKeys, useApplyCaseStep } from "../../../api/caseQueries";
import { caseErrorText, showCaseFieldError } from "../caseErrorText";
import { StepFields } from "./StepFields";
import { STEP_ERROR_FIELDS, toStepInput, type StepValues } from "./stepValues";

type Props = { theCase: Case; step: Step; onClose: () => void };

/** One workflow step: a small dialog with only what the step needs. */
export function StepModal({ theCase, step, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<StepValues>();
  const apply = useApplyCaseStep();

  const submit = async (values: StepValues) => {
    try {
      await apply.mutateAsync(toStepInput(theCase.id, step, values));
    } catch (err) {
      const e = err as AppError;
      if (e.code === "CONFLICT") {
        // Someone else moved the case on: show its state now instead of this stale dialog.
        void message.error(t("stepForm.conflict"));
        void client.invalidateQueries({ queryKey: caseKeys.all });
        onClose();
      } else if (!showCaseFieldError(form, e, t, STEP_ERROR_FIELDS)) {
        void message.error(caseErrorText(e, t));
      }
      return;
    }
    void message.success(t("stepForm.done", { step: t(`caseStep.${step}`) }));
    onClose();
  };

  return (
    <Modal
      open
      title={t("stepForm.title", { step: t(`caseStep.${step}`), number: theCase.number })}
      onCancel={onClose}
      okText={t(`caseStep.${step}`)}
      onOk={() => form.submit()}
      okButtonProps={{ "data-testid": "step-submit" }}
      confirmLoading={apply.isPending}
      maskClosable={false}
    >
      <Form<StepValues>
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        initialValues={{ assigneeId: theCase.assigneeId ?? undefined, responsibleParty: theCase.responsibleParty, photos: [], documents: [] }}
        data-testid="step-form"
      >
        <StepFields step={step} theCase={theCase} />
      </Form>
    </Modal>
  );
}
