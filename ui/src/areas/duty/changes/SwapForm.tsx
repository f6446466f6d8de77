import { Alert, DatePicker, Divider, Flex, Form } from "antd";
import type { Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import type { DutyChange } from "../../../api/bindings";
import { fromDay, toDay } from "../../roster/dates";
import { ChangeModal } from "./ChangeModal";
import { parsePick, ShiftPersonSelect, type ShiftPick } from "./ShiftPersonSelect";

type Values = { dateA?: Dayjs | null; pickA?: ShiftPick; dateB?: Dayjs | null; pickB?: ShiftPick; reason?: string };

const FIELDS = ["reason"] as const;

function toChange(v: Values): DutyChange | null {
  const a = parsePick(v.pickA);
  const b = parsePick(v.pickB);
  if (!v.dateA || !v.dateB || !a || !b) return null;
  return {
    type: "swap",
    input: {
      ruleIdA: a.ruleId,
      dateA: toDay(v.dateA),
      personA: a.personId,
      ruleIdB: b.ruleId,
      dateB: toDay(v.dateB),
      personB: b.personId,
      reason: (v.reason ?? "").trim(),
    },
  };
}

/** Two people trade turns; saved as two replacements, so either can be undone. */
export function SwapForm({ date, onClose }: { date?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const dateA = Form.useWatch("dateA", form) as Dayjs | null | undefined;
  const dateB = Form.useWatch("dateB", form) as Dayjs | null | undefined;
  const side = (key: "A" | "B", day: Dayjs | null | undefined) => (
    <Flex gap={12} align="start">
      <Form.Item
        name={`date${key}`}
        label={t("dutyFields.date")}
        rules={[{ required: true, message: t("dutyValidation.date_required") }]}
      >
        <DatePicker
          style={{ width: 160 }}
          onChange={() => form.setFieldValue(`pick${key}`, undefined)}
          data-testid={`swap-date-${key.toLowerCase()}`}
        />
      </Form.Item>
      <Form.Item
        name={`pick${key}`}
        label={t("dutyChange.shiftPerson")}
        rules={[{ required: true, message: t("dutyValidation.personId_required") }]}
        style={{ flex: 1, minWidth: 0 }}
      >
        <ShiftPersonSelect date={day ? toDay(day) : null} testId={`swap-pick-${key.toLowerCase()}`} />
      </Form.Item>
    </Flex>
  );

  return (
    <ChangeModal<Values>
      title={t("dutyChange.swapTitle")}
      testId="swap-form"
      form={form}
      initialValues={{ dateA: fromDay(date), dateB: null, reason: "" }}
      toChange={toChange}
      fields={FIELDS}
      onClose={onClose}
    >
      <Alert type="info" showIcon message={t("dutyChange.swapHelp")} style={{ marginBottom: 16 }} />
      <Divider orientation="left" plain>
        {t("dutyChange.swapA")}
      </Divider>
      {side("A", dateA)}
      <Divider orientation="left" plain>
        {t("dutyChange.swapB")}
      </Divider>
      {side("B", dateB)}
    </ChangeModal>
  );
}
