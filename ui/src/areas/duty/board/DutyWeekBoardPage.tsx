import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { Navigate, useLocation, useNavigate, useParams } from "react-router-dom";
import { useDutySchedule } from "../../../api/queries";
import { DAY_FORMAT } from "../../roster/dates";
import { usePeriodHolidays } from "../calendar/usePeriodHolidays";
import { mondayOf, periodOf } from "../dates";
import { BoardFrame } from "./BoardFrame";
import { DutyWeekBoardSheet } from "./DutyWeekBoardSheet";
import { useBoardCommunity } from "./useBoardCommunity";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The week duty board print view (/duty/board/week/2026-11-23): this week's duty for the front desk wall. */
export function DutyWeekBoardPage() {
  const date = useParams().monday ?? "";
  const { search } = useLocation();
  const day = dayjs(date);
  // dayjs rolls 2026-02-30 over to March; only a date that reads back the same is one.
  if (!DATE.test(date) || !day.isValid() || day.format(DAY_FORMAT) !== date) return <Navigate to="/duty" replace />;
  const monday = mondayOf(day).format(DAY_FORMAT);
  // Any day of the week opens that week, under its Monday, so one week has one address.
  if (monday !== date) return <Navigate to={`/duty/board/week/${monday}${search}`} replace />;
  return <Board monday={monday} />;
}

function Board({ monday }: { monday: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { workstation, communityId, communityName, search } = useBoardCommunity();
  const period = periodOf("week", dayjs(monday));
  const schedule = useDutySchedule({ ...period, communityId, personId: null });
  const holidays = usePeriodHolidays(period);
  const go = (by: number) =>
    navigate(`/duty/board/week/${dayjs(monday).add(by, "week").format(DAY_FORMAT)}${search}`);

  return (
    <BoardFrame
      schedule={schedule}
      prevLabel={t("duty.prevWeek")}
      nextLabel={t("duty.nextWeek")}
      onPrev={() => go(-1)}
      onNext={() => go(1)}
    >
      {(data) => (
        <DutyWeekBoardSheet
          workstation={workstation}
          monday={monday}
          communityName={communityName}
          shifts={data.shifts}
          holidays={holidays}
        />
      )}
    </BoardFrame>
  );
}
