import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { Navigate, useNavigate, useParams } from "react-router-dom";
import { useDutySchedule } from "../../../api/queries";
import { MONTH_FORMAT, periodOf } from "../dates";
import { BoardFrame } from "./BoardFrame";
import { DutyBoardSheet } from "./DutyBoardSheet";
import { useBoardCommunity } from "./useBoardCommunity";

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The month duty board print view (/duty/board/2026-11). The toolbar and the app around it do not print. */
export function DutyBoardPage() {
  const month = useParams().month ?? "";
  return MONTH.test(month) ? <Board month={month} /> : <Navigate to="/duty" replace />;
}

function Board({ month }: { month: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { workstation, communityId, communityName, search } = useBoardCommunity();
  const schedule = useDutySchedule({ ...periodOf("month", dayjs(`${month}-01`)), communityId, personId: null });
  const go = (by: number) => navigate(`/duty/board/${dayjs(`${month}-01`).add(by, "month").format(MONTH_FORMAT)}${search}`);

  return (
    <BoardFrame
      schedule={schedule}
      prevLabel={t("duty.prevMonth")}
      nextLabel={t("duty.nextMonth")}
      onPrev={() => go(-1)}
      onNext={() => go(1)}
    >
      {(data) => (
        <DutyBoardSheet workstation={workstation} month={month} communityName={communityName} shifts={data.shifts} />
      )}
    </BoardFrame>
  );
}
