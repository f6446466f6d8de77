import { useTranslation } from "react-i18next";
import type { AppStatus } from "../../api/bindings";
import { LocalLanguageSelect } from "../../common/LocalLanguageSelect";
import { clearSignInNotice, useSignInNotice } from "../../common/signInNotice";
import { SignInForm } from "./SignInForm";
import "./signIn.css";

/**
 * Nobody is signed in: everything else waits behind this screen. It is the usual first screen, so
 * it is plain HTML styled like the antd screens around it (signIn.css): the window starts without
 * parsing antd, which then loads while the user types.
 */
export function SignInPage({ status }: { status: AppStatus }) {
  const { t } = useTranslation();
  const notice = useSignInNotice();
  return (
    <div className="plain-frame" data-testid="page-sign-in">
      <div className="plain-frame-head">
        <h3>{t("app.title")}</h3>
        <LocalLanguageSelect />
      </div>
      {notice && (
        <div className="plain-alert plain-alert-success plain-notice" role="status" data-testid="signin-notice">
          <span>{notice}</span>
          <button type="button" className="plain-link" aria-label={t("signIn.closeNotice")} onClick={clearSignInNotice}>
            ×
          </button>
        </div>
      )}
      <section className="plain-card">
        <h4>{t("signIn.title")}</h4>
        <p className="plain-secondary">{t("signIn.intro")}</p>
        <SignInForm isDemo={status.isDemo} />
      </section>
    </div>
  );
}
