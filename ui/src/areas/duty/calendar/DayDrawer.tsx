import { Button, Drawer, Empty, Flex, Space, Tag } from "antd";
import { SwapOutlined, UserAddOutlined, UserDeleteOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import type { DutyPerson, Holiday, ShiftView } from "../../../api/bindings";
import { formatDate, formatWeekday } from "../../../i18n/format";
import type { OverridePrefill } from "../changes/OverrideForm";
import { isoWeekdayOf } from "../dates";
import { shiftKey } from "../labels";
import { AttendanceButtons } from "./Attendance";
import { ShiftCard } from "./ShiftCard";

type Props = {
  date: string | null;
  shifts: ShiftView[];
  holiday: Holiday | undefined;
  onClose: () => void;
  onOverride: (prefill: OverridePrefill) => void;
};

const placeOf = (s: ShiftView) => ({
  date: s.date,
  ruleId: s.ruleId,
  communityId: s.communityId,
  startTime: s.startTime,
  endTime: s.endTime,
});

/** One day: its shifts, each officer with phone, source and attendance, and the day's changes. */
export function DayDrawer({ date, shifts, holiday, onClose, onOverride }: Props) {
  const { t } = useTranslation();
  const personActions = (shift: ShiftView) => (p: DutyPerson) => (
    <Flex gap={4} wrap>
      <AttendanceButtons shift={shift} person={p} />
      {/* Ad-hoc duty is changed by undoing its "add" in the changes list: it has no rule turn to replace. */}
      {shift.ruleId !== null && (
        <Space size={4}>
          <Button
            size="small"
            icon={<UserDeleteOutlined />}
            onClick={() => onOverride({ kind: "remove", ...placeOf(shift), personId: p.personId })}
            data-testid={`duty-remove-${shift.date}-${p.personId}`}
          >
            {t("duty.removePerson")}
          </Button>
          <Button
            size="small"
            icon={<SwapOutlined />}
            onClick={() => onOverride({ kind: "replace", ...placeOf(shift), personId: p.personId })}
            data-testid={`duty-replace-${shift.date}-${p.personId}`}
          >
            {t("duty.replacePerson")}
          </Button>
        </Space>
      )}
    </Flex>
  );

  return (
    <Drawer
      open={date !== null}
      onClose={onClose}
      width={620}
      title={
        date && (
          <Space>
            <span>{t("duty.dayTitle", { date: formatDate(date), weekday: formatWeekday(isoWeekdayOf(date), "long") })}</span>
            {holiday && (
              <Tag color={holiday.kind === "holiday" ? "red" : "blue"}>
                {holiday.kind === "holiday" ? t("duty.holidayTag") : t("duty.workdayTag")} {holiday.name}
              </Tag>
            )}
          </Space>
        )
      }
    >
      <div data-testid="duty-day">
        {shifts.length === 0 && <Empty description={t("duty.dayEmpty")} />}
        <Flex vertical gap={12}>
          {shifts.map((s) => (
            <ShiftCard
              key={shiftKey(s)}
              shift={s}
              personActions={personActions(s)}
              extra={
                <Button
                  size="small"
                  icon={<UserAddOutlined />}
                  onClick={() => onOverride({ kind: "add", adhoc: s.ruleId === null, ...placeOf(s) })}
                  data-testid={`duty-add-person-${shiftKey(s)}`}
                >
                  {t("duty.addPerson")}
                </Button>
              }
            />
          ))}
        </Flex>
      </div>
    </Drawer>
  );
}
