import { useState } from "react";
import { Alert, Button, Descriptions, Drawer, Flex, Skeleton, Tag } from "antd";
import { FileAddOutlined, InboxOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { Visit } from "../../api/bindings";
import { useVisit } from "../../api/deskQueries";
import { usePerm } from "../../common/useSession";
import { formatDateTime } from "../../i18n/format";
import { ArchiveVisitModal } from "./ArchiveVisitModal";
import { deskErrorText } from "./deskErrorText";
import { HandlingTag } from "./HandlingTag";
import { VisitContactLine } from "./VisitContactLine";

type Props = { id: number; onClose: () => void; onMakeCase: (id: number) => void };

/** One visit with every field, the audited contact reveal, and what can still be done with it. */
export function VisitDrawer({ id, onClose, onMakeCase }: Props) {
  const { t } = useTranslation();
  const visit = useVisit(id);
  return (
    <Drawer open width={520} title={t("visitDetail.title")} onClose={onClose} data-testid="visit-drawer">
      {visit.isError && <Alert type="error" showIcon message={deskErrorText(visit.error, t)} />}
      {visit.isPending && <Skeleton active />}
      {visit.data && <VisitDetail visit={visit.data} onMakeCase={onMakeCase} />}
    </Drawer>
  );
}

function VisitDetail({ visit, onMakeCase }: { visit: Visit; onMakeCase: (id: number) => void }) {
  const { t } = useTranslation();
  const mayLog = usePerm("visit_log");
  const mayIntake = usePerm("case_intake");
  const [archiving, setArchiving] = useState(false);
  const open = !visit.archived;
  return (
    <Flex vertical gap={16}>
      {visit.archived && (
        <Alert type="warning" showIcon message={t("visitDetail.archivedReason", { reason: visit.archiveReason })} />
      )}
      <Descriptions column={1} size="small" bordered styles={{ label: { width: 110 } }}>
        <Descriptions.Item label={t("visitFields.visitedAt")}>{formatDateTime(visit.visitedAt)}</Descriptions.Item>
        <Descriptions.Item label={t("visitFields.channel")}>{t(`visitChannel.${visit.channel}`)}</Descriptions.Item>
        <Descriptions.Item label={t("visits.visitor")}>
          <VisitContactLine visit={visit} />
        </Descriptions.Item>
        <Descriptions.Item label={t("visitFields.communityId")}>{visit.communityName ?? "—"}</Descriptions.Item>
        <Descriptions.Item label={t("visitFields.topic")}>
          <span style={{ whiteSpace: "pre-wrap" }}>{visit.topic}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t("visitFields.handling")}>
          <HandlingTag handling={visit.handling} />
        </Descriptions.Item>
        <Descriptions.Item label={t("visitFields.outcome")}>
          <span style={{ whiteSpace: "pre-wrap" }}>{visit.outcome || "—"}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t("visitFields.caseId")}>
          {visit.caseId !== null ? (
            <Link to={`/cases/${visit.caseId}`} data-testid="visit-case-link">
              {visit.caseNumber ?? visit.caseId}
            </Link>
          ) : (
            <Tag>{t("visitDetail.notCase")}</Tag>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t("visitFields.recordedBy")}>{visit.recordedBy}</Descriptions.Item>
      </Descriptions>
      <Flex gap={8} wrap>
        {open && mayLog && mayIntake && visit.caseId === null && (
          <Button type="primary" icon={<FileAddOutlined />} onClick={() => onMakeCase(visit.id)} data-testid="visit-to-case">
            {t("visitDetail.toCase")}
          </Button>
        )}
        {open && mayLog && (
          <Button danger icon={<InboxOutlined />} onClick={() => setArchiving(true)} data-testid="visit-archive">
            {t("visitDetail.archive")}
          </Button>
        )}
      </Flex>
      {archiving && <ArchiveVisitModal id={visit.id} onClose={() => setArchiving(false)} />}
    </Flex>
  );
}
