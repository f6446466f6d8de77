import { Select } from "antd";
import { useTranslation } from "react-i18next";
import { shiftName, timeRange } from "../labels";
import { useDayShifts } from "../useNames";

/** "ruleId:personId": one person's turn on one rule's shift. */
export type ShiftPick = `${number}:${number}`;

export const parsePick = (pick: string | undefined): { ruleId: number; personId: number } | null => {
  const m = pick ? /^(\d+):(\d+)$/.exec(pick) : null;
  return m ? { ruleId: Number(m[1]), personId: Number(m[2]) } : null;
};

type Props = { date: string | null; value?: ShiftPick; onChange?: (value: ShiftPick) => void; testId: string };

/** Every person on every rule shift of the day, taken from the computed schedule. */
export function ShiftPersonSelect({ date, value, onChange, testId }: Props) {
  const { t } = useTranslation();
  const day = useDayShifts(date);
  // A swap trades turns of rules; ad-hoc duty is changed with an adjustment instead.
  const options = day.shifts
    .filter((s) => s.ruleId !== null)
    .flatMap((s) =>
      s.people.map((p) => ({
        value: `${s.ruleId}:${p.personId}` as ShiftPick,
        label: t("dutyChange.shiftPersonOption", { shift: shiftName(s, t), time: timeRange(s), name: p.name }),
      })),
    );
  return (
    <Select<ShiftPick>
      value={value}
      onChange={onChange}
      options={options}
      loading={day.loading}
      disabled={date === null}
      placeholder={date === null ? t("dutyChange.pickDateFirst") : undefined}
      notFoundContent={t("dutyChange.noShiftsThatDay")}
      data-testid={testId}
    />
  );
}
