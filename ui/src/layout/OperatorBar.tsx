import { useCallback } from "react";
import { App, Button, Flex, Tag, Tooltip, Typography } from "antd";
import { LockOutlined, UserOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { useLockSession } from "../api/accessQueries";
import type { SessionInfo } from "../api/bindings";
import { SignOutButton } from "../areas/access/SignOutButton";
import { errorText } from "../i18n/errorText";
import { useIdleLock } from "./useIdleLock";

/** Who is working, and the two ways to leave the desk: lock (coming back) or sign out. */
export function OperatorBar({ session, idleLockMinutes }: { session: SessionInfo; idleLockMinutes: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const lockSession = useLockSession();
  const { mutate } = lockSession;
  const lock = useCallback(
    () => mutate(undefined, { onError: (err) => void message.error(errorText(err, t)) }),
    [mutate, message, t],
  );
  useIdleLock(idleLockMinutes, lock);
  const { operator } = session;

  return (
    <Flex align="center" gap={8} style={{ whiteSpace: "nowrap" }}>
      <Typography.Text type="secondary" data-testid="operator-name">
        <UserOutlined /> {t("app.operator", { name: operator.displayName })}
      </Typography.Text>
      <Tag data-testid="operator-role">{t(`access.roles.${operator.role}`)}</Tag>
      <Tooltip title={t("header.lockHint")}>
        <Button icon={<LockOutlined />} onClick={lock} loading={lockSession.isPending} data-testid="lock-button">
          {t("header.lock")}
        </Button>
      </Tooltip>
      <SignOutButton />
    </Flex>
  );
}
