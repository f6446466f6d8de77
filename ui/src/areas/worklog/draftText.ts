// The work log's first draft, written from the day's numbers in the user's language, so the
// desk corrects a paragraph instead of typing one at the end of a long day.
import type { TFunction } from "i18next";
import type { DaySummary, DutyLine } from "../../api/bindings";

function dutyText(line: DutyLine, t: TFunction): string {
  const { name } = line;
  if (line.noShow) return t("worklogDraft.noShow", { name });
  if (!line.arrivedAt) return t("worklogDraft.notMarked", { name });
  return t(line.late ? "worklogDraft.arrivedLate" : "worklogDraft.arrived", { name, time: line.arrivedAt });
}

export function draftText(s: DaySummary, t: TFunction): string {
  const parts = s.byHandling
    .filter((h) => h.count > 0)
    .map((h) => t("worklogDraft.part", { handling: t(`visitHandling.${h.handling}`), count: h.count }))
    .join(t("worklogDraft.partSep"));
  const visits =
    s.visits === 0
      ? t("worklogDraft.noVisits")
      : t("worklogDraft.visits", {
          total: s.visits,
          detail: parts ? t("worklogDraft.detail", { parts }) : "",
          toCases: s.visitsToCases,
        });
  const cases = t("worklogDraft.cases", {
    opened: s.casesOpened,
    closed: s.casesClosed,
    passed: s.rechecksPassed,
    failed: s.rechecksFailed,
    overdue: s.overdue,
  });
  const duty =
    s.duty.length === 0
      ? t("worklogDraft.noDuty")
      : t("worklogDraft.duty", { lines: s.duty.map((l) => dutyText(l, t)).join(t("worklogDraft.lineSep")) });
  return [visits, cases, duty].join(t("worklogDraft.sentenceSep")) + t("worklogDraft.end");
}
