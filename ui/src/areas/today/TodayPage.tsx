import { Alert, Col, Row, Space } from "antd";
import { useTranslation } from "react-i18next";
import { useTodayBoard } from "../../api/deskQueries";
import { usePerm } from "../../common/useSession";
import { deskErrorText } from "../visits/deskErrorText";
import { CasePanel } from "./CasePanel";
import { DutyCard } from "./DutyCard";
import { RosterCard } from "./RosterCard";
import { StatsCard } from "./StatsCard";
import { TodayActions } from "./TodayActions";
import { VisitsPanel } from "./VisitsPanel";
import { WorkstationCard } from "./WorkstationCard";

/**
 * The front desk's first screen: who is on duty, what is due or overdue, today's visits, and
 * the quick ways to log something. Each card shows only to operators whose role may read it.
 */
export function TodayPage() {
  const { t } = useTranslation();
  const admin = usePerm("admin");
  const rosterView = usePerm("roster_view");
  const dutyView = usePerm("duty_view");
  const visitView = usePerm("visit_view");
  const board = useTodayBoard();
  const b = board.data;
  const loading = board.isPending && !board.isError;

  return (
    <div data-testid="page-today">
      <Space direction="vertical" size={16} style={{ width: "100%" }}>
        <TodayActions />
        {dutyView && <DutyCard />}
        {board.isError && <Alert type="error" showIcon message={deskErrorText(board.error, t)} data-testid="today-board-error" />}
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <CasePanel
              testId="today-panel-red"
              title={t("todayBoard.red")}
              count={b?.redCount}
              cases={b?.red}
              empty={t("todayBoard.noRed")}
              seeAll="/cases?light=red&sort=due"
              loading={loading}
            />
          </Col>
          <Col xs={24} xl={12}>
            <CasePanel
              testId="today-panel-due"
              title={t("todayBoard.due")}
              count={b?.dueTodayCount}
              cases={b?.dueToday}
              empty={t("todayBoard.noDue")}
              // The server's day, so a board fetched just before midnight still links to its own list.
              seeAll={b ? `/cases?dueOn=${b.date}&sort=due` : "/cases"}
              loading={loading}
            />
          </Col>
          <Col xs={24} xl={12}>
            <CasePanel
              testId="today-panel-yellow"
              title={t("todayBoard.yellow")}
              count={b?.yellowCount}
              cases={b?.yellow}
              empty={t("todayBoard.noYellow")}
              seeAll="/cases?light=yellow&sort=due"
              loading={loading}
            />
          </Col>
          <Col xs={24} xl={12}>
            <CasePanel
              testId="today-panel-newest"
              title={t("todayBoard.newest")}
              count={undefined}
              cases={b?.newest}
              empty={t("todayBoard.noNewest")}
              seeAll="/cases?sort=newest"
              loading={loading}
              when="registered"
            />
          </Col>
        </Row>
        {visitView && <VisitsPanel visits={b?.visits} count={b?.visitCount} loading={loading} />}
        {rosterView && <RosterCard />}
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={admin ? 16 : 24}>
            <WorkstationCard />
          </Col>
          {/* The statistics are the administrator's: the backend refuses them to other roles. */}
          {admin && (
            <Col xs={24} xl={8}>
              <StatsCard />
            </Col>
          )}
        </Row>
        {/* A property manager reads neither the staff roster nor duty: the cases are theirs. */}
        {!rosterView && !dutyView && (
          <Alert type="info" showIcon message={t("today.propertyNote")} data-testid="today-note" />
        )}
      </Space>
    </div>
  );
}
