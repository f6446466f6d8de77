import { Button, Card, Empty, Flex, List, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import type { Case } from "../../api/bindings";
import { formatMonthDayTime, formatNumber } from "../../i18n/format";
import { LightDot } from "../cases/LightDot";
import { StatusTag } from "../cases/StatusTag";

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
        <List
          size="small"
          dataSource={cases ?? []}
          renderItem={(c) => (
            <List.Item
              onClick={() => navigate(`/cases/${c.id}`)}
              style={{ cursor: "pointer", paddingInline: 0 }}
              data-testid={`${testId}-row-${c.id}`}
            >
              <Flex gap={8} align="center" style={{ width: "100%", minWidth: 0 }}>
                {when === "due" ? <LightDot light={c.light} /> : <StatusTag status={c.status} />}
                <span className="one-line" title={c.title}>
                  {c.title}
                </span>
                <Typography.Text type="secondary" style={{ whiteSpace: "nowrap" }}>
                  {when === "due"
                    ? t("todayBoard.dueAt", { time: formatMonthDayTime(c.dueAt) })
                    : formatMonthDayTime(c.registeredAt)}
                </Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
