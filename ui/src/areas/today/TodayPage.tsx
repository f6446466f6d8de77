import { Alert, Card, Col, Descriptions, Empty, Row, Skeleton, Space, Statistic, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useStats, useWorkstation } from "../../api/queries";
import { errorText } from "../../i18n/errorText";
import { formatBytes, formatNumber } from "../../i18n/format";
import { DutyCard } from "./DutyCard";
import { RosterCard } from "./RosterCard";

/** The front desk's first screen: who this workstation is, who is on duty, and the roster at a glance. */
export function TodayPage() {
  const { t } = useTranslation();
  const workstation = useWorkstation();
  const stats = useStats();
  const ws = workstation.data;
  const active = ws?.communities.filter((c) => !c.archived) ?? [];
  const orEmpty = (value: string) => value || <Typography.Text type="secondary">{t("today.empty")}</Typography.Text>;

  return (
    <div data-testid="page-today">
      <Space direction="vertical" size={16} style={{ width: "100%" }}>
        {workstation.isError && <Alert type="error" showIcon message={errorText(workstation.error, t)} />}
        <DutyCard />
        <Row gutter={16}>
          <Col span={14}>
            <Card title={t("today.profileTitle")} style={{ height: "100%" }}>
              {ws ? (
                <Descriptions column={1} size="middle">
                  <Descriptions.Item label={t("fields.name")}>{ws.name}</Descriptions.Item>
                  <Descriptions.Item label={t("fields.street")}>{orEmpty(ws.street)}</Descriptions.Item>
                  <Descriptions.Item label={t("fields.district")}>{orEmpty(ws.district)}</Descriptions.Item>
                  <Descriptions.Item label={t("fields.address")}>{orEmpty(ws.address)}</Descriptions.Item>
                  <Descriptions.Item label={t("fields.phone")}>{orEmpty(ws.phone)}</Descriptions.Item>
                </Descriptions>
              ) : (
                <Skeleton active loading={workstation.isPending} />
              )}
            </Card>
          </Col>
          <Col span={10}>
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
          </Col>
        </Row>
        <Card title={t("today.communitiesTitle")}>
          {ws && active.length === 0 && <Empty description={t("today.noCommunities")} />}
          <Space size={[8, 8]} wrap>
            {active.map((c) => (
              <Tag key={c.id} color="blue" style={{ fontSize: 14, padding: "4px 10px" }}>
                {c.name}
              </Tag>
            ))}
          </Space>
        </Card>
        <RosterCard />
        <Alert type="info" showIcon message={t("today.notYet")} />
      </Space>
    </div>
  );
}
