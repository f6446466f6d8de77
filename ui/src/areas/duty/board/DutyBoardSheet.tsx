import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import type { ShiftView, Workstation } from "../../../api/bindings";
import { formatMonth, formatMonthDay, formatWeekday } from "../../../i18n/format";
import { shiftsByDate } from "../calendar/byDate";
import { isoWeekdayOf } from "../dates";
import { shiftKey, timeRange } from "../labels";
import { BoardSheet } from "./BoardSheet";

type Props = { workstation: Workstation | undefined; month: string; communityName: string | null; shifts: ShiftView[] };

/** The month's duty days for the wall: date, weekday, community, time, officers and their work phones. */
export function DutyBoardSheet({ workstation, month, communityName, shifts }: Props) {
  const { t } = useTranslation();
  const byDate = [...shiftsByDate(shifts).entries()].sort(([a], [b]) => a.localeCompare(b));
  return (
    <BoardSheet
      workstation={workstation}
      title={t("dutyBoard.title", { workstation: workstation?.name ?? "", month: formatMonth(month) })}
      sub={communityName ?? t("dutyBoard.allCommunities")}
    >
      {byDate.length === 0 ? (
        <p>{t("dutyBoard.empty")}</p>
      ) : (
        <table className="duty-board-table" data-testid="duty-board-table">
          <thead>
            <tr>
              <th>{t("dutyBoard.date")}</th>
              <th>{t("dutyBoard.weekday")}</th>
              <th>{t("dutyBoard.community")}</th>
              <th>{t("dutyBoard.time")}</th>
              <th>{t("dutyBoard.people")}</th>
              <th>{t("dutyBoard.phone")}</th>
            </tr>
          </thead>
          <tbody>
            {byDate.map(([date, day]) => (
              <Fragment key={date}>
                {[...day]
                  .sort((a, b) => a.startTime.localeCompare(b.startTime))
                  .map((s, i) => (
                    <tr key={shiftKey(s)} data-testid={`duty-board-row-${shiftKey(s)}`}>
                      {i === 0 && (
                        <DateCells date={date} rows={day.length} holiday={day.find((d) => d.holiday)?.holiday ?? null} />
                      )}
                      <td>{s.communityName ?? t("duty.wholeStationShort")}</td>
                      <td className="duty-board-line">{timeRange(s)}</td>
                      <td>
                        {s.people.map((p) => (
                          <div key={p.personId} className="duty-board-line">
                            {p.name}
                          </div>
                        ))}
                      </td>
                      <td>
                        {s.people.map((p) => (
                          <div key={p.personId} className="duty-board-line">
                            {p.phone || "—"}
                          </div>
                        ))}
                      </td>
                    </tr>
                  ))}
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
    </BoardSheet>
  );
}

function DateCells({ date, rows, holiday }: { date: string; rows: number; holiday: string | null }) {
  const weekday = isoWeekdayOf(date);
  const weekend = weekday >= 6 ? "duty-board-weekend" : undefined;
  return (
    <>
      <td rowSpan={rows} className={weekend}>
        <span className="duty-board-line">{formatMonthDay(date)}</span>
        {holiday && <span className="duty-board-holiday">{holiday}</span>}
      </td>
      <td rowSpan={rows} className={weekend}>
        {formatWeekday(weekday, "medium")}
      </td>
    </>
  );
}
