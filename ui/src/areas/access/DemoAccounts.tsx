import { useTranslation } from "react-i18next";

/** The demo workstation's accounts (see the core's demo/accounts.rs), one per role, one password. */
const DEMO_LOGINS = ["admin", "qiantai", "weizy", "wuye-huayuan", "huiyi"] as const;
const DEMO_PASSWORD = "demo1234";

/** Shown only on a demo workstation, so a visitor can try each role without asking anyone. */
export function DemoAccounts({ onPick }: { onPick: (login: string) => void }) {
  const { t } = useTranslation();
  return (
    <div className="plain-alert plain-alert-info plain-demo" data-testid="signin-demo-hint">
      <strong>{t("signIn.demoTitle")}</strong>
      <p>{t("signIn.demoText", { password: DEMO_PASSWORD })}</p>
      <ul>
        {DEMO_LOGINS.map((login) => (
          <li key={login}>
            <button type="button" className="plain-link" onClick={() => onPick(login)} data-testid={`demo-account-${login}`}>
              <code>{login}</code>
            </button>
            <span>{t(`signIn.demoRoles.${login}`)}</span>
          </li>
        ))}
      </ul>
      <p className="plain-secondary">{t("signIn.demoOwnAdmin")}</p>
    </div>
  );
}
