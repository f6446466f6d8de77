// How shifts, sources and attendance read on screen. Every text goes through i18n.
import type { TFunction } from "i18next";
import type { DutyPerson, ShiftView } from "../../api/bindings";
import { formatWeekday } from "../../i18n/format";

export const timeRange = (s: { startTime: string; endTime: string }): string => `${s.startTime}–${s.endTime}`;

/** "花园社区" → "花园": the calendar cell is narrow and every community there is a 社区. */
export function shortCommunity(name: string): string {
  const short = name.replace(/社区$/, "");
  return short.length >= 2 ? short : name;
}

/** The rule's name, or for an ad-hoc duty day where it is. */
export function shiftName(shift: Pick<ShiftView, "ruleName" | "communityName">, t: TFunction): string {
  if (shift.ruleName) return shift.ruleName;
  return shift.communityName ? t("duty.adhocIn", { community: shift.communityName }) : t("duty.adhocName");
}

/** Where a shift is, in a few characters: the community's short name, or 全站. */
export function shiftPlace(shift: Pick<ShiftView, "communityName">, t: TFunction): string {
  return shift.communityName ? shortCommunity(shift.communityName) : t("duty.wholeStationShort");
}

/** 轮值 / 代班（韩怡莉请假）/ 临时加派 / 替班（替王五）. */
export function sourceText(person: Pick<DutyPerson, "source" | "coversName">, t: TFunction): string {
  switch (person.source) {
    case "rotation":
      return t("dutySource.rotation");
    case "added":
      return t("dutySource.added");
    case "covering":
      return person.coversName ? t("dutySource.coveringOf", { name: person.coversName }) : t("dutySource.covering");
    case "replacing":
      return person.coversName ? t("dutySource.replacingOf", { name: person.coversName }) : t("dutySource.replacing");
  }
}

export const SOURCE_COLOR: Record<DutyPerson["source"], string> = {
  rotation: "default",
  covering: "purple",
  added: "cyan",
  replacing: "gold",
};

/** 周三、周日 / Wed, Sun. */
export function weekdaysText(weekdays: number[], t: TFunction): string {
  return [...weekdays]
    .sort((a, b) => a - b)
    .map((d) => formatWeekday(d, "medium"))
    .join(t("roster.listSeparator"));
}

export const shortage = (shift: ShiftView): number => Math.max(0, shift.needed - shift.people.length);

/** A stable key for a shift: ad-hoc shifts have no rule, so the place and time tell them apart. */
export const shiftKey = (s: Pick<ShiftView, "date" | "ruleId" | "communityId" | "startTime">): string =>
  `${s.date}-${s.ruleId ?? "adhoc"}-${s.communityId ?? 0}-${s.startTime}`;
