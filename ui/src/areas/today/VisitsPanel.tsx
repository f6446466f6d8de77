import { Button, Card, Empty, Flex, List, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import type { Visit } from "../../api/bindings";
import { formatNumber, formatTime } from "../../i18n/format";
import { HandlingTag } from "../visits/HandlingTag";

type Props = { visits: Visit[] | undefined; count: number | undefined; loading: boolean };

/** Today's walk-ins and calls, newest first; a row opens the visit in the visit log. */
export function VisitsPanel({ visits, count, loading }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const title = t("todayBoard.visits");
  return (
    <Card
      size="small"
      title={
        <span data-testid="today-panel-visits-title">
          {count === undefined ? title : t("todayBoard.titleCount", { title, count: formatNumber(count) })}
        </span>
      }
      loading={loading}
      data-testid="today-panel-visits"
      extra={
        <Button type="link" size="small" onClick={() => navigate("/visits")} data-testid="today-panel-visits-all">
          {t("todayBoard.seeAll")}
        </Button>
      }
    >
      {visits && visits.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("todayBoard.noVisits")} />
      ) : (
        <List
          size="small"
          dataSource={visits ?? []}
          renderItem={(v) => (
            <List.Item
              onClick={() => navigate(`/visits?visit=${v.id}`)}
              style={{ cursor: "pointer", paddingInline: 0 }}
              data-testid={`today-panel-visits-row-${v.id}`}
            >
              <Flex gap={8} align="center" style={{ width: "100%", minWidth: 0 }}>
                <Typography.Text type="secondary" style={{ whiteSpace: "nowrap" }}>
                  {formatTime(v.visitedAt)} {t(`visitChannel.${v.channel}`)}
                </Typography.Text>
                <span className="one-line" title={v.topic}>
                  {v.topic}
                </span>
                {v.visitorName && <Typography.Text type="secondary">{v.visitorName}</Typography.Text>}
                <HandlingTag handling={v.handling} />
                {v.caseNumber && <Typography.Text code>{v.caseNumber}</Typography.Text>}
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
