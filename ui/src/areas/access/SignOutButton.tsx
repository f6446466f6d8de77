import { App, Button } from "antd";
import type { ButtonProps } from "antd";
import { LogoutOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { useSignOut } from "../../api/accessQueries";
import { errorText } from "../../i18n/errorText";

/** Ends the session; App then shows the sign-in screen. */
export function SignOutButton(props: Pick<ButtonProps, "block" | "type" | "size">) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const signOut = useSignOut();
  return (
    <Button
      {...props}
      icon={<LogoutOutlined />}
      loading={signOut.isPending}
      onClick={() => signOut.mutate(undefined, { onError: (err) => void message.error(errorText(err, t)) })}
      data-testid="sign-out"
    >
      {t("header.signOut")}
    </Button>
  );
}
