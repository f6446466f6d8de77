import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { DutyLine, Worklog } from "../../../api/bindings";
import { formatDate, formatDateTime, formatNumber } from "../../../i18n/format";
import { draftText } from "../draftText";

type Props = { worklog: Worklog; workstationName: string };

function arrival(line: DutyLine, t: TFunction): string {
  if (line.noShow) return t("worklog.noShow");
  if (!line.arrivedAt) return t("worklog.notMarked");
  return line.late ? `${line.arrivedAt} ${t("worklog.late")}` : line.arrivedAt;
}

/** One day of the work log on an A4 sheet, for the record book and a signature. No contacts on it. */
export function WorklogSheet({ worklog, workstationName }: Props) {
  const { t } = useTranslation();
  const s = worklog.summary;
  // An unsaved day prints its draft rather than an empty box.
  const text = worklog.text || (worklog.saved ? "" : draftText(s, t));
  const counts: [string, number][] = [
    [t("worklog.visitsTotal"), s.visits],
    ...s.byHandling.map((h): [string, number] => [t(`visitHandling.${h.handling}`), h.count]),
    [t("worklog.toCases"), s.visitsToCases],
    [t("worklog.opened"), s.casesOpened],
    [t("worklog.closed"), s.casesClosed],
    [t("worklog.rechecksPassed"), s.rechecksPassed],
    [t("worklog.rechecksFailed"), s.rechecksFailed],
    [t("worklog.overdue"), s.overdue],
  ];
  const status = worklog.signedAt
    ? t("worklogPrint.signedLine", { name: worklog.signedBy ?? "", time: formatDateTime(worklog.signedAt) })
    : t("worklogPrint.draft");
  return (
    <div className="worklog-sheet" data-testid="worklog-sheet">
      <h1 className="worklog-title">{t("worklogPrint.title")}</h1>
      <div className="worklog-sub">
        <span>{workstationName}</span>
        <span>{formatDate(worklog.day)}</span>
      </div>
      <table className="worklog-table worklog-counts">
        <tbody>
          {[0, 1, 2].map((row) => (
            <tr key={row}>
              {counts.slice(row * 4, row * 4 + 4).map(([label, value]) => (
                <td key={label}>
                  <div className="worklog-label">{label}</div>
                  <div>{formatNumber(value)}</div>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="worklog-section">{t("worklog.dutyTitle")}</div>
      <table className="worklog-table">
        <thead>
          <tr>
            <th>{t("worklog.dutyName")}</th>
            <th>{t("worklog.dutyShift")}</th>
            <th>{t("worklog.dutyTime")}</th>
            <th>{t("worklog.dutyArrived")}</th>
          </tr>
        </thead>
        <tbody>
          {s.duty.length === 0 && (
            <tr>
              <td colSpan={4}>{t("worklog.noDuty")}</td>
            </tr>
          )}
          {s.duty.map((l) => (
            <tr key={`${l.shift}-${l.startTime}-${l.name}`}>
              <td>{l.name}</td>
              <td>{l.shift}</td>
              <td>{`${l.startTime}–${l.endTime}`}</td>
              <td>{arrival(l, t)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="worklog-section">{t("worklog.text")}</div>
      <div className="worklog-text" data-testid="worklog-sheet-text">
        {text}
      </div>
      <div className="worklog-status">
        {t("worklogPrint.status")}：{status}
      </div>
      <div className="worklog-sign">
        <span>{t("worklogPrint.signHere")}</span>
        <span>{t("worklogPrint.signDate")}</span>
      </div>
    </div>
  );
}
