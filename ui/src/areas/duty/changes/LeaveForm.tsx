import { Alert, DatePicker, Flex, Form } from "antd";
import type { Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import type { DutyChange } from "../../../api/bindings";
import { fromDay, toDay } from "../../roster/dates";
import { PersonPicker } from "../../roster/member/PersonPicker";
import { ChangeModal } from "./ChangeModal";

type Values = { personId?: number; from?: Dayjs | null; to?: Dayjs | null; reason?: string };

const FIELDS = ["personId", "from", "to", "reason"] as const;

function toChange(v: Values): DutyChange | null {
  if (v.personId === undefined || !v.from || !v.to || v.to.isBefore(v.from, "day")) return null;
  return {
    type: "leave",
    input: { personId: v.personId, from: toDay(v.from), to: toDay(v.to), reason: (v.reason ?? "").trim() },
  };
}

/** Leave: the person's turns in these days pass to the next people in the rotation (代班). */
export function LeaveForm({ date, onClose }: { date?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const notBeforeFrom = ({ getFieldValue }: { getFieldValue: (name: string) => unknown }) => ({
    validator: (_: unknown, to: Dayjs | null | undefined) => {
      const from = getFieldValue("from") as Dayjs | null | undefined;
      return !to || !from || !to.isBefore(from, "day")
        ? Promise.resolve()
        : Promise.reject(new Error(t("dutyValidation.to_invalid")));
    },
  });

  return (
    <ChangeModal<Values>
      title={t("dutyChange.leaveTitle")}
      testId="leave-form"
      form={form}
      initialValues={{ from: fromDay(date), to: fromDay(date), reason: "" }}
      toChange={toChange}
      fields={FIELDS}
      onClose={onClose}
    >
      <Alert type="info" showIcon message={t("dutyChange.leaveHelp")} style={{ marginBottom: 16 }} />
      <Form.Item
        name="personId"
        label={t("dutyFields.personId")}
        rules={[{ required: true, message: t("dutyValidation.personId_required") }]}
      >
        <PersonPicker known={[]} testId="leave-person" />
      </Form.Item>
      <Flex gap={16}>
        <Form.Item
          name="from"
          label={t("dutyFields.from")}
          rules={[{ required: true, message: t("dutyValidation.from_required") }]}
          style={{ flex: 1 }}
        >
          <DatePicker style={{ width: "100%" }} data-testid="leave-from" />
        </Form.Item>
        <Form.Item
          name="to"
          label={t("dutyFields.to")}
          dependencies={["from"]}
          rules={[{ required: true, message: t("dutyValidation.to_required") }, notBeforeFrom]}
          style={{ flex: 1 }}
        >
          <DatePicker style={{ width: "100%" }} data-testid="leave-to" />
        </Form.Item>
      </Flex>
    </ChangeModal>
  );
}
