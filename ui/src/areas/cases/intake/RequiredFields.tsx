import { Form, Input, Select } from "antd";
import { useTranslation } from "react-i18next";
import type { CaseSource, Category, Community } from "../../../api/bindings";
import { intakeGroups } from "../categoryOptions";
import { SOURCES } from "../labels";

type Props = { categories: Category[]; communities: Community[] };

/** What every case needs: where it came from, what kind, which community, and a title. */
export function RequiredFields({ categories, communities }: Props) {
  const { t } = useTranslation();
  const required = (field: string) => ({ required: true, message: t("caseForm.choose", { field }) });
  return (
    <>
      <Form.Item name="source" label={t("caseFields.source")} rules={[required(t("caseFields.source"))]}>
        <Select<CaseSource>
          options={SOURCES.map((s) => ({ value: s, label: t(`caseSource.${s}`) }))}
          data-testid="case-source"
        />
      </Form.Item>
      <Form.Item
        name="categoryId"
        label={t("caseFields.categoryId")}
        rules={[required(t("caseFields.categoryId"))]}
        extra={t("caseForm.categoryHelp")}
      >
        <Select<number>
          autoFocus
          showSearch
          placeholder={t("caseForm.categoryPlaceholder")}
          options={intakeGroups(categories)}
          filterOption={(input, option) => String((option as { search?: string })?.search ?? "").includes(input.trim())}
          data-testid="case-category"
        />
      </Form.Item>
      <Form.Item name="communityId" label={t("caseFields.communityId")} rules={[required(t("caseFields.communityId"))]}>
        <Select<number> options={communities.map((c) => ({ value: c.id, label: c.name }))} data-testid="case-community" />
      </Form.Item>
      <Form.Item
        name="title"
        label={t("caseFields.title")}
        rules={[{ required: true, whitespace: true, message: t("validation.required", { field: t("caseFields.title") }) }]}
        extra={t("caseForm.titleHelp")}
      >
        <Input maxLength={80} showCount placeholder={t("caseForm.titlePlaceholder")} data-testid="case-title" />
      </Form.Item>
    </>
  );
}
