import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useSignIn } from "../../api/accessQueries";
import { clearSignInNotice } from "../../common/signInNotice";
import type { AppError } from "../../api/bindings";
import { DemoAccounts } from "./DemoAccounts";
import { signInErrorText } from "./signInError";

type Props = { isDemo: boolean };
type Missing = { login?: boolean; secret?: boolean };

/** Login name and password (or PIN). The one error line says why it failed and what to do. */
export function SignInForm({ isDemo }: Props) {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const [login, setLogin] = useState("");
  const [secret, setSecret] = useState("");
  const [shown, setShown] = useState(false);
  const [missing, setMissing] = useState<Missing>({});
  const [error, setError] = useState<AppError | null>(null);
  const busy = signIn.isPending;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const blank = { login: !login.trim(), secret: !secret };
    setMissing(blank);
    if (blank.login || blank.secret || busy) return;
    setError(null);
    signIn.mutate(
      { login: login.trim(), secret },
      {
        onSuccess: clearSignInNotice,
        onError: (err) => {
          setError(err);
          // The next try starts from an empty secret; the login name usually was right.
          setSecret("");
        },
      },
    );
  };

  const pick = (picked: string) => {
    setLogin(picked);
    setSecret("");
    setMissing({});
    setError(null);
  };

  return (
    <>
      <form className="plain-form" onSubmit={submit} noValidate>
        <label className="plain-field">
          <span>{t("signIn.login")}</span>
          <input
            autoFocus
            autoComplete="username"
            value={login}
            disabled={busy}
            aria-invalid={missing.login || undefined}
            onChange={(e) => {
              setLogin(e.target.value);
              setMissing((m) => ({ ...m, login: false }));
            }}
            data-testid="signin-login"
          />
          {missing.login && <em role="alert">{t("signIn.loginRequired")}</em>}
        </label>
        <label className="plain-field">
          <span>{t("signIn.secret")}</span>
          <span className="plain-secret">
            <input
              type={shown ? "text" : "password"}
              autoComplete="current-password"
              value={secret}
              disabled={busy}
              aria-invalid={missing.secret || undefined}
              onChange={(e) => {
                setSecret(e.target.value);
                setMissing((m) => ({ ...m, secret: false }));
              }}
              data-testid="signin-secret"
            />
            <button
              type="button"
              className="plain-link"
              aria-label={t(shown ? "signIn.hideSecret" : "signIn.showSecret")}
              onClick={() => setShown((s) => !s)}
            >
              {t(shown ? "signIn.hide" : "signIn.show")}
            </button>
          </span>
          {missing.secret && <em role="alert">{t("signIn.secretRequired")}</em>}
        </label>
        {error && (
          <div className="plain-alert plain-alert-error" role="alert" data-testid="signin-error">
            {signInErrorText(error, t)}
          </div>
        )}
        <button type="submit" className="plain-primary" disabled={busy} aria-busy={busy} data-testid="signin-submit">
          {busy && <span className="plain-spinner" aria-hidden />}
          {t("signIn.submit")}
        </button>
      </form>
      {isDemo && <DemoAccounts onPick={pick} />}
    </>
  );
}
