import { useEffect } from "react";
import { App, Button, Card, Form, InputNumber, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useSetIdleLock } from "../../api/accessQueries";
import { errorText } from "../../i18n/errorText";

/** How long the shared desk PC may stay unattended before it locks itself. */
export function IdleLockSection({ minutes }: { minutes: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ minutes: number }>();
  const save = useSetIdleLock();

  useEffect(() => {
    form.setFieldsValue({ minutes });
  }, [form, minutes]);

  const submit = (values: { minutes: number }) =>
    save.mutate(values.minutes, {
      onSuccess: () => void message.success(t("account.idleSaved")),
      onError: (err) => void message.error(errorText(err, t)),
    });

  return (
    <Card title={t("account.idleTitle")} data-testid="idle-lock-section">
      <Typography.Paragraph type="secondary">{t("account.idleHelp")}</Typography.Paragraph>
      <Typography.Paragraph data-testid="idle-lock-current">
        {minutes === 0 ? t("account.idleNever") : t("account.idleNow", { count: minutes })}
      </Typography.Paragraph>
      <Form form={form} layout="inline" initialValues={{ minutes }} onFinish={submit}>
        <Form.Item name="minutes" label={t("account.idleMinutes")} rules={[{ required: true, message: t("account.idleHelp") }]}>
          <InputNumber min={0} max={480} precision={0} data-testid="idle-lock-minutes" />
        </Form.Item>
        <Form.Item>
          <Button htmlType="submit" loading={save.isPending} data-testid="idle-lock-save">
            {t("account.idleSave")}
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}
