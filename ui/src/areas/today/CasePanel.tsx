import { Button, Card, Empty } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import type { Case } from "../../api/bindings";
import { formatMonthDayTime, formatNumber } from "../../i18n/format";
import { LightDot } from "../cases/LightDot";
import { StatusTag } from "../cases/StatusTag";
import { TodayList } from "./TodayList";

type Props = {
  testId: string;
  title: string;
  count: number | undefined;
  cases: Case[] | undefined;
  empty: string;
  /** The case list filtered to this panel's cases (see cases/filters.ts linkFilters). */
  seeAll: string;
  loading: boolean;
  /** The newest panel says when a case came in; the others when it is due. */
  when?: "due" | "registered";
};

/** A few cases of one kind, their full count in the title; a row opens the case. */
export function CasePanel({ testId, title, count, cases, empty, seeAll, loading, when = "due" }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const heading = count === undefined ? title : t("todayBoard.titleCount", { title, count: formatNumber(count) });
  return (
    <Card
      size="small"
      title={<span data-testid={`${testId}-title`}>{heading}</span>}
      loading={loading}
      style={{ height: "100%" }}
      data-testid={testId}
      extra={
        <Button type="link" size="small" onClick={() => navigate(seeAll)} data-testid={`${testId}-all`}>
          {t("todayBoard.seeAll")}
        </Button>
      }
    >
      {cases && cases.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />
      ) : (
        <TodayList
          rows={(cases ?? []).map((c) => ({
            key: c.id,
            testId: `${testId}-row-${c.id}`,
            open: () => navigate(`/cases/${c.id}`),
            children: (
              <>
                {when === "due" ? <LightDot light={c.light} /> : <StatusTag status={c.status} />}
                <span className="one-line" title={c.title}>
                  {c.title}
                </span>
                <span className="today-muted">
                  {when === "due" ? t("todayBoard.dueAt", { time: formatMonthDayTime(c.dueAt) }) : formatMonthDayTime(c.registeredAt)}
                </span>
              </>
            ),
          }))}
        />
      )}
    </Card>
  );
}
