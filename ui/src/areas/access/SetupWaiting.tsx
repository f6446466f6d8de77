import { Alert } from "antd";
import { useTranslation } from "react-i18next";
import { AccessFrame } from "./AccessFrame";
import { SignOutButton } from "./SignOutButton";

/** Only an administrator may create the workstation; anyone else signed in before that waits for them. */
export function SetupWaiting() {
  const { t } = useTranslation();
  return (
    <AccessFrame testId="page-setup-waiting" title={t("setupWait.title")}>
      <Alert type="info" showIcon message={t("setupWait.text")} style={{ marginBottom: 16 }} />
      <SignOutButton block />
    </AccessFrame>
  );
}
