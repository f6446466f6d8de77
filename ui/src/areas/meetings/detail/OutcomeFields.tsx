import { Checkbox, DatePicker, Form, Input, Radio, Select, Space } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import type { OutcomeKind, Party } from "../../../api/bindings";
import { OUTCOME_KINDS } from "../labels";
import { NewCaseFields } from "./NewCaseFields";

type Props = {
  parties: Party[];
  hasCase: boolean;
  /** Offer opening a new case from an action (while the meeting is open, not in amendments). */
  mayOpenCase?: boolean;
};

/**
 * An outcome's fields: its kind and text, and for an action who does it and by when (W3C
 * scribes' "ACTION: who to what"). Inside a Form whose values are OutcomeValues.
 */
export function OutcomeFields({ parties, hasCase, mayOpenCase = false }: Props) {
  const { t } = useTranslation();
  const kind = Form.useWatch<OutcomeKind | undefined>("kind");
  const action = kind === "action";
  return (
    <>
      <Form.Item name="kind" label={t("outcome.kind")}>
        <Radio.Group optionType="button" data-testid="outcome-kind">
          {OUTCOME_KINDS.map((k) => (
            <Radio.Button key={k} value={k} data-testid={`outcome-kind-${k}`}>
              {t(`outcomeKind.${k}`)}
            </Radio.Button>
          ))}
        </Radio.Group>
      </Form.Item>
      <Form.Item
        name="text"
        label={t("meetingFields.text")}
        rules={[{ required: true, whitespace: true, message: t("validation.required", { field: t("meetingFields.text") }) }]}
      >
        <Input.TextArea
          autoFocus
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={1000}
          placeholder={t("outcome.textPlaceholder")}
          data-testid="outcome-text"
        />
      </Form.Item>
      {action && (
        <>
          <Space size={16} align="start" wrap>
            <Form.Item name="ownerPartyId" label={t("meetingFields.ownerPartyId")} extra={t("outcome.ownerPartyHelp")}>
              <Select<number>
                allowClear
                showSearch
                optionFilterProp="label"
                options={parties.map((p) => ({ value: p.id, label: p.name }))}
                style={{ width: 240 }}
                data-testid="outcome-owner-party"
              />
            </Form.Item>
            <Form.Item name="ownerName" label={t("meetingFields.ownerName")}>
              <Input maxLength={30} placeholder={t("outcome.ownerNamePlaceholder")} style={{ width: 180 }} data-testid="outcome-owner-name" />
            </Form.Item>
            <Form.Item
              name="dueOn"
              label={t("meetingFields.dueOn")}
              rules={[{ required: true, message: t("meetingValidation.dueOn_required") }]}
            >
              <DatePicker disabledDate={(d) => d.isBefore(dayjs(), "day")} data-testid="outcome-due" />
            </Form.Item>
          </Space>
          {hasCase && (
            <Form.Item name="updateCase" valuePropName="checked" extra={t("outcome.updateCaseHelp")}>
              <Checkbox data-testid="outcome-update-case">{t("outcome.updateCase")}</Checkbox>
            </Form.Item>
          )}
          {!hasCase && mayOpenCase && <NewCaseFields />}
        </>
      )}
    </>
  );
}
