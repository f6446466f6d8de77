import { Suspense } from "react";
import { Navigate, Route, Routes } from "react-router-dom";
import type { AppStatus } from "../api/bindings";
import { NotBuilt } from "../common/NotBuilt";
import { lazyPage } from "../common/lazyPage";
import { Loading } from "../common/Loading";
import { MainLayout } from "./MainLayout";

// Each area is its own chunk, loaded when first opened (see lazyPage).
const CaseDetailPage = lazyPage(() => import("../areas/cases/detail/CaseDetailPage"), (m) => m.CaseDetailPage);
const CaseIntakePage = lazyPage(() => import("../areas/cases/intake/CaseIntakePage"), (m) => m.CaseIntakePage);
const CaseSlipPage = lazyPage(() => import("../areas/cases/slip/CaseSlipPage"), (m) => m.CaseSlipPage);
const CasesPage = lazyPage(() => import("../areas/cases/CasesPage"), (m) => m.CasesPage);
const DutyBoardPage = lazyPage(() => import("../areas/duty/board/DutyBoardPage"), (m) => m.DutyBoardPage);
const DutyWeekBoardPage = lazyPage(() => import("../areas/duty/board/DutyWeekBoardPage"), (m) => m.DutyWeekBoardPage);
const DutyPage = lazyPage(() => import("../areas/duty/DutyPage"), (m) => m.DutyPage);
const MeetingPage = lazyPage(() => import("../areas/meetings/detail/MeetingPage"), (m) => m.MeetingPage);
const MeetingsPage = lazyPage(() => import("../areas/meetings/MeetingsPage"), (m) => m.MeetingsPage);
const MinutesPrintPage = lazyPage(() => import("../areas/meetings/print/MinutesPrintPage"), (m) => m.MinutesPrintPage);
const MeetingScreenPage = lazyPage(() => import("../areas/meetings/screen/MeetingScreenPage"), (m) => m.MeetingScreenPage);
const BoardPage = lazyPage(() => import("../areas/roster/board/BoardPage"), (m) => m.BoardPage);
const RosterPage = lazyPage(() => import("../areas/roster/RosterPage"), (m) => m.RosterPage);
const SettingsPage = lazyPage(() => import("../areas/settings/SettingsPage"), (m) => m.SettingsPage);
const TodayPage = lazyPage(() => import("../areas/today/TodayPage"), (m) => m.TodayPage);
const VisitsPage = lazyPage(() => import("../areas/visits/VisitsPage"), (m) => m.VisitsPage);
const WorklogPage = lazyPage(() => import("../areas/worklog/WorklogPage"), (m) => m.WorklogPage);
const WorklogPrintPage = lazyPage(() => import("../areas/worklog/print/WorklogPrintPage"), (m) => m.WorklogPrintPage);

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
    // The projector screen sits outside the layout, so it needs its own boundary; MainLayout has one
    // around its page so the menu stays while an area loads.
    <Suspense fallback={<Loading />}>
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
    </Suspense>
  );
}
