import { App, Form, Input, InputNumber, Modal, Select, Space } from "antd";
import { useTranslation } from "react-i18next";
import type { AppError, Category, CategoryInput } from "../../../api/bindings";
import { useCreateCaseCategory, useUpdateCaseCategory } from "../../../api/caseQueries";
import { caseErrorText, showCaseFieldError } from "../caseErrorText";

type Values = {
  parentId: number | null;
  code: string;
  name: string;
  limitValue?: number;
  limitUnit: "hours" | "days";
  filingCriteria?: string;
  closingCriteria?: string;
};

const FIELDS = ["parentId", "code", "name", "limit", "filingCriteria", "closingCriteria"];

/** What the form is for: a category being edited, or a new one under `parentId` (null: a new first level). */
export type Editing = { category: Category } | { parentId: number | null };

type Props = { editing: Editing; parents: Category[]; onClose: () => void };

export function CategoryFormModal({ editing, parents, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateCaseCategory();
  const update = useUpdateCaseCategory();
  const existing = "category" in editing ? editing.category : null;
  const parentId = existing ? existing.parentId : (editing as { parentId: number | null }).parentId;
  const isChild = parentId !== null;

  const save = async (v: Values) => {
    const input: CategoryInput = {
      parentId,
      code: v.code.trim(),
      name: v.name.trim(),
      // Only a subcategory has a time limit; the core refuses one without.
      limit: isChild && v.limitValue ? { unit: v.limitUnit, value: v.limitValue } : null,
      filingCriteria: (v.filingCriteria ?? "").trim(),
      closingCriteria: (v.closingCriteria ?? "").trim(),
    };
    try {
      if (existing) await update.mutateAsync({ id: existing.id, input });
      else await create.mutateAsync(input);
    } catch (err) {
      const e = err as AppError;
      // The core names the limit as one field; the form splits it into number and unit.
      if (e.code === "VALIDATION" && e.field === "limit") form.setFields([{ name: "limitValue", errors: [caseErrorText(e, t)] }]);
      else if (!showCaseFieldError(form, e, t, FIELDS)) void message.error(caseErrorText(e, t));
      return;
    }
    void message.success(t("caseCategories.saved"));
    onClose();
  };

  const parentName = parents.find((p) => p.id === parentId)?.name;
  return (
    <Modal
      open
      title={existing ? t("caseCategories.editTitle", { name: existing.name }) : t(isChild ? "caseCategories.addChild" : "caseCategories.addParent")}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ "data-testid": "category-submit" }}
      confirmLoading={create.isPending || update.isPending}
      maskClosable={false}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => void save(v)}
        initialValues={{
          code: existing?.code ?? "",
          name: existing?.name ?? "",
          limitValue: existing?.limit?.value,
          limitUnit: existing?.limit?.unit ?? "days",
          filingCriteria: existing?.filingCriteria ?? "",
          closingCriteria: existing?.closingCriteria ?? "",
        }}
        data-testid="category-form"
      >
        {parentName && <Form.Item label={t("caseFields.parentId")}>{parentName}</Form.Item>}
        <Form.Item name="name" label={t("caseFields.name")} rules={[{ required: true, whitespace: true, message: t("validation.required", { field: t("caseFields.name") }) }]}>
          <Input maxLength={40} data-testid="category-name" />
        </Form.Item>
        <Form.Item name="code" label={t("caseFields.code")} rules={[{ required: true, whitespace: true, message: t("validation.required", { field: t("caseFields.code") }) }]}>
          <Input maxLength={20} data-testid="category-code" />
        </Form.Item>
        {isChild && (
          <Form.Item label={t("caseFields.limit")} required>
            <Space.Compact>
              <Form.Item name="limitValue" noStyle rules={[{ required: true, message: t("caseValidation.limit_required") }]}>
                <InputNumber min={1} precision={0} data-testid="category-limit" />
              </Form.Item>
              <Form.Item name="limitUnit" noStyle>
                <Select
                  aria-label={t("caseCategories.limitUnit")}
                  options={[
                    { value: "hours", label: t("caseCategories.hoursUnit") },
                    { value: "days", label: t("caseCategories.daysUnit") },
                  ]}
                  style={{ width: 120 }}
                />
              </Form.Item>
            </Space.Compact>
          </Form.Item>
        )}
        <Form.Item name="filingCriteria" label={t("caseFields.filingCriteria")}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
        <Form.Item name="closingCriteria" label={t("caseFields.closingCriteria")}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
