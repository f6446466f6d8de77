import { Alert, Button, Flex, Typography } from "antd";
import { useTranslation } from "react-i18next";

/** The demo workstation's accounts (see the core's demo/accounts.rs), one per role, one password. */
const DEMO_LOGINS = ["admin", "qiantai", "weizy", "wuye-huayuan", "huiyi"] as const;
const DEMO_PASSWORD = "demo1234";

/** Shown only on a demo workstation, so a visitor can try each role without asking anyone. */
export function DemoAccounts({ onPick }: { onPick: (login: string) => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="info"
      style={{ marginTop: 24 }}
      data-testid="signin-demo-hint"
      message={t("signIn.demoTitle")}
      description={
        <Flex vertical gap={4}>
          <Typography.Text>{t("signIn.demoText", { password: DEMO_PASSWORD })}</Typography.Text>
          {DEMO_LOGINS.map((login) => (
            <Flex key={login} gap={8} align="center">
              <Button size="small" type="link" onClick={() => onPick(login)} style={{ padding: 0 }} data-testid={`demo-account-${login}`}>
                <Typography.Text code>{login}</Typography.Text>
              </Button>
              <Typography.Text>{t(`signIn.demoRoles.${login}`)}</Typography.Text>
            </Flex>
          ))}
          <Typography.Text type="secondary">{t("signIn.demoOwnAdmin")}</Typography.Text>
        </Flex>
      }
    />
  );
}
