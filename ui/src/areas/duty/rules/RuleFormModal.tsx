import { useRef, useState } from "react";
import { App, Button, Checkbox, DatePicker, Flex, Form, Input, InputNumber, Modal, Select, Switch, TimePicker } from "antd";
import type { Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import type { AppError, Community, DutyRuleView, Person } from "../../../api/bindings";
import { useCreateDutyRule, useUpdateDutyRule } from "../../../api/queries";
import { showOnField } from "../../../common/serverFieldError";
import { errorText } from "../../../i18n/errorText";
import { formatWeekday } from "../../../i18n/format";
import type { Messages } from "../../../i18n/zh-CN";
import { toTime } from "../dates";
import { MemberPool, type KnownPerson } from "./MemberPool";
import { ALL, defaultName, initialValues, ruleInput, type RuleValues } from "./ruleValues";

type ValidationKey = `dutyValidation.${keyof Messages["dutyValidation"]}`;
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];
const FIELDS = ["name", "communityId", "weekdays", "startTime", "endTime", "perSlot", "members", "startDate", "endDate"] as const;

type Props = { rule: DutyRuleView | null; communities: Community[]; defaultCommunityId: number | null; onClose: () => void };

/** A duty rule: where, which weekdays, when, how many a day, who in which order, from when. */
export function RuleFormModal({ rule, communities, defaultCommunityId, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<RuleValues>();
  const create = useCreateDutyRule();
  const update = useUpdateDutyRule();
  const nameEdited = useRef(rule !== null);
  const [known, setKnown] = useState<Record<number, KnownPerson>>(() =>
    Object.fromEntries((rule?.rule.members ?? []).map((id, i) => [id, { name: rule?.memberNames[i] ?? "", phone: "" }])),
  );
  const addKnown = (p: Person) => setKnown((old) => ({ ...old, [p.id]: { name: p.name, phone: p.phone } }));

  const changed = (patch: Partial<RuleValues>, all: RuleValues) => {
    if ("name" in patch) nameEdited.current = true;
    else if (!nameEdited.current && ("communityId" in patch || "weekdays" in patch))
      form.setFieldValue("name", defaultName(all, communities, t));
  };

  const save = async (v: RuleValues) => {
    const input = ruleInput(v);
    try {
      if (rule) await update.mutateAsync({ id: rule.rule.id, input });
      else await create.mutateAsync(input);
    } catch (err) {
      const e = err as AppError;
      if (!showOnField(form, e, t, FIELDS, { scope: "duty" })) void message.error(errorText(e, t, "duty"));
      return;
    }
    void message.success(t("dutyRule.saved"));
    onClose();
  };

  const required = (key: ValidationKey) => ({ required: true, message: t(key) });
  const after =
    (field: "startTime" | "startDate", unit: "minute" | "day", key: ValidationKey) =>
    ({ getFieldValue }: { getFieldValue: (name: string) => unknown }) => ({
      validator: (_: unknown, end: Dayjs | null | undefined) => {
        const start = getFieldValue(field) as Dayjs | null | undefined;
        const ok = !end || !start || (unit === "minute" ? toTime(end) > toTime(start) : !end.isBefore(start, "day"));
        return ok ? Promise.resolve() : Promise.reject(new Error(t(key)));
      },
    });

  return (
    <Modal
      open
      width={640}
      title={rule ? t("dutyRule.editTitle", { name: rule.name }) : t("dutyRule.addTitle")}
      onCancel={onClose}
      maskClosable={false}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t("settings.cancel")}
        </Button>,
        <Button
          key="ok"
          type="primary"
          loading={create.isPending || update.isPending}
          onClick={() => form.submit()}
          data-testid="rule-submit"
        >
          {t("settings.save")}
        </Button>,
      ]}
    >
      <Form<RuleValues>
        form={form}
        layout="vertical"
        onFinish={save}
        onValuesChange={changed}
        initialValues={initialValues(rule, defaultCommunityId, communities, t)}
        data-testid="duty-rule-form"
      >
        <Form.Item
          name="communityId"
          label={t("dutyFields.communityId")}
          rules={[{ required: true, message: t("validationSpecial.communityId_required") }]}
        >
          <Select<number | typeof ALL>
            data-testid="rule-community"
            options={[{ value: ALL, label: t("duty.wholeStation") }, ...communities.map((c) => ({ value: c.id, label: c.name }))]}
          />
        </Form.Item>
        <Form.Item
          name="weekdays"
          label={t("dutyFields.weekdays")}
          rules={[{ type: "array", ...required("dutyValidation.weekdays_required"), min: 1 }]}
        >
          <Checkbox.Group>
            {WEEKDAYS.map((d) => (
              <Checkbox key={d} value={d} data-testid={`rule-weekday-${d}`}>
                {formatWeekday(d)}
              </Checkbox>
            ))}
          </Checkbox.Group>
        </Form.Item>
        <Form.Item
          name="name"
          label={t("dutyFields.name")}
          extra={t("dutyRule.nameHelp")}
          rules={[{ ...required("dutyValidation.name_required"), whitespace: true }]}
        >
          <Input data-testid="rule-name" />
        </Form.Item>
        <Flex gap={16} wrap>
          <Form.Item name="startTime" label={t("dutyFields.startTime")} rules={[required("dutyValidation.startTime_required")]}>
            <TimePicker format="HH:mm" minuteStep={5} data-testid="rule-start" />
          </Form.Item>
          <Form.Item
            name="endTime"
            label={t("dutyFields.endTime")}
            dependencies={["startTime"]}
            rules={[required("dutyValidation.endTime_required"), after("startTime", "minute", "dutyValidation.endTime_invalid")]}
          >
            <TimePicker format="HH:mm" minuteStep={5} data-testid="rule-end" />
          </Form.Item>
          <Form.Item name="perSlot" label={t("dutyFields.perSlot")} rules={[required("dutyValidation.perSlot_invalid")]}>
            <InputNumber
              min={1}
              max={20}
              precision={0}
              suffix={t("dutyRule.perSlotUnit")}
              style={{ width: 120 }}
              data-testid="rule-per-slot"
            />
          </Form.Item>
        </Flex>
        <Form.Item
          name="members"
          label={t("dutyFields.members")}
          extra={t("dutyRule.membersHelp")}
          rules={[{ type: "array", ...required("dutyValidation.members_required"), min: 1 }]}
        >
          <MemberPool known={known} onKnown={addKnown} />
        </Form.Item>
        <Flex gap={16}>
          <Form.Item
            name="startDate"
            label={t("dutyFields.startDate")}
            rules={[required("dutyValidation.startDate_required")]}
            style={{ flex: 1 }}
          >
            <DatePicker style={{ width: "100%" }} data-testid="rule-start-date" />
          </Form.Item>
          <Form.Item
            name="endDate"
            label={t("dutyFields.endDate")}
            extra={t("dutyRule.endDateHelp")}
            dependencies={["startDate"]}
            rules={[after("startDate", "day", "dutyValidation.endDate_invalid")]}
            style={{ flex: 1 }}
          >
            <DatePicker style={{ width: "100%" }} data-testid="rule-end-date" />
          </Form.Item>
        </Flex>
        <Form.Item
          name="skipHolidays"
          label={t("dutyFields.skipHolidays")}
          extra={t("dutyRule.skipHolidaysHelp")}
          valuePropName="checked"
        >
          <Switch data-testid="rule-skip-holidays" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
