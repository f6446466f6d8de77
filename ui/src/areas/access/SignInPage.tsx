import { useTranslation } from "react-i18next";
import type { AppStatus } from "../../api/bindings";
import { AccessFrame } from "./AccessFrame";
import { SignInForm } from "./SignInForm";

/** Nobody is signed in: everything else waits behind this screen. */
export function SignInPage({ status }: { status: AppStatus }) {
  const { t } = useTranslation();
  return (
    <AccessFrame testId="page-sign-in" title={t("signIn.title")} intro={t("signIn.intro")}>
      <SignInForm isDemo={status.isDemo} />
    </AccessFrame>
  );
}
