import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { MeetingDetail, Outcome } from "../../../api/bindings";
import { formatDate, formatDateTime } from "../../../i18n/format";
import { sortAgenda } from "../agenda";
import { ownerText } from "../outcomeText";

type Props = { detail: MeetingDetail; carried: Map<number, Outcome> };

function stateText(o: Outcome, t: TFunction): string {
  if (o.doneAt) return t("outcome.done");
  return o.overdue ? t("outcome.overdue") : t("outcome.pending");
}

/** "【补正】" before an amendment, so the signed paper shows what was added after closing. */
const mark = (o: Outcome, t: TFunction) => (o.amendment ? `【${t("outcome.amendment")}】` : "");

/** The agenda with its notes and decisions, then every action item as who · what · by when. */
export function MinutesAgenda({ detail, carried }: Props) {
  const { t } = useTranslation();
  const items = sortAgenda(detail.items);
  const numbered = items.map((item, i) => ({ item, n: i + 1 }));
  const actions = [
    ...numbered.flatMap(({ item, n }) => item.outcomes.filter((o) => o.kind === "action").map((o) => ({ o, n: String(n) }))),
    ...detail.general.filter((o) => o.kind === "action").map((o) => ({ o, n: "" })),
  ];
  const general = detail.general.filter((o) => o.kind !== "action");
  return (
    <>
      <div className="minutes-section">{t("minutes.agenda")}</div>
      {numbered.map(({ item, n }) => {
        const review = item.carriedFrom !== null ? carried.get(item.carriedFrom) : undefined;
        const said = item.outcomes.filter((o) => o.kind !== "action");
        return (
          <div key={item.id} className="minutes-item" data-testid={`minutes-item-${item.position}`}>
            <div className="minutes-item-title">
              {n}. {item.title}
              {item.carriedFrom !== null && `【${t("agenda.carried")}】`}
              {item.caseNumber && `（${t("agenda.case", { number: item.caseNumber })}）`}
            </div>
            {review && (
              <div>
                {ownerText(review)} · {review.text} · {t("outcome.due", { date: review.dueOn ? formatDate(review.dueOn) : "—" })} ·{" "}
                {stateText(review, t)}
              </div>
            )}
            {item.notes && <div className="minutes-notes">{item.notes}</div>}
            {said.map((o) => (
              <div key={o.id} data-testid={`minutes-outcome-${o.id}`}>
                {mark(o, t)}
                {t(`outcomeKind.${o.kind}`)}：{o.text}
                {o.amendment && `（${t("minutes.amendLine", { name: o.createdBy, time: formatDateTime(o.createdAt) })}）`}
              </div>
            ))}
          </div>
        );
      })}
      <div className="minutes-section">{t("minutes.actions")}</div>
      <table className="minutes-table" data-testid="minutes-actions">
        <thead>
          <tr>
            <th>{t("meetingFields.itemId")}</th>
            <th>{t("minutes.who")}</th>
            <th>{t("minutes.what")}</th>
            <th>{t("minutes.due")}</th>
            <th>{t("minutes.state")}</th>
          </tr>
        </thead>
        <tbody>
          {actions.length === 0 && (
            <tr>
              <td colSpan={5}>{t("minutes.noActions")}</td>
            </tr>
          )}
          {actions.map(({ o, n }) => (
            <tr key={o.id} data-testid={`minutes-action-${o.id}`}>
              <td>{n}</td>
              <td>{ownerText(o)}</td>
              <td>
                {mark(o, t)}
                {o.text}
              </td>
              <td>{o.dueOn ? formatDate(o.dueOn) : ""}</td>
              <td>{stateText(o, t)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {general.length > 0 && (
        <>
          <div className="minutes-section">{t("meeting.general")}</div>
          {general.map((o) => (
            <div key={o.id} className="minutes-item" data-testid={`minutes-outcome-${o.id}`}>
              {mark(o, t)}
              {t(`outcomeKind.${o.kind}`)}：{o.text}
              {o.amendment && `（${t("minutes.amendLine", { name: o.createdBy, time: formatDateTime(o.createdAt) })}）`}
            </div>
          ))}
        </>
      )}
    </>
  );
}
