import { Empty, Tag, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import type { Holiday, ShiftView } from "../../../api/bindings";
import { formatMonthDay, formatWeekday } from "../../../i18n/format";
import { todayString } from "../../roster/dates";
import { weekDays } from "../dates";
import { shiftKey } from "../labels";
import { holidayOf, holidaysByDate, shiftsByDate } from "./byDate";
import { ShiftCard } from "./ShiftCard";
import "./calendar.css";

type Props = { week: Dayjs; shifts: ShiftView[]; holidays: Holiday[]; onOpenDay: (date: string) => void };

/** Seven columns, Monday first, each day's shifts as cards with the officers and their phones. */
export function WeekView({ week, shifts, holidays, onOpenDay }: Props) {
  const { t } = useTranslation();
  const byDate = shiftsByDate(shifts);
  const holidayMap = holidaysByDate(holidays);
  return (
    <div className="duty-week" data-testid="duty-week">
      {weekDays(week).map((date, i) => {
        const day = byDate.get(date) ?? [];
        const holiday = holidayOf(date, holidayMap, day);
        return (
          <div key={date} className="duty-week-col" data-testid={`duty-week-day-${date}`}>
            <div
              role="button"
              tabIndex={0}
              className={`duty-week-head${i >= 5 ? " duty-weekend" : ""}${date === todayString() ? " duty-cell-today" : ""}`}
              onClick={() => onOpenDay(date)}
              onKeyDown={(e) => {
                if (e.key === "Enter") onOpenDay(date);
              }}
            >
              <Typography.Text strong>{formatWeekday(i + 1, "medium")}</Typography.Text> {formatMonthDay(date)}
              {holiday && (
                <Tag color={holiday.kind === "holiday" ? "red" : "blue"} style={{ marginInlineStart: 4 }}>
                  {holiday.name || (holiday.kind === "holiday" ? t("duty.holidayTag") : t("duty.workdayTag"))}
                </Tag>
              )}
            </div>
            {day.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("duty.weekEmpty")} />}
            {day.map((s) => (
              <ShiftCard key={shiftKey(s)} shift={s} compact onClick={() => onOpenDay(date)} />
            ))}
          </div>
        );
      })}
    </div>
  );
}
