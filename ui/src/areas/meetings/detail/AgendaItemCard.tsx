import { Button, Card, Flex, Tag, Typography } from "antd";
import { PlusOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { AgendaItem, CaseStatus, Outcome, Party } from "../../../api/bindings";
import { STATUSES } from "../../cases/labels";
import { StatusTag } from "../../cases/StatusTag";
import { OutcomeLine } from "../OutcomeLine";
import { ItemNotes } from "./ItemNotes";
import { OutcomeForm } from "./OutcomeForm";

type Props = {
  number: number;
  item: AgendaItem;
  meetingId: number;
  /** The earlier meeting's action a carried item reviews, as it stands now. */
  carried: Outcome | undefined;
  editable: boolean;
  parties: Party[];
  formOpen: boolean;
  onForm: (open: boolean) => void;
};

const isStatus = (s: string | null): s is CaseStatus => s !== null && (STATUSES as readonly string[]).includes(s);

/** One agenda item: its case, the discussion notes, and what it came to. */
export function AgendaItemCard({ number, item, meetingId, carried, editable, parties, formOpen, onForm }: Props) {
  const { t } = useTranslation();
  const p = item.position;
  return (
    <Card
      size="small"
      type="inner"
      title={
        <Flex gap={8} wrap align="center">
          <span>
            {number}. {item.title}
          </span>
          {item.carriedFrom !== null && (
            <Tag color="gold" data-testid="agenda-carried">
              {t("agenda.carried")}
            </Tag>
          )}
          {item.caseId !== null && (
            <Link to={`/cases/${item.caseId}`} data-testid={`agenda-case-${p}`}>
              {t("agenda.case", { number: item.caseNumber ?? item.caseId })}
            </Link>
          )}
          {isStatus(item.caseStatus) && <StatusTag status={item.caseStatus} />}
        </Flex>
      }
      data-testid={`agenda-item-${p}`}
    >
      <Flex vertical gap={12}>
        {carried && (
          <Flex vertical gap={4} data-testid={`agenda-carried-action-${p}`}>
            <Typography.Text type="secondary">{t("agenda.carriedFrom")}</Typography.Text>
            <OutcomeLine outcome={carried} />
          </Flex>
        )}
        <ItemNotes key={`${item.id}:${item.notes}`} item={item} editable={editable} />
        <Flex vertical gap={8} data-testid={`item-outcomes-${p}`}>
          {item.outcomes.length === 0 && !editable && <Typography.Text type="secondary">{t("agenda.noOutcomes")}</Typography.Text>}
          {item.outcomes.map((o) => (
            <OutcomeLine key={o.id} outcome={o} />
          ))}
        </Flex>
        {editable && !formOpen && (
          <div>
            <Button icon={<PlusOutlined />} onClick={() => onForm(true)} data-testid={`outcome-add-${p}`}>
              {t("agenda.addOutcome")}
            </Button>
          </div>
        )}
        {editable && formOpen && <OutcomeForm meetingId={meetingId} item={item} parties={parties} onClose={() => onForm(false)} />}
      </Flex>
    </Card>
  );
}
