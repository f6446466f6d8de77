import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import type { Outcome } from "../../api/bindings";

/** Done, overdue (red) or still open: an action's state in one word. */
export function ActionState({ action }: { action: Outcome }) {
  const { t } = useTranslation();
  if (action.doneAt) return <Tag color="green" data-testid="action-state">{t("outcome.done")}</Tag>;
  if (action.overdue) return <Tag color="red" data-testid="action-state">{t("outcome.overdue")}</Tag>;
  return <Tag color="processing" data-testid="action-state">{t("outcome.pending")}</Tag>;
}
