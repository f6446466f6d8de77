import { App, Button, Form, Input } from "antd";
import { useTranslation } from "react-i18next";
import { useCreateFirstAdmin } from "../../api/accessQueries";
import type { FirstAdminInput } from "../../api/bindings";
import { showOnField } from "../../common/serverFieldError";
import { errorText } from "../../i18n/errorText";
import { AccessFrame } from "./AccessFrame";
import { passwordRules } from "./passwordRules";

type Values = FirstAdminInput & { password2: string };

const FIELDS = ["login", "displayName", "password"] as const;

/** The very first start: nobody can sign in until the administrator's account exists. */
export function CreateAdminPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateFirstAdmin();

  const submit = (values: Values) => {
    const input: FirstAdminInput = {
      login: values.login.trim(),
      displayName: values.displayName.trim(),
      password: values.password,
    };
    create.mutate(input, {
      onError: (err) => {
        if (!showOnField(form, err, t, FIELDS, { scope: "operator" })) void message.error(errorText(err, t, "operator"));
      },
    });
  };

  const required = (label: string) => [{ required: true, whitespace: true, message: t("validation.required", { field: label }) }];

  return (
    <AccessFrame testId="page-create-admin" title={t("createAdmin.title")} intro={t("createAdmin.intro")}>
      <Form<Values> form={form} layout="vertical" onFinish={submit} disabled={create.isPending} requiredMark={false}>
        <Form.Item name="login" label={t("createAdmin.login")} extra={t("createAdmin.loginHelp")} rules={required(t("createAdmin.login"))}>
          <Input autoFocus autoComplete="off" data-testid="admin-login" />
        </Form.Item>
        <Form.Item name="displayName" label={t("createAdmin.name")} extra={t("createAdmin.nameHelp")} rules={required(t("createAdmin.name"))}>
          <Input data-testid="admin-name" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t("createAdmin.password")}
          extra={t("createAdmin.passwordHelp")}
          rules={passwordRules(t, { login: (get) => String(get("login") ?? "") })}
        >
          <Input.Password autoComplete="new-password" data-testid="admin-password" />
        </Form.Item>
        <Form.Item
          name="password2"
          label={t("createAdmin.password2")}
          dependencies={["password"]}
          rules={[
            { required: true, message: t("createAdmin.password2Required") },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || value === getFieldValue("password") ? Promise.resolve() : Promise.reject(new Error(t("createAdmin.mismatch"))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="admin-password2" />
        </Form.Item>
        <Button type="primary" htmlType="submit" size="large" block loading={create.isPending} data-testid="admin-submit">
          {t("createAdmin.submit")}
        </Button>
      </Form>
    </AccessFrame>
  );
}
