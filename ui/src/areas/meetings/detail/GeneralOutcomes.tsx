import { Card, Flex } from "antd";
import { useTranslation } from "react-i18next";
import type { Outcome } from "../../../api/bindings";
import { OutcomeLine } from "../OutcomeLine";

/** Outcomes tied to no agenda item: amendments to the whole meeting, mostly. Hidden when there are none. */
export function GeneralOutcomes({ outcomes }: { outcomes: Outcome[] }) {
  const { t } = useTranslation();
  if (outcomes.length === 0) return null;
  return (
    <Card size="small" title={t("meeting.general")} data-testid="meeting-general">
      <Flex vertical gap={8}>
        {outcomes.map((o) => (
          <OutcomeLine key={o.id} outcome={o} />
        ))}
      </Flex>
    </Card>
  );
}
