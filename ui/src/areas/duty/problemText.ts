import type { TFunction } from "i18next";
import type { ProblemView } from "../../api/bindings";
import { formatMonthDay } from "../../i18n/format";

/** Names the problem list may need that the problem itself only carries as ids. */
export type NameLookup = {
  ruleName: (id: number) => string | null;
  communityName: (id: number) => string | null;
};

export const NO_NAMES: NameLookup = { ruleName: () => null, communityName: () => null };

function shiftLabel(ruleId: number | null, ruleName: string | null, communityId: number | null, t: TFunction, names: NameLookup) {
  const rule = ruleName ?? (ruleId !== null ? names.ruleName(ruleId) : null);
  if (rule) return rule;
  const community = communityId !== null ? names.communityName(communityId) : null;
  return community ? t("duty.adhocIn", { community }) : t("duty.adhocName");
}

/**
 * One sentence the front desk can act on, e.g.
 * "11月26日 花园社区周三周日值班 缺1人（需2人，现1人）" or "韩怡莉 11月30日 在请假期间被排班".
 */
export function problemText(view: ProblemView, t: TFunction, names: NameLookup = NO_NAMES): string {
  const { problem: p } = view;
  const date = formatMonthDay(p.date);
  const person = view.personName ?? t("dutyProblem.someone");
  switch (p.kind) {
    case "gap":
      return t("dutyProblem.gap", {
        date,
        shift: shiftLabel(p.ruleId, view.ruleName, p.communityId, t, names),
        missing: Math.max(0, p.needed - p.have),
        needed: p.needed,
        have: p.have,
      });
    case "double_booked":
      return t("dutyProblem.double_booked", {
        name: person,
        date,
        shifts: p.shifts
          // Each clashing shift comes as its rule (none for ad-hoc duty) and its start time.
          .map(([ruleId, start]) => t("dutyProblem.shiftAt", { shift: shiftLabel(ruleId, null, null, t, names), time: start }))
          .join(t("roster.listSeparator")),
      });
    case "on_leave":
      return t("dutyProblem.on_leave", { name: person, date });
    case "override_unused":
      return t("dutyProblem.override_unused", { date });
  }
}

/** The date a problem is about, for sorting and for marking calendar days. */
export const problemDate = (view: ProblemView): string => view.problem.date;
