import { Alert, Button, Card, Col, Row, Statistic } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { useRosterCounts } from "../../api/queries";
import { errorText } from "../../i18n/errorText";
import { formatNumber } from "../../i18n/format";

export function RosterCard() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // Counted by the core: the whole city's roster is too much to send only to count it.
  const roster = useRosterCounts();
  const counts = roster.data;
  const value = (n: number | undefined) => (n === undefined ? "–" : formatNumber(n));

  return (
    <Card
      title={t("nav.roster")}
      data-testid="today-roster"
      extra={
        <Button type="link" onClick={() => navigate("/roster")} data-testid="today-roster-open">
          {t("today.rosterOpen")}
        </Button>
      }
    >
      {roster.isError ? (
        <Alert type="error" showIcon message={errorText(roster.error, t)} />
      ) : (
        <Row gutter={16}>
          <Col span={8}>
            <Statistic title={t("today.rosterGrids")} value={value(counts?.grids)} loading={roster.isPending} />
          </Col>
          <Col span={8}>
            <Statistic title={t("today.rosterMembers")} value={value(counts?.members)} loading={roster.isPending} />
          </Col>
          <Col span={8}>
            <Statistic
              title={t("today.rosterGaps")}
              value={value(counts?.gaps)}
              loading={roster.isPending}
              valueStyle={counts && counts.gaps > 0 ? { color: "#d46b08" } : undefined}
            />
          </Col>
        </Row>
      )}
    </Card>
  );
}
