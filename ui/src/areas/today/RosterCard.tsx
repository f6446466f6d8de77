import { Alert, Button, Card, Col, Row, Statistic } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import type { Roster } from "../../api/bindings";
import { useRoster } from "../../api/queries";
import { errorText } from "../../i18n/errorText";
import { formatNumber } from "../../i18n/format";

const EVERYTHING = { communityId: null, text: "", roleId: null, party: "" };

/** Grids, distinct people on them, and gaps: a person in two grids counts once. */
export function rosterCounts(roster: Roster) {
  const grids = roster.communities.flatMap((c) => c.grids);
  const people = new Set(grids.flatMap((g) => [...g.core, ...g.forces].map((m) => m.personId)));
  return { grids: grids.length, members: people.size, gaps: roster.gapCount };
}

export function RosterCard() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const roster = useRoster(EVERYTHING);
  const counts = roster.data ? rosterCounts(roster.data) : null;
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
