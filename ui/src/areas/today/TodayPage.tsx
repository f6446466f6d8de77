import { Alert, Card, Col, Descriptions, Empty, Row, Skeleton, Space, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useWorkstation } from "../../api/queries";
import { usePerm } from "../../common/useSession";
import { errorText } from "../../i18n/errorText";
import { DutyCard } from "./DutyCard";
import { RosterCard } from "./RosterCard";
import { StatsCard } from "./StatsCard";

/**
 * The front desk's first screen: who this workstation is, who is on duty, and the roster at a
 * glance. Each card shows only to operators whose role may read its data.
 */
export function TodayPage() {
  const { t } = useTranslation();
  const admin = usePerm("admin");
  const rosterView = usePerm("roster_view");
  const dutyView = usePerm("duty_view");
  const workstation = useWorkstation();
  const ws = workstation.data;
  const active = ws?.communities.filter((c) => !c.archived) ?? [];
  const orEmpty = (value: string) => value || <Typography.Text type="secondary">{t("today.empty")}</Typography.Text>;

  return (
    <div data-testid="page-today">
      <Space direction="vertical" size={16} style={{ width: "100%" }}>
        {workstation.isError && <Alert type="error" showIcon message={errorText(workstation.error, t)} />}
        {dutyView && <DutyCard />}
        <Row gutter={16}>
          <Col span={admin ? 14 : 24}>
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
          {/* The statistics are the administrator's: the backend refuses them to other roles. */}
          {admin && (
            <Col span={10}>
              <StatsCard />
            </Col>
          )}
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
        {rosterView && <RosterCard />}
        {/* A property manager reads neither the staff roster nor duty: their cases will fill this page. */}
        <Alert
          type="info"
          showIcon
          message={rosterView || dutyView ? t("today.notYet") : t("today.propertyNote")}
          data-testid="today-note"
        />
      </Space>
    </div>
  );
}
