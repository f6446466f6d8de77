// The rule form's values and how they start: the story's Wednesday and Sunday, 08:30–17:30.
import dayjs, { type Dayjs } from "dayjs";
import type { TFunction } from "i18next";
import type { Community, DutyRuleInput, DutyRuleView } from "../../../api/bindings";
import { fromDay, toDay } from "../../roster/dates";
import { fromTime, toTime } from "../dates";
import { weekdaysText } from "../labels";

/** The community select's value for a rule of the whole workstation (communityId null). */
export const ALL = "all";

export type RuleValues = {
  name: string;
  communityId?: number | typeof ALL;
  weekdays: number[];
  startTime?: Dayjs | null;
  endTime?: Dayjs | null;
  perSlot: number;
  members: number[];
  startDate?: Dayjs | null;
  endDate?: Dayjs | null;
  skipHolidays: boolean;
};

/** "花园社区 周三、周日下沉": made from the community and weekdays until the user types their own. */
export function defaultName(values: Partial<RuleValues>, communities: Community[], t: TFunction): string {
  const community =
    values.communityId === ALL ? t("dutyRule.wholeStation") : (communities.find((c) => c.id === values.communityId)?.name ?? "");
  return t("dutyRule.defaultName", { community, weekdays: weekdaysText(values.weekdays ?? [], t) }).trim();
}

export function initialValues(
  rule: DutyRuleView | null,
  defaultCommunityId: number | null,
  communities: Community[],
  t: TFunction,
): RuleValues {
  if (rule) {
    const r = rule.rule;
    return {
      name: rule.name,
      communityId: r.communityId ?? ALL,
      weekdays: r.weekdays,
      startTime: fromTime(r.startTime),
      endTime: fromTime(r.endTime),
      perSlot: r.perSlot,
      members: r.members,
      startDate: fromDay(r.startDate),
      endDate: fromDay(r.endDate),
      skipHolidays: r.skipHolidays,
    };
  }
  // The story: officers go down to the community every Wednesday and Sunday, 08:30–17:30.
  const values: RuleValues = {
    name: "",
    communityId: defaultCommunityId ?? undefined,
    weekdays: [3, 7],
    startTime: fromTime("08:30"),
    endTime: fromTime("17:30"),
    perSlot: 1,
    members: [],
    startDate: dayjs(),
    endDate: null,
    skipHolidays: true,
  };
  return { ...values, name: defaultName(values, communities, t) };
}

/** The values as the backend takes them; the form's rules have made sure the required ones are there. */
export function ruleInput(v: RuleValues): DutyRuleInput {
  return {
    communityId: v.communityId === ALL || v.communityId === undefined ? null : v.communityId,
    name: v.name.trim(),
    weekdays: [...v.weekdays].sort((a, b) => a - b),
    startTime: toTime(v.startTime as Dayjs),
    endTime: toTime(v.endTime as Dayjs),
    perSlot: v.perSlot,
    members: v.members,
    startDate: toDay(v.startDate as Dayjs),
    endDate: v.endDate ? toDay(v.endDate) : null,
    skipHolidays: v.skipHolidays,
  };
}
