import { useEffect } from "react";
import { App, Button, DatePicker, Form, Input, Select, Space } from "antd";
import type { Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import type { DayKind, Holiday } from "../../../api/bindings";
import { useSetHoliday } from "../../../api/queries";
import { showOnField } from "../../../common/serverFieldError";
import { errorText } from "../../../i18n/errorText";
import { formatDate } from "../../../i18n/format";
import { fromDay, toDay } from "../../roster/dates";

type Values = { date?: Dayjs | null; kind: DayKind; name: string };

type Props = { editing: Holiday | null; onSaved: (holiday: Holiday) => void; onCancel: () => void };

/** Adds a day, or changes the kind and name of the one being edited (its date stays). */
export function HolidayForm({ editing, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSetHoliday();

  useEffect(() => {
    form.setFieldsValue(
      editing
        ? { date: fromDay(editing.date), kind: editing.kind, name: editing.name }
        : { date: null, kind: "holiday", name: "" },
    );
  }, [form, editing]);

  const submit = (v: Values) => {
    const holiday: Holiday = { date: toDay(v.date as Dayjs), kind: v.kind, name: v.name.trim() };
    save.mutate(holiday, {
      onSuccess: () => {
        void message.success(t("holidays.saved"));
        form.resetFields();
        onSaved(holiday);
      },
      onError: (err) => {
        if (!showOnField(form, err, t, ["date", "kind", "name"], { scope: "holiday" }))
          void message.error(errorText(err, t, "holiday"));
      },
    });
  };

  return (
    <Form<Values>
      form={form}
      layout="inline"
      onFinish={submit}
      initialValues={{ date: null, kind: "holiday", name: "" }}
      style={{ rowGap: 8 }}
    >
      <Form.Item name="date" rules={[{ required: true, message: t("holidays.dateRequired") }]}>
        <DatePicker
          disabled={editing !== null}
          placeholder={t("holidays.date")}
          aria-label={t("holidays.date")}
          data-testid="holiday-date"
        />
      </Form.Item>
      <Form.Item name="kind">
        <Select<DayKind>
          style={{ width: 130 }}
          aria-label={t("holidays.kind")}
          data-testid="holiday-kind"
          options={[
            { value: "holiday", label: t("holidays.kindHoliday") },
            { value: "workday", label: t("holidays.kindWorkday") },
          ]}
        />
      </Form.Item>
      <Form.Item name="name" rules={[{ required: true, whitespace: true, message: t("holidays.nameRequired") }]}>
        <Input
          placeholder={t("holidays.namePlaceholder")}
          aria-label={t("holidays.name")}
          style={{ width: 200 }}
          data-testid="holiday-name"
        />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="holiday-submit">
          {editing ? t("settings.save") : t("holidays.add")}
        </Button>
        {editing && (
          <Button onClick={onCancel} title={t("holidays.editing", { date: formatDate(editing.date) })}>
            {t("settings.cancel")}
          </Button>
        )}
      </Space>
    </Form>
  );
}
