import { Button, Card, Empty } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import type { Visit } from "../../api/bindings";
import { formatNumber, formatTime } from "../../i18n/format";
import { HandlingTag } from "../visits/HandlingTag";
import { TodayList } from "./TodayList";

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
        <TodayList
          rows={(visits ?? []).map((v) => ({
            key: v.id,
            testId: `today-panel-visits-row-${v.id}`,
            open: () => navigate(`/visits?visit=${v.id}`),
            children: (
              <>
                <span className="today-muted">
                  {formatTime(v.visitedAt)} {t(`visitChannel.${v.channel}`)}
                </span>
                <span className="one-line" title={v.topic}>
                  {v.topic}
                </span>
                {v.visitorName && <span className="today-muted">{v.visitorName}</span>}
                <HandlingTag handling={v.handling} />
                {v.caseNumber && <span className="today-code">{v.caseNumber}</span>}
              </>
            ),
          }))}
        />
      )}
    </Card>
  );
}
