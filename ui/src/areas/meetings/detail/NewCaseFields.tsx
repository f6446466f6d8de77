import { Checkbox, Form, Select } from "antd";
import { useTranslation } from "react-i18next";
import { useCaseCategories } from "../../../api/caseQueries";
import { intakeGroups } from "../../cases/categoryOptions";

/**
 * An action on an agenda item without a case can open one: the core files it as a meeting case
 * in the meeting's community and estate, assigned to the owner, due on the agreed day.
 */
export function NewCaseFields() {
  const { t } = useTranslation();
  const open = Form.useWatch<boolean | undefined>("newCase");
  const categories = useCaseCategories();
  return (
    <>
      <Form.Item name="newCase" valuePropName="checked" extra={t("outcome.newCaseHelp")} style={{ marginBottom: open ? 8 : undefined }}>
        <Checkbox data-testid="outcome-new-case">{t("outcome.newCase")}</Checkbox>
      </Form.Item>
      {open && (
        <Form.Item
          name="newCaseCategoryId"
          label={t("meetingFields.newCaseCategoryId")}
          rules={[{ required: true, message: t("validation.required", { field: t("meetingFields.newCaseCategoryId") }) }]}
        >
          <Select<number>
            showSearch
            loading={categories.isFetching}
            options={intakeGroups(categories.data ?? [])}
            filterOption={(input, option) => String((option as { search?: string })?.search ?? "").includes(input.trim())}
            placeholder={t("outcome.newCaseCategoryPlaceholder")}
            style={{ width: 320 }}
            data-testid="outcome-new-case-category"
          />
        </Form.Item>
      )}
    </>
  );
}
