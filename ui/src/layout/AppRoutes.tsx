import { Navigate, Route, Routes } from "react-router-dom";
import type { AppStatus } from "../api/bindings";
import { NotBuilt } from "../common/NotBuilt";
import { CaseDetailPage } from "../areas/cases/detail/CaseDetailPage";
import { CaseIntakePage } from "../areas/cases/intake/CaseIntakePage";
import { CaseSlipPage } from "../areas/cases/slip/CaseSlipPage";
import { CasesPage } from "../areas/cases/CasesPage";
import { DutyBoardPage } from "../areas/duty/board/DutyBoardPage";
import { DutyWeekBoardPage } from "../areas/duty/board/DutyWeekBoardPage";
import { DutyPage } from "../areas/duty/DutyPage";
import { MeetingPage } from "../areas/meetings/detail/MeetingPage";
import { MeetingsPage } from "../areas/meetings/MeetingsPage";
import { MinutesPrintPage } from "../areas/meetings/print/MinutesPrintPage";
import { MeetingScreenPage } from "../areas/meetings/screen/MeetingScreenPage";
import { BoardPage } from "../areas/roster/board/BoardPage";
import { RosterPage } from "../areas/roster/RosterPage";
import { SettingsPage } from "../areas/settings/SettingsPage";
import { TodayPage } from "../areas/today/TodayPage";
import { VisitsPage } from "../areas/visits/VisitsPage";
import { WorklogPage } from "../areas/worklog/WorklogPage";
import { WorklogPrintPage } from "../areas/worklog/print/WorklogPrintPage";
import { MainLayout } from "./MainLayout";

export function AppRoutes({ status }: { status: AppStatus }) {
  // An area the operator may not see has no route at all: a remembered link lands on Today.
  const perms = status.session?.perms ?? [];
  const roster = perms.includes("roster_view");
  const duty = perms.includes("duty_view");
  const cases = perms.includes("case_view");
  const intake = perms.includes("case_intake");
  const visits = perms.includes("visit_view");
  const meetings = perms.includes("meeting_view");
  return (
    <Routes>
      {/* The projector screen fills the window: no menu or header around it. */}
      {meetings && <Route path="/meetings/:id/screen" element={<MeetingScreenPage />} />}
      <Route element={<MainLayout status={status} />}>
        <Route path="/today" element={<TodayPage />} />
        {roster && (
          <>
            <Route path="/roster" element={<RosterPage />} />
            <Route path="/roster/board/:communityId" element={<BoardPage />} />
          </>
        )}
        {duty && (
          <>
            <Route path="/duty" element={<DutyPage />} />
            <Route path="/duty/board/:month" element={<DutyBoardPage />} />
            <Route path="/duty/board/week/:monday" element={<DutyWeekBoardPage />} />
          </>
        )}
        {cases && (
          <>
            <Route path="/cases" element={<CasesPage />} />
            {intake && <Route path="/cases/new" element={<CaseIntakePage />} />}
            <Route path="/cases/:id" element={<CaseDetailPage />} />
            <Route path="/cases/:id/slip" element={<CaseSlipPage />} />
          </>
        )}
        {visits && (
          <>
            <Route path="/visits" element={<VisitsPage />} />
            <Route path="/worklog" element={<WorklogPage />} />
            <Route path="/worklog/print/:day" element={<WorklogPrintPage />} />
          </>
        )}
        <Route path="/merchants" element={<NotBuilt area="merchants" />} />
        {meetings && (
          <>
            <Route path="/meetings" element={<MeetingsPage />} />
            <Route path="/meetings/:id" element={<MeetingPage />} />
            <Route path="/meetings/:id/print" element={<MinutesPrintPage />} />
          </>
        )}
        <Route path="/reports" element={<NotBuilt area="reports" />} />
        <Route path="/settings" element={<SettingsPage status={status} />} />
        <Route path="*" element={<Navigate to="/today" replace />} />
      </Route>
    </Routes>
  );
}
