import { Alert, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { ProblemView } from "../../../api/bindings";
import { problemText } from "../problemText";
import { useNameLookup } from "../useNames";

/** The period's checks as sentences; each opens its day. */
export function ProblemsPanel({ problems, onOpenDay }: { problems: ProblemView[]; onOpenDay: (date: string) => void }) {
  const { t } = useTranslation();
  const names = useNameLookup();
  if (problems.length === 0) {
    return (
      <Alert
        type="success"
        showIcon
        message={t("dutyProblem.title")}
        description={t("dutyProblem.none")}
        data-testid="duty-problems"
      />
    );
  }
  const sorted = [...problems].sort((a, b) => a.problem.date.localeCompare(b.problem.date));
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="duty-problems"
      message={t("dutyProblem.count", { count: problems.length })}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {sorted.map((p, i) => (
            <li key={i} data-testid={`duty-problem-${i}`}>
              <Typography.Link onClick={() => onOpenDay(p.problem.date)}>{problemText(p, t, names)}</Typography.Link>
            </li>
          ))}
        </ul>
      }
    />
  );
}
