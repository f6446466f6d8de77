import { useTranslation } from "react-i18next";
import type { CaseDetail } from "../../../api/bindings";
import { useCasePhoto } from "../../../api/caseQueries";
import { formatDate, formatDateTime } from "../../../i18n/format";
import { isRespondentKind } from "../labels";
import { maskName, maskPhone } from "./mask";

function SlipPhoto({ caseId, name }: { caseId: number; name: string }) {
  const image = useCasePhoto(caseId, name);
  return image.data ? <img src={image.data} alt={name} /> : null;
}

type Props = { detail: CaseDetail; workstationName: string };

/** The case on one A4 sheet: facts, every step taken, and the photos, for the file or a signature. */
export function CaseSlipSheet({ detail, workstationName }: Props) {
  const { t } = useTranslation();
  const c = detail.case;
  const reporter = c.anonymous
    ? t("caseDetail.anonymous")
    : [maskName(c.reporterName), maskPhone(c.reporterPhone)].filter(Boolean).join("  ");
  const respondent = [isRespondentKind(c.respondentKind) ? t(`caseRespondent.${c.respondentKind}`) : "", c.respondentName]
    .filter(Boolean)
    .join(" · ");
  const rows: [string, string][] = [
    [t("caseFields.title"), c.title],
    [t("caseFields.source"), t(`caseSource.${c.source}`)],
    [t("caseFields.categoryId"), c.categoryName],
    [t("caseSlip.place"), [c.communityName, c.gridName, c.address].filter(Boolean).join(" · ")],
    [t("caseFields.reportedAt"), formatDateTime(c.reportedAt)],
    [t("caseFields.dueAt"), formatDateTime(c.dueAt)],
    [t("caseDetail.reporter"), reporter],
    [t("caseDetail.respondent"), respondent],
    [t("caseFields.assigneeId"), [c.assigneeName, c.responsibleParty].filter(Boolean).join(" · ")],
    [t("caseFields.description"), c.description],
  ];
  const photos = detail.timeline.flatMap((e) => e.photos);
  return (
    <div className="case-slip-sheet" data-testid="case-slip">
      <h1 className="case-slip-title">{t("caseSlip.title")}</h1>
      <div className="case-slip-sub">
        <span>{workstationName}</span>
        <span>
          {t("caseSlip.number", { number: c.number })} · {t(`caseStatus.${c.status}`)}
        </span>
      </div>
      <table className="case-slip-table">
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th>{label}</th>
              <td style={{ whiteSpace: "pre-wrap" }}>{value || "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="case-slip-section">{t("caseDetail.timeline")}</div>
      <table className="case-slip-table" data-testid="case-slip-timeline">
        <tbody>
          {detail.timeline.map((e) => (
            <tr key={e.id}>
              <th>{t(`caseStep.${e.step}`)}</th>
              <td>
                {formatDateTime(e.at)} · {e.actor}
                {e.promisedDate && <div>{t("caseDetail.promised", { date: formatDate(e.promisedDate) })}</div>}
                {e.note && <div style={{ whiteSpace: "pre-wrap" }}>{e.note}</div>}
                {e.documents.length > 0 && (
                  // Names only: paper cannot open a file, but it shows what is on record.
                  <div data-testid="case-slip-documents">
                    {t("caseDocuments.onSlip", { names: e.documents.map((d) => d.name).join(t("caseDocuments.separator")) })}
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {photos.length > 0 && (
        <>
          <div className="case-slip-section">{t("caseFields.photos")}</div>
          <div className="case-slip-photos">
            {photos.map((name) => (
              <SlipPhoto key={name} caseId={c.id} name={name} />
            ))}
          </div>
        </>
      )}
      <div className="case-slip-sign">
        <span>{t("caseSlip.handler")}</span>
        <span>{t("caseSlip.printedAt", { date: formatDate(new Date().toISOString()) })}</span>
      </div>
    </div>
  );
}
