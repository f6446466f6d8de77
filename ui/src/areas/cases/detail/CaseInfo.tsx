import { Card, Descriptions, Flex } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { CaseDetail } from "../../../api/bindings";
import { formatDateTime } from "../../../i18n/format";
import { isRespondentKind } from "../labels";
import { StatusTag } from "../StatusTag";
import { CaseEstate } from "./CaseEstate";
import { ReporterContact } from "./ReporterContact";

/** The case's own facts; empty ones say so rather than leave a gap. */
export function CaseInfo({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const c = detail.case;
  const none = t("caseDetail.none");
  const respondent = [isRespondentKind(c.respondentKind) ? t(`caseRespondent.${c.respondentKind}`) : "", c.respondentName]
    .filter(Boolean)
    .join(" · ");
  return (
    <Card title={t("caseDetail.facts")}>
      <Descriptions column={{ xs: 1, md: 2 }} size="small" data-testid="case-facts">
        <Descriptions.Item label={t("caseFields.source")}>{t(`caseSource.${c.source}`)}</Descriptions.Item>
        <Descriptions.Item label={t("caseFields.categoryId")}>{c.categoryName}</Descriptions.Item>
        <Descriptions.Item label={t("caseFields.communityId")}>{c.communityName}</Descriptions.Item>
        <Descriptions.Item label={t("caseFields.gridId")}>{c.gridName ?? none}</Descriptions.Item>
        <Descriptions.Item label={t("caseDetail.estate")}>
          <CaseEstate detail={detail} />
        </Descriptions.Item>
        <Descriptions.Item label={t("caseFields.address")}>{c.address || none}</Descriptions.Item>
        <Descriptions.Item label={t("caseFields.urgency")}>{t(`caseUrgency.${c.urgency}`)}</Descriptions.Item>
        <Descriptions.Item label={t("caseFields.reportedAt")}>{formatDateTime(c.reportedAt)}</Descriptions.Item>
        <Descriptions.Item label={t("caseFields.registeredAt")}>{formatDateTime(c.registeredAt)}</Descriptions.Item>
        <Descriptions.Item label={t("caseDetail.reporter")}>
          <ReporterContact theCase={c} />
        </Descriptions.Item>
        <Descriptions.Item label={t("caseDetail.respondent")}>{respondent || none}</Descriptions.Item>
        <Descriptions.Item label={t("caseFields.assigneeId")}>{c.assigneeName ?? none}</Descriptions.Item>
        <Descriptions.Item label={t("caseFields.responsibleParty")}>{c.responsibleParty || none}</Descriptions.Item>
        {c.referredTo && <Descriptions.Item label={t("caseFields.referredTo")}>{c.referredTo}</Descriptions.Item>}
        {c.satisfaction && (
          <Descriptions.Item label={t("caseFields.satisfaction")}>{t(`caseSatisfaction.${c.satisfaction}`)}</Descriptions.Item>
        )}
        {c.closedAt && <Descriptions.Item label={t("caseDetail.closedAt")}>{formatDateTime(c.closedAt)}</Descriptions.Item>}
        {c.duplicateOf !== null && (
          <Descriptions.Item label={t("caseFields.duplicateOf")}>
            <Link to={`/cases/${c.duplicateOf}`}>{t("caseDetail.openCase")}</Link>
          </Descriptions.Item>
        )}
        {detail.duplicates.length > 0 && (
          <Descriptions.Item label={t("caseDetail.duplicates")} span={2}>
            <Flex gap={8} wrap data-testid="case-duplicate-links">
              {detail.duplicates.map((d) => (
                <Link key={d.id} to={`/cases/${d.id}`}>
                  {d.number} {d.title} <StatusTag status={d.status} />
                </Link>
              ))}
            </Flex>
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t("caseFields.description")} span={2}>
          <span style={{ whiteSpace: "pre-wrap" }}>{c.description || none}</span>
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
