import { Alert } from "antd";
import { useTranslation } from "react-i18next";
import type { Roster } from "../../api/bindings";
import { gapText } from "./gapText";

/** All gaps of the shown grids in one place, so the front desk sees what to fix first. */
export function GapSummary({ roster }: { roster: Roster }) {
  const { t } = useTranslation();
  const lines = roster.communities.flatMap((c) =>
    c.grids
      .filter((g) => g.gaps.length > 0)
      .map((g) => ({
        key: g.grid.id,
        text: t("roster.gapLine", {
          community: c.communityName,
          grid: g.grid.name,
          gaps: g.gaps.map((gap) => gapText(gap, t)).join(t("roster.listSeparator")),
        }),
      })),
  );
  if (roster.gapCount === 0) {
    return <Alert type="success" showIcon message={t("roster.noGaps")} data-testid="roster-gaps" />;
  }
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="roster-gaps"
      message={t("roster.gapCount", { count: roster.gapCount })}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {lines.map((line) => (
            <li key={line.key}>{line.text}</li>
          ))}
        </ul>
      }
    />
  );
}
