import { Tag } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import type { Holiday, ProblemView, ShiftView } from "../../../api/bindings";
import { formatWeekday } from "../../../i18n/format";
import { todayString } from "../../roster/dates";
import { monthWeeks } from "../dates";
import { shiftKey, shiftPlace, shortage } from "../labels";
import { gapDates, holidayOf, holidaysByDate, shiftsByDate } from "./byDate";
import "./calendar.css";

type Props = {
  month: Dayjs;
  shifts: ShiftView[];
  problems: ProblemView[];
  holidays: Holiday[];
  onOpenDay: (date: string) => void;
};

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];

/** The month at a glance: each day's shifts as place + officers, holidays marked, gaps in red. */
export function MonthView({ month, shifts, problems, holidays, onOpenDay }: Props) {
  const byDate = shiftsByDate(shifts);
  const holidayMap = holidaysByDate(holidays);
  const gaps = gapDates(shifts, problems);
  const monthKey = month.format("YYYY-MM");
  return (
    <div className="duty-month" data-testid="duty-month">
      <div className="duty-month-row">
        {WEEKDAYS.map((d) => (
          <div key={d} className={`duty-month-head${d >= 6 ? " duty-weekend" : ""}`}>
            {formatWeekday(d)}
          </div>
        ))}
      </div>
      {monthWeeks(month).map((week) => (
        <div key={week[0]} className="duty-month-row">
          {week.map((date) => (
            <DayCell
              key={date}
              date={date}
              outside={!date.startsWith(monthKey)}
              shifts={date.startsWith(monthKey) ? (byDate.get(date) ?? []) : []}
              holiday={holidayOf(date, holidayMap, byDate.get(date))}
              gap={gaps.has(date)}
              onOpen={() => onOpenDay(date)}
            />
          ))}
        </div>
      ))}
    </div>
  );
}

type CellProps = {
  date: string;
  outside: boolean;
  shifts: ShiftView[];
  holiday: Holiday | undefined;
  gap: boolean;
  onOpen: () => void;
};

function DayCell({ date, outside, shifts, holiday, gap, onOpen }: CellProps) {
  const { t } = useTranslation();
  const classes = [
    "duty-cell",
    outside && "duty-cell-outside",
    holiday?.kind === "holiday" && "duty-cell-holiday",
    gap && !outside && "duty-cell-gap",
    date === todayString() && "duty-cell-today",
  ].filter(Boolean);
  return (
    <div
      role="button"
      tabIndex={0}
      className={classes.join(" ")}
      onClick={onOpen}
      onKeyDown={(e) => {
        if (e.key !== "Enter" && e.key !== " ") return;
        e.preventDefault();
        onOpen();
      }}
      data-testid={`duty-day-cell-${date}`}
      data-gap={gap && !outside ? "true" : undefined}
    >
      <div className="duty-cell-head">
        <span className="duty-cell-day">{dayjs(date).date()}</span>
        {holiday && !outside && (
          <Tag color={holiday.kind === "holiday" ? "red" : "blue"} title={holiday.name} style={{ marginInlineEnd: 0 }}>
            {holiday.kind === "holiday" ? t("duty.holidayTag") : t("duty.workdayTag")}
          </Tag>
        )}
      </div>
      {shifts.map((s) => (
        <div
          key={shiftKey(s)}
          className={`duty-cell-shift${shortage(s) > 0 ? " duty-cell-shift-short" : ""}`}
          title={`${shiftPlace(s, t)} ${s.people.map((p) => p.name).join(t("roster.listSeparator"))}`}
        >
          <span className="duty-cell-place">{shiftPlace(s, t)}</span>
          {s.people.map((p) => p.name).join(t("roster.listSeparator"))}
          {shortage(s) > 0 && ` ${t("duty.gapTag", { count: shortage(s) })}`}
        </div>
      ))}
    </div>
  );
}
