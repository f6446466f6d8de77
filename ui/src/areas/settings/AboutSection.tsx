import { Card, Descriptions } from "antd";
import { useTranslation } from "react-i18next";
import type { AppStatus } from "../../api/bindings";
import { useStats, useWorkstation } from "../../api/queries";
import { errorText } from "../../i18n/errorText";
import { formatBytes, formatDateTime } from "../../i18n/format";

/** The statistics are the administrator's (the backend refuses them to others): they see the version only. */
export function AboutSection({ status, admin }: { status: AppStatus; admin: boolean }) {
  const { t } = useTranslation();
  const stats = useStats(admin);
  const workstation = useWorkstation();
  const fromStats = (value: (s: NonNullable<typeof stats.data>) => string) =>
    stats.data ? value(stats.data) : stats.isError ? errorText(stats.error, t) : "…";

  return (
    <Card title={t("settings.aboutTitle")}>
      <Descriptions column={1}>
        <Descriptions.Item label={t("settings.version")}>
          <span data-testid="app-version">{status.version}</span>
        </Descriptions.Item>
        {admin && (
          <Descriptions.Item label={t("settings.schemaVersion")}>
            <span data-testid="schema-version">{fromStats((s) => String(s.schemaVersion))}</span>
          </Descriptions.Item>
        )}
        {workstation.data && (
          <Descriptions.Item label={t("settings.createdAt")}>{formatDateTime(workstation.data.createdAt)}</Descriptions.Item>
        )}
        {admin && (
          <Descriptions.Item label={t("settings.size")}>{fromStats((s) => formatBytes(s.sizeBytes))}</Descriptions.Item>
        )}
      </Descriptions>
    </Card>
  );
}
