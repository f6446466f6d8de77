import { Card, Col, Flex, Row, Statistic, Tag } from "antd";
import { useTranslation } from "react-i18next";
import type { DaySummary } from "../../api/bindings";
import { formatNumber } from "../../i18n/format";
import { HandlingTag } from "../visits/HandlingTag";
import { DutyLinesTable } from "./DutyLinesTable";

/** The day's numbers as the core counted them: visits, cases, and who was on duty. */
export function DaySummaryView({ summary }: { summary: DaySummary }) {
  const { t } = useTranslation();
  const stat = (key: string, title: string, value: number, warn = false) => (
    <Col xs={12} md={8} xl={4} key={key}>
      <Statistic
        title={title}
        value={formatNumber(value)}
        valueStyle={warn && value > 0 ? { color: "#cf1322" } : undefined}
        data-testid={`worklog-stat-${key}`}
      />
    </Col>
  );
  return (
    <Flex vertical gap={16} data-testid="worklog-summary">
      <Card size="small" title={t("worklog.visitsTitle")}>
        <Row gutter={[16, 16]}>
          {stat("visits", t("worklog.visitsTotal"), summary.visits)}
          {stat("toCases", t("worklog.toCases"), summary.visitsToCases)}
        </Row>
        <Flex gap={8} wrap style={{ marginTop: 12 }} data-testid="worklog-by-handling">
          {summary.byHandling.map((h) => (
            <Flex key={h.handling} gap={4} align="center">
              <HandlingTag handling={h.handling} />
              <Tag bordered={false}>{formatNumber(h.count)}</Tag>
            </Flex>
          ))}
        </Flex>
      </Card>
      <Card size="small" title={t("worklog.casesTitle")}>
        <Row gutter={[16, 16]}>
          {stat("opened", t("worklog.opened"), summary.casesOpened)}
          {stat("closed", t("worklog.closed"), summary.casesClosed)}
          {stat("rechecksPassed", t("worklog.rechecksPassed"), summary.rechecksPassed)}
          {stat("rechecksFailed", t("worklog.rechecksFailed"), summary.rechecksFailed, true)}
          {stat("overdue", t("worklog.overdue"), summary.overdue, true)}
        </Row>
      </Card>
      <Card size="small" title={t("worklog.dutyTitle")}>
        <DutyLinesTable lines={summary.duty} />
      </Card>
    </Flex>
  );
}
