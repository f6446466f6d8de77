import { useTranslation } from "react-i18next";
import type { Attendee, MeetingDetail, Outcome, Side } from "../../../api/bindings";
import { formatDateTime } from "../../../i18n/format";
import { SIDES } from "../labels";
import { MinutesAgenda } from "./MinutesAgenda";

type Props = { detail: MeetingDetail; carried: Map<number, Outcome>; workstationName: string };

/** The four parties of the "linkage alliance": they sign even when nobody of theirs was recorded. */
const MAIN_SIDES: readonly Side[] = ["urban", "residents_committee", "owners_committee", "property_company"];

const attendeeText = (a: Attendee) => [a.name + (a.title ? `（${a.title}）` : ""), a.partyName].filter(Boolean).join(" · ");

/** The minutes (会议纪要) on A4 sheets, to be signed by each side present. No phone numbers on it. */
export function MinutesSheet({ detail, carried, workstationName }: Props) {
  const { t } = useTranslation();
  const m = detail.meeting;
  const none = t("meeting.none");
  const present = SIDES.filter((s) => detail.attendees.some((a) => a.side === s));
  const signing = present.length > 0 ? present : MAIN_SIDES;
  const facts: [string, string][] = [
    [t("meetingFields.kind"), t(`meetingKind.${m.kind}`)],
    [t("meetingFields.heldAt"), formatDateTime(m.heldAt)],
    [t("meetingFields.place"), m.place || none],
    [t("meetings.place"), m.estateName ? `${m.communityName} · ${m.estateName}` : m.communityName],
    [t("meeting.chair"), m.chair || none],
    [t("meeting.recorder"), m.recorder || none],
  ];
  return (
    <div className="minutes-sheet" data-testid="meeting-minutes">
      <h1 className="minutes-title">{t("minutes.title")}</h1>
      <div className="minutes-sub">
        <span>{workstationName}</span>
        <span data-testid="minutes-meeting-title">{m.title}</span>
      </div>
      {!m.closedAt && <div className="minutes-draft">{t("minutes.draft")}</div>}
      <table className="minutes-table minutes-facts">
        <tbody>
          {[0, 1, 2].map((row) => (
            <tr key={row}>
              {facts.slice(row * 2, row * 2 + 2).map(([label, value]) => (
                <FactCells key={label} label={label} value={value} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="minutes-section">{t("minutes.attendees")}</div>
      <table className="minutes-table" data-testid="minutes-attendees">
        <tbody>
          {present.length === 0 && (
            <tr>
              <td>{t("minutes.noAttendees")}</td>
            </tr>
          )}
          {present.map((side) => (
            <tr key={side} data-testid={`minutes-side-${side}`}>
              <th className="minutes-side">{t(`meetingSide.${side}`)}</th>
              <td>
                {detail.attendees
                  .filter((a) => a.side === side)
                  .map(attendeeText)
                  .join("；")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <MinutesAgenda detail={detail} carried={carried} />
      {m.closedAt && <div className="minutes-status">{t("minutes.closedLine", { name: m.closedBy ?? "", time: formatDateTime(m.closedAt) })}</div>}
      <div className="minutes-signs">
        {signing.map((side) => (
          <div key={side} className="minutes-sign" data-testid={`minutes-sign-${side}`}>
            <span>{t("minutes.signature", { side: t(`minutes.signSide.${side}`) })}</span>
            <span className="minutes-line" />
            <span>{t("minutes.signDate")}</span>
            <span className="minutes-line minutes-line-short" />
          </div>
        ))}
      </div>
    </div>
  );
}

function FactCells({ label, value }: { label: string; value: string }) {
  return (
    <>
      <th>{label}</th>
      <td>{value}</td>
    </>
  );
}
