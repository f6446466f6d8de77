import { Card, Flex, Timeline, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { CaseEvent, Step } from "../../../api/bindings";
import { formatDate, formatDateTime } from "../../../i18n/format";
import { StatusTag } from "../StatusTag";
import { CaseDocuments } from "./CaseDocuments";
import { CasePhoto } from "./CasePhoto";

const COLOR: Partial<Record<Step, string>> = {
  recheck_pass: "green",
  follow_up: "green",
  recheck_fail: "red",
  not_accept: "gray",
  void: "gray",
  park: "gray",
  mark_duplicate: "gray",
  reopen: "orange",
  extend: "orange",
};

/** Every step taken, oldest first: who did what, when, and what they noted, photographed or attached. */
export function CaseTimeline({ caseId, events }: { caseId: number; events: CaseEvent[] }) {
  const { t } = useTranslation();
  return (
    <Card title={t("caseDetail.timeline")}>
      <Timeline
        data-testid="case-timeline"
        items={events.map((e) => ({
          key: e.id,
          color: COLOR[e.step] ?? "blue",
          children: (
            <Flex vertical gap={4} data-testid={`case-event-${e.id}`}>
              <Flex gap={8} wrap align="center">
                <Typography.Text strong>{t(`caseStep.${e.step}`)}</Typography.Text>
                {e.fromStatus !== e.toStatus && <StatusTag status={e.toStatus} />}
                <Typography.Text type="secondary">
                  {formatDateTime(e.at)} · {e.actor}
                </Typography.Text>
              </Flex>
              {e.promisedDate && <span>{t("caseDetail.promised", { date: formatDate(e.promisedDate) })}</span>}
              {e.note && <span style={{ whiteSpace: "pre-wrap" }}>{e.note}</span>}
              {e.photos.length > 0 && (
                <Flex gap={8} wrap>
                  {e.photos.map((name) => (
                    <CasePhoto key={name} caseId={caseId} name={name} />
                  ))}
                </Flex>
              )}
              <CaseDocuments caseId={caseId} documents={e.documents} />
            </Flex>
          ),
        }))}
      />
    </Card>
  );
}
