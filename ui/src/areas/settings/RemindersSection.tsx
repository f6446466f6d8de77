import { App, Card, Flex, Skeleton, Switch, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { ReminderSettings } from "../../api/bindings";
import { useReminders, useSetReminders } from "../../api/deskQueries";
import { errorText } from "../../i18n/errorText";

/** The two desktop reminders (a case turns red, a duty starts without a marked arrival). */
export function RemindersSection() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const current = useReminders();
  const save = useSetReminders();
  const toggle = (key: keyof ReminderSettings, on: boolean) => {
    if (!current.data) return;
    save.mutate(
      { ...current.data, [key]: on },
      {
        onSuccess: () => void message.success(t("reminders.saved")),
        onError: (err) => void message.error(errorText(err, t)),
      },
    );
  };
  const row = (key: keyof ReminderSettings, label: string) => (
    <Flex gap={12} align="center">
      <Switch
        checked={current.data?.[key]}
        loading={save.isPending}
        onChange={(on) => toggle(key, on)}
        data-testid={`reminder-${key}`}
      />
      <Typography.Text>{label}</Typography.Text>
    </Flex>
  );
  return (
    <Card title={t("reminders.title")} data-testid="reminders-section">
      <Typography.Paragraph type="secondary">{t("reminders.help")}</Typography.Paragraph>
      {current.isPending ? (
        <Skeleton active />
      ) : (
        <Flex vertical gap={12}>
          {row("caseRed", t("reminders.caseRed"))}
          {row("missingArrival", t("reminders.missingArrival"))}
        </Flex>
      )}
    </Card>
  );
}
