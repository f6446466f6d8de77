import { AutoComplete, Form, Input } from "antd";
import { useTranslation } from "react-i18next";
import type { PersonInput } from "../../../api/bindings";

/** The common forces of a community grid. The stored value is the Chinese name, whatever the UI language. */
const PARTIES = [
  ["城管", "chengguan"],
  ["社区", "community"],
  ["物业", "property"],
  ["业委会", "owners"],
  ["居委会", "residents"],
  ["公安", "police"],
  ["市场监管", "market"],
  ["消防", "fire"],
  ["志愿者", "volunteer"],
] as const;

export const PERSON_FIELDS = ["name", "organisation", "party", "phone", "notes"] as const;

export type PersonValues = { name: string; organisation?: string; party?: string; phone?: string; notes?: string };

export function personInputOf(values: PersonValues): PersonInput {
  return {
    name: values.name.trim(),
    organisation: (values.organisation ?? "").trim(),
    party: (values.party ?? "").trim(),
    phone: (values.phone ?? "").trim(),
    notes: (values.notes ?? "").trim(),
  };
}

/** A person's own fields, shared by the add-member form and the person drawer's edit form. */
export function PersonFields({ testIdPrefix }: { testIdPrefix: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        name="name"
        label={t("rosterFields.personName")}
        rules={[{ required: true, whitespace: true, message: t("validation.required", { field: t("rosterFields.personName") }) }]}
      >
        <Input data-testid={`${testIdPrefix}-name`} />
      </Form.Item>
      <Form.Item name="organisation" label={t("rosterFields.organisation")}>
        <Input placeholder={t("person.organisationPlaceholder")} data-testid={`${testIdPrefix}-organisation`} />
      </Form.Item>
      <Form.Item name="party" label={t("rosterFields.party")} extra={t("person.partyHelp")}>
        <AutoComplete
          options={PARTIES.map(([value, key]) => ({ value, label: t(`parties.${key}`) }))}
          filterOption={(input, option) => (option?.value ?? "").includes(input.trim())}
          data-testid={`${testIdPrefix}-party`}
        />
      </Form.Item>
      <Form.Item name="phone" label={t("rosterFields.phone")} extra={t("person.phoneHelp")}>
        <Input inputMode="tel" data-testid={`${testIdPrefix}-phone`} />
      </Form.Item>
      <Form.Item name="notes" label={t("rosterFields.notes")}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} data-testid={`${testIdPrefix}-notes`} />
      </Form.Item>
    </>
  );
}
