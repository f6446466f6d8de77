import { useState } from "react";
import { Button, Card, Flex, Typography } from "antd";
import { ImportOutlined, PlusOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import type { MeetingDetail, Outcome } from "../../../api/bindings";
import { usePerm } from "../../../common/useSession";
import { sortAgenda } from "../agenda";
import { AddItemForm } from "./AddItemForm";
import { AgendaItemCard } from "./AgendaItemCard";
import { PullCasesModal } from "./PullCasesModal";
import { useMeetingParties } from "./useMeetingParties";

type Props = { detail: MeetingDetail; carried: Map<number, Outcome> };

/** The agenda: last meeting's open actions first (上次遗留), then the items, each with its outcomes. */
export function AgendaCard({ detail, carried }: Props) {
  const { t } = useTranslation();
  const mayRun = usePerm("meeting_run");
  const editable = mayRun && detail.meeting.closedAt === null;
  const parties = useMeetingParties(detail.meeting.communityId);
  const [adding, setAdding] = useState(false);
  const [pulling, setPulling] = useState(false);
  // One outcome form at a time: the recorder follows one item.
  const [formFor, setFormFor] = useState<number | null>(null);
  const items = sortAgenda(detail.items);
  return (
    <Card
      size="small"
      title={t("agenda.title")}
      extra={
        editable && (
          <Flex gap={8}>
            <Button icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="agenda-add">
              {t("agenda.add")}
            </Button>
            <Button icon={<ImportOutlined />} onClick={() => setPulling(true)} data-testid="agenda-pull">
              {t("agenda.pull")}
            </Button>
          </Flex>
        )
      }
      data-testid="meeting-agenda"
    >
      <Flex vertical gap={12}>
        {items.length === 0 && <Typography.Text type="secondary">{t("agenda.empty")}</Typography.Text>}
        {items.map((item, i) => (
          <AgendaItemCard
            key={item.id}
            number={i + 1}
            item={item}
            meetingId={detail.meeting.id}
            carried={item.carriedFrom !== null ? carried.get(item.carriedFrom) : undefined}
            editable={editable}
            parties={parties}
            formOpen={formFor === item.id}
            onForm={(open) => setFormFor(open ? item.id : null)}
          />
        ))}
        {adding && <AddItemForm meetingId={detail.meeting.id} onClose={() => setAdding(false)} />}
      </Flex>
      {pulling && <PullCasesModal meeting={detail.meeting} onClose={() => setPulling(false)} />}
    </Card>
  );
}
