import { Alert, Card, Col, Row, Statistic } from "antd";
import { useTranslation } from "react-i18next";
import { useStats } from "../../api/queries";
import { errorText } from "../../i18n/errorText";
import { formatBytes, formatNumber } from "../../i18n/format";

/** The data at a glance, for the administrator. */
export function StatsCard() {
  const { t } = useTranslation();
  const stats = useStats();
  return (
    <Card title={t("today.statsTitle")} style={{ height: "100%" }}>
      {stats.isError ? (
        <Alert type="error" showIcon message={errorText(stats.error, t)} />
      ) : (
        <Row gutter={16}>
          <Col span={12}>
            <Statistic
              title={t("today.statCommunities")}
              value={stats.data ? formatNumber(stats.data.communities) : "–"}
              loading={stats.isPending}
            />
          </Col>
          <Col span={12}>
            <Statistic
              title={t("today.statChanges")}
              value={stats.data ? formatNumber(stats.data.changes) : "–"}
              loading={stats.isPending}
            />
          </Col>
          <Col span={12} style={{ marginTop: 16 }}>
            <Statistic
              title={t("today.statSize")}
              value={stats.data ? formatBytes(stats.data.sizeBytes) : "–"}
              loading={stats.isPending}
            />
          </Col>
        </Row>
      )}
    </Card>
  );
}
