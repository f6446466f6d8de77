import { useTranslation } from "react-i18next";
import type { AgendaItem, Outcome } from "../../../api/bindings";
import { formatDate } from "../../../i18n/format";
import { ownerText } from "../outcomeText";
import { ScreenCase } from "./ScreenCase";

type Props = { item: AgendaItem; n: number; total: number };

/** The item under discussion, its case, and its decisions and actions as they are recorded. */
export function ScreenItem({ item, n, total }: Props) {
  const { t } = useTranslation();
  return (
    <div className="screen-item" data-testid="screen-current-item">
      <div className="screen-muted">{t("meetingScreen.position", { n, total })}</div>
      <h1 className="screen-item-title">
        {item.carriedFrom !== null && <span className="screen-carried">{t("agenda.carried")}</span>}
        {item.title}
      </h1>
      {item.caseId !== null && <ScreenCase caseId={item.caseId} />}
      <h2 className="screen-heading">{t("meetingScreen.outcomes")}</h2>
      {item.outcomes.length === 0 && <div className="screen-muted">{t("meetingScreen.noOutcomes")}</div>}
      <ul className="screen-outcomes" data-testid="screen-outcomes">
        {item.outcomes.map((o) => (
          <ScreenOutcome key={o.id} outcome={o} />
        ))}
      </ul>
    </div>
  );
}

function ScreenOutcome({ outcome: o }: { outcome: Outcome }) {
  const { t } = useTranslation();
  const late = o.kind === "action" && o.overdue;
  return (
    <li className={`screen-outcome${late ? " screen-late" : ""}`} data-testid={`screen-outcome-${o.id}`}>
      <span className={`screen-kind screen-kind-${o.kind}`}>{t(`outcomeKind.${o.kind}`)}</span>
      {o.kind === "action" ? (
        <span>
          <strong>{ownerText(o)}</strong> · {o.text} · {t("outcome.due", { date: o.dueOn ? formatDate(o.dueOn) : "—" })}
          {o.doneAt && ` · ${t("outcome.done")}`}
        </span>
      ) : (
        <span>{o.text}</span>
      )}
    </li>
  );
}
