import { DatePicker, Form, Input, Radio } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import type { Case, Person, Step } from "../../../api/bindings";
import { SATISFACTIONS } from "../labels";
import { DocumentPicker } from "../DocumentPicker";
import { PhotoPicker } from "../PhotoPicker";
import { AssigneePicker } from "./AssigneePicker";
import { CaseSearchSelect } from "./CaseSearchSelect";
import { STEP_NEEDS } from "./stepValues";

/** The person already assigned, as the picker shows people, so reassigning starts from them. */
function assigned(c: Case): Person | null {
  if (c.assigneeId === null) return null;
  const name = c.assigneeName ?? "";
  return { id: c.assigneeId, name, organisation: "", party: "", phone: "", photo: null, notes: "", archived: false };
}

/** Only the fields this step needs, in the order they are thought about. */
export function StepFields({ step, theCase }: { step: Step; theCase: Case }) {
  const { t } = useTranslation();
  const { fields, noteRequired } = STEP_NEEDS[step];
  const has = (f: (typeof fields)[number]) => fields.includes(f);
  const required = (field: string) => ({ required: true, message: t("caseForm.choose", { field }) });
  return (
    <>
      {has("assignee") && (
        <>
          <Form.Item
            name="assigneeId"
            label={t("caseFields.assigneeId")}
            dependencies={["responsibleParty"]}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, value) =>
                  value || String(getFieldValue("responsibleParty") ?? "").trim()
                    ? Promise.resolve()
                    : Promise.reject(new Error(t("caseValidation.assigneeId_required"))),
              }),
            ]}
          >
            <AssigneePicker current={assigned(theCase)} />
          </Form.Item>
          <Form.Item name="responsibleParty" label={t("caseFields.responsibleParty")} extra={t("stepForm.partyHelp")}>
            <Input maxLength={80} data-testid="step-party" />
          </Form.Item>
        </>
      )}
      {has("promisedDate") && (
        <Form.Item name="promisedDate" label={t("caseFields.promisedDate")} rules={[required(t("caseFields.promisedDate"))]}>
          <DatePicker disabledDate={(d) => d.isBefore(dayjs(), "day")} data-testid="step-promised-date" />
        </Form.Item>
      )}
      {has("newDueDate") && (
        <Form.Item
          name="newDueDate"
          label={t("caseFields.newDueDate")}
          rules={[required(t("caseFields.newDueDate"))]}
          extra={t("stepForm.newDueHelp")}
        >
          <DatePicker disabledDate={(d) => d.isBefore(dayjs(theCase.dueAt), "day")} data-testid="step-new-due-date" />
        </Form.Item>
      )}
      {has("referredTo") && (
        <Form.Item name="referredTo" label={t("caseFields.referredTo")} rules={[{ ...required(t("caseFields.referredTo")), whitespace: true }]}>
          <Input maxLength={80} placeholder={t("stepForm.referredToPlaceholder")} data-testid="step-referred-to" />
        </Form.Item>
      )}
      {has("duplicateOf") && (
        <Form.Item name="duplicateOf" label={t("caseFields.duplicateOf")} rules={[required(t("caseFields.duplicateOf"))]}>
          <CaseSearchSelect exclude={theCase.id} testId="step-duplicate-of" />
        </Form.Item>
      )}
      {has("satisfaction") && (
        <Form.Item name="satisfaction" label={t("caseFields.satisfaction")} rules={[required(t("caseFields.satisfaction"))]}>
          <Radio.Group
            options={SATISFACTIONS.map((s) => ({ value: s, label: t(`caseSatisfaction.${s}`) }))}
            data-testid="step-satisfaction"
          />
        </Form.Item>
      )}
      <Form.Item
        name="note"
        label={noteRequired ? t("stepForm.reason") : t("stepForm.note")}
        rules={noteRequired ? [{ required: true, whitespace: true, message: t("stepForm.reasonRequired") }] : []}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} data-testid="step-note" />
      </Form.Item>
      {has("photos") && (
        <Form.Item name="photos" label={t(step === "persuade" ? "stepForm.photos" : "stepForm.afterPhotos")}>
          <PhotoPicker testId="step-photos" />
        </Form.Item>
      )}
      {has("documents") && (
        <Form.Item name="documents" label={t("caseDocuments.label")} extra={t("caseDocuments.help")}>
          <DocumentPicker testId="step-documents" />
        </Form.Item>
      )}
    </>
  );
}
