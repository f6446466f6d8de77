import { Flex, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { Outcome } from "../../api/bindings";
import { formatDate, formatDateTime } from "../../i18n/format";
import { ActionDoneButton } from "./ActionDoneButton";
import { ActionState } from "./ActionState";
import { OUTCOME_COLOR } from "./labels";
import { ownerText } from "./outcomeText";

/**
 * One outcome as the minutes read it: its kind, and for an action who · what · by when with its
 * state (overdue in red). An amendment says so; a done action says who marked it and when.
 */
export function OutcomeLine({ outcome: o }: { outcome: Outcome }) {
  const { t } = useTranslation();
  const action = o.kind === "action";
  const late = action && o.overdue;
  return (
    <Flex vertical gap={2} data-testid={`outcome-${o.id}`}>
      <Flex gap={6} wrap align="center">
        <Tag color={OUTCOME_COLOR[o.kind]} style={{ marginInlineEnd: 0 }}>
          {t(`outcomeKind.${o.kind}`)}
        </Tag>
        {o.amendment && (
          <Tag color="purple" style={{ marginInlineEnd: 0 }} data-testid="outcome-amendment">
            {t("outcome.amendment")}
          </Tag>
        )}
        {action ? (
          <Typography.Text type={late ? "danger" : undefined} data-testid="outcome-action">
            <strong>{ownerText(o)}</strong> · {o.text} · {t("outcome.due", { date: o.dueOn ? formatDate(o.dueOn) : "—" })}
          </Typography.Text>
        ) : (
          <span style={{ whiteSpace: "pre-wrap" }}>{o.text}</span>
        )}
        {action && <ActionState action={o} />}
        {action && !o.doneAt && <ActionDoneButton action={o} />}
      </Flex>
      {action && o.doneAt && (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t("outcome.doneBy", { name: o.doneBy ?? "", time: formatDateTime(o.doneAt) })}
          {o.doneNote && ` · ${t("outcome.doneNote", { note: o.doneNote })}`}
        </Typography.Text>
      )}
      {o.amendment && (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t("minutes.amendLine", { name: o.createdBy, time: formatDateTime(o.createdAt) })}
        </Typography.Text>
      )}
    </Flex>
  );
}
