import { Alert, Card, Descriptions, Flex, Skeleton, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useWorkstation } from "../../api/queries";
import { errorText } from "../../i18n/errorText";

/** A desk serves a handful of communities; a city store lists 245, too many to draw on Today. */
const SHOWN_COMMUNITIES = 12;

/** Who this workstation is and which communities it serves, in a few lines at the foot of Today. */
export function WorkstationCard() {
  const { t } = useTranslation();
  const workstation = useWorkstation();
  const ws = workstation.data;
  const active = ws?.communities.filter((c) => !c.archived) ?? [];
  const orEmpty = (value: string) => value || <Typography.Text type="secondary">{t("today.empty")}</Typography.Text>;
  return (
    <Card size="small" title={t("today.profileTitle")} style={{ height: "100%" }} data-testid="today-workstation">
      {workstation.isError && <Alert type="error" showIcon message={errorText(workstation.error, t)} />}
      {workstation.isPending && <Skeleton active paragraph={{ rows: 2 }} />}
      {ws && (
        <>
          <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small">
            <Descriptions.Item label={t("fields.name")}>{ws.name}</Descriptions.Item>
            <Descriptions.Item label={t("fields.street")}>{orEmpty(ws.street)}</Descriptions.Item>
            <Descriptions.Item label={t("fields.district")}>{orEmpty(ws.district)}</Descriptions.Item>
            <Descriptions.Item label={t("fields.address")}>{orEmpty(ws.address)}</Descriptions.Item>
            <Descriptions.Item label={t("fields.phone")}>{orEmpty(ws.phone)}</Descriptions.Item>
          </Descriptions>
          <Flex gap={8} align="center" wrap>
            <Typography.Text type="secondary">{t("today.communitiesTitle")}</Typography.Text>
            {active.length === 0 && <Typography.Text type="secondary">{t("today.noCommunities")}</Typography.Text>}
            {active.slice(0, SHOWN_COMMUNITIES).map((c) => (
              <Tag key={c.id} color="blue">
                {c.name}
              </Tag>
            ))}
            {active.length > SHOWN_COMMUNITIES && (
              <Typography.Text type="secondary" data-testid="today-more-communities">
                {t("today.moreCommunities", { count: active.length })}
              </Typography.Text>
            )}
          </Flex>
        </>
      )}
    </Card>
  );
}
