import { useState } from "react";
import { Alert, Button, Form, Input } from "antd";
import { useTranslation } from "react-i18next";
import { useSignIn } from "../../api/accessQueries";
import type { AppError, SignInInput } from "../../api/bindings";
import { DemoAccounts } from "./DemoAccounts";
import { signInErrorText } from "./signInError";

type Props = { isDemo: boolean };

/** Login name and password (or PIN). The one error line says why it failed and what to do. */
export function SignInForm({ isDemo }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<SignInInput>();
  const signIn = useSignIn();
  const [error, setError] = useState<AppError | null>(null);

  const submit = (values: SignInInput) => {
    setError(null);
    signIn.mutate(
      { login: values.login.trim(), secret: values.secret },
      {
        onError: (err) => {
          setError(err);
          // The next try starts from an empty secret; the login name usually was right.
          form.setFieldsValue({ secret: "" });
        },
      },
    );
  };

  const pick = (login: string) => {
    form.setFieldsValue({ login, secret: "" });
    setError(null);
  };

  return (
    <>
      <Form<SignInInput> form={form} layout="vertical" onFinish={submit} requiredMark={false} disabled={signIn.isPending}>
        <Form.Item name="login" label={t("signIn.login")} rules={[{ required: true, whitespace: true, message: t("signIn.loginRequired") }]}>
          <Input autoFocus autoComplete="username" size="large" data-testid="signin-login" />
        </Form.Item>
        <Form.Item name="secret" label={t("signIn.secret")} rules={[{ required: true, message: t("signIn.secretRequired") }]}>
          <Input.Password autoComplete="current-password" size="large" data-testid="signin-secret" />
        </Form.Item>
        {error && (
          <Alert type="error" showIcon message={signInErrorText(error, t)} style={{ marginBottom: 16 }} data-testid="signin-error" />
        )}
        <Button type="primary" htmlType="submit" size="large" block loading={signIn.isPending} data-testid="signin-submit">
          {t("signIn.submit")}
        </Button>
      </Form>
      {isDemo && <DemoAccounts onPick={pick} />}
    </>
  );
}
