import { Navigate, Route, Routes } from "react-router-dom";
import type { AppStatus } from "../api/bindings";
import { NotBuilt } from "../common/NotBuilt";
import { DutyBoardPage } from "../areas/duty/board/DutyBoardPage";
import { DutyWeekBoardPage } from "../areas/duty/board/DutyWeekBoardPage";
import { DutyPage } from "../areas/duty/DutyPage";
import { BoardPage } from "../areas/roster/board/BoardPage";
import { RosterPage } from "../areas/roster/RosterPage";
import { SettingsPage } from "../areas/settings/SettingsPage";
import { TodayPage } from "../areas/today/TodayPage";
import { MainLayout } from "./MainLayout";

export function AppRoutes({ status }: { status: AppStatus }) {
  // An area the operator may not see has no route at all: a remembered link lands on Today.
  const perms = status.session?.perms ?? [];
  const roster = perms.includes("roster_view");
  const duty = perms.includes("duty_view");
  return (
    <Routes>
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
        <Route path="/cases" element={<NotBuilt area="cases" />} />
        <Route path="/merchants" element={<NotBuilt area="merchants" />} />
        <Route path="/meetings" element={<NotBuilt area="meetings" />} />
        <Route path="/reports" element={<NotBuilt area="reports" />} />
        <Route path="/settings" element={<SettingsPage status={status} />} />
        <Route path="*" element={<Navigate to="/today" replace />} />
      </Route>
    </Routes>
  );
}
