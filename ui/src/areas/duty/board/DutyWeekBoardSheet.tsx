import dayjs from "dayjs";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { Holiday, ShiftView, Workstation } from "../../../api/bindings";
import { formatMonthDay, formatWeekday } from "../../../i18n/format";
import { holidayOf, holidaysByDate, shiftsByDate } from "../calendar/byDate";
import { weekDays } from "../dates";
import { shiftKey, shiftName, shortage, timeRange } from "../labels";
import { BoardSheet } from "./BoardSheet";

type Props = {
  workstation: Workstation | undefined;
  monday: string;
  communityName: string | null;
  shifts: ShiftView[];
  holidays: Holiday[];
};

/** The week's duty for the wall: seven columns, Monday first, each day's shifts with officers and their phones. */
export function DutyWeekBoardSheet({ workstation, monday, communityName, shifts, holidays }: Props) {
  const { t } = useTranslation();
  const days = weekDays(dayjs(monday));
  const byDate = shiftsByDate(shifts);
  const holidayMap = holidaysByDate(holidays);
  const week = t("dutyBoard.weekRange", {
    year: monday.slice(0, 4),
    from: formatMonthDay(days[0]),
    to: formatMonthDay(days[6]),
  });
  return (
    <BoardSheet
      workstation={workstation}
      title={t("dutyBoard.weekTitle", { workstation: workstation?.name ?? "", week })}
      sub={communityName ?? t("dutyBoard.allCommunities")}
    >
      <table className="duty-board-table duty-board-week" data-testid="duty-board-table">
        <thead>
          <tr>
            {days.map((date, i) => (
              <th key={date} className={i >= 5 ? "duty-board-weekend" : undefined}>
                <div>{formatWeekday(i + 1, "medium")}</div>
                <div className="duty-board-line">{formatMonthDay(date)}</div>
                <HolidayMark holiday={holidayOf(date, holidayMap, byDate.get(date))} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {days.map((date) => {
              const day = [...(byDate.get(date) ?? [])].sort((a, b) => a.startTime.localeCompare(b.startTime));
              return (
                <td key={date} data-testid={`duty-board-day-${date}`}>
                  {day.length === 0 && <span className="duty-board-none">{t("duty.weekEmpty")}</span>}
                  {day.map((s) => (
                    <ShiftBlock key={shiftKey(s)} shift={s} />
                  ))}
                </td>
              );
            })}
          </tr>
        </tbody>
      </table>
    </BoardSheet>
  );
}

function HolidayMark({ holiday }: { holiday: Holiday | undefined }) {
  const { t } = useTranslation();
  if (!holiday) return null;
  // A make-up workday (调休上班) is named but not red: it is a working day.
  return holiday.kind === "holiday" ? (
    <div className="duty-board-holiday">{holiday.name || t("duty.holidayTag")}</div>
  ) : (
    <div className="duty-board-workday">{holiday.name || t("duty.workdayTag")}</div>
  );
}

function ShiftBlock({ shift }: { shift: ShiftView }) {
  const { t } = useTranslation();
  const short = shortage(shift);
  return (
    <div className="duty-board-shift" data-testid={`duty-board-shift-${shiftKey(shift)}`}>
      <div className="duty-board-shift-name">{shiftTitle(shift, t)}</div>
      <div className="duty-board-line">{timeRange(shift)}</div>
      {short > 0 && <div className="duty-board-gap">{t("duty.gapTag", { count: short })}</div>}
      {shift.people.map((p) => (
        <div key={p.personId} className="duty-board-person">
          <span>{p.name}</span>
          {p.phone && <span className="duty-board-phone">{p.phone}</span>}
        </div>
      ))}
    </div>
  );
}

/** The rule's name usually says its community (花园社区周三周日值班); when it does not, the place goes first. */
function shiftTitle(shift: ShiftView, t: TFunction): string {
  const name = shiftName(shift, t);
  const place = shift.communityName ?? t("duty.wholeStationShort");
  return name.includes(place) ? name : `${place} ${name}`;
}
