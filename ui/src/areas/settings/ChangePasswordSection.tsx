import { App, Button, Card, Form, Input, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useChangeOwnPassword } from "../../api/accessQueries";
import { useSession } from "../../common/useSession";
import { showOnField } from "../../common/serverFieldError";
import { errorText } from "../../i18n/errorText";
import { passwordRules } from "../access/passwordRules";

type Values = { current: string; newPassword: string; confirm: string };

/** Every operator changes their own password, proving the current one. */
export function ChangePasswordSection() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const change = useChangeOwnPassword();
  const login = useSession()?.operator.login ?? "";

  const submit = ({ current, newPassword }: Values) =>
    change.mutate(
      { current, newPassword },
      {
        onSuccess: () => {
          form.resetFields();
          void message.success(t("account.changed"));
        },
        onError: (err) => {
          if (!showOnField(form, err, t, ["current", "newPassword"], { scope: "operator" })) void message.error(errorText(err, t));
        },
      },
    );

  return (
    <Card title={t("account.passwordTitle")} data-testid="password-section">
      <Typography.Paragraph type="secondary">{t("account.passwordHelp")}</Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" onFinish={submit} style={{ maxWidth: 360 }} disabled={change.isPending}>
        <Form.Item
          name="current"
          label={t("account.current")}
          rules={[{ required: true, message: t("validation.required", { field: t("operatorFields.current") }) }]}
        >
          <Input.Password autoComplete="current-password" data-testid="password-current" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t("account.newPassword")}
          extra={t("createAdmin.passwordHelp")}
          rules={passwordRules(t, { field: "newPassword", login })}
        >
          <Input.Password autoComplete="new-password" data-testid="password-new" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t("account.confirm")}
          dependencies={["newPassword"]}
          rules={[
            { required: true, message: t("createAdmin.password2Required") },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || value === getFieldValue("newPassword") ? Promise.resolve() : Promise.reject(new Error(t("createAdmin.mismatch"))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="password-confirm" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={change.isPending} data-testid="password-submit">
          {t("account.submit")}
        </Button>
      </Form>
    </Card>
  );
}
