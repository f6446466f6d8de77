import { useState } from "react";
import { Alert, Button, Form, Input, Typography } from "antd";
import { LockOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { useSignIn } from "../../api/accessQueries";
import type { AppError, AppStatus, SessionInfo } from "../../api/bindings";
import { AccessFrame } from "./AccessFrame";
import { SignInForm } from "./SignInForm";
import { signInErrorText } from "./signInError";

/**
 * The locked window: it names who is signed in, so the next person at the desk knows whose
 * work is open, and lets either that operator unlock or someone else sign in instead.
 */
export function LockScreen({ status, session }: { status: AppStatus; session: SessionInfo }) {
  const { t } = useTranslation();
  const [switching, setSwitching] = useState(false);
  const back = (
    <Button block onClick={() => setSwitching(false)} data-testid="back-to-unlock" style={{ marginTop: 16 }}>
      {t("lock.backToUnlock")}
    </Button>
  );
  if (switching) {
    return (
      <AccessFrame testId="page-sign-in" title={t("signIn.title")} intro={t("signIn.intro")}>
        <SignInForm isDemo={status.isDemo} />
        {back}
      </AccessFrame>
    );
  }
  return (
    <AccessFrame testId="lock-screen" title={<><LockOutlined /> {t("lock.title")}</>}>
      <Typography.Paragraph strong style={{ fontSize: 16 }} data-testid="lock-operator">
        {t("lock.who", { name: session.operator.displayName, role: t(`access.roles.${session.operator.role}`) })}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t("lock.help")}</Typography.Paragraph>
      <UnlockForm login={session.operator.login} />
      <Button type="link" block onClick={() => setSwitching(true)} data-testid="switch-operator" style={{ marginTop: 8 }}>
        {t("lock.switchOperator")}
      </Button>
    </AccessFrame>
  );
}

function UnlockForm({ login }: { login: string }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ secret: string }>();
  const signIn = useSignIn();
  const [error, setError] = useState<AppError | null>(null);

  const submit = ({ secret }: { secret: string }) => {
    setError(null);
    // Unlocking is signing in again as the same operator: the backend checks and records it.
    signIn.mutate(
      { login, secret },
      {
        onError: (err) => {
          setError(err);
          form.setFieldsValue({ secret: "" });
        },
      },
    );
  };

  return (
    <Form form={form} layout="vertical" onFinish={submit} requiredMark={false} disabled={signIn.isPending}>
      <Form.Item name="secret" label={t("lock.secret")} rules={[{ required: true, message: t("signIn.secretRequired") }]}>
        <Input.Password autoFocus autoComplete="current-password" size="large" data-testid="unlock-secret" />
      </Form.Item>
      {error && <Alert type="error" showIcon message={signInErrorText(error, t)} style={{ marginBottom: 16 }} data-testid="signin-error" />}
      <Button type="primary" htmlType="submit" size="large" block loading={signIn.isPending} data-testid="unlock-submit">
        {t("lock.unlock")}
      </Button>
    </Form>
  );
}
