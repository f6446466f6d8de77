import { App, Button, Card, Flex, Form } from "antd";
import { useTranslation } from "react-i18next";
import type { AgendaItem, Party } from "../../../api/bindings";
import { useAddOutcome } from "../../../api/meetingQueries";
import { usePerm } from "../../../common/useSession";
import { meetingWriteErrorText, showMeetingFieldError } from "../meetingErrorText";
import { OUTCOME_FIELDS, toOutcomeInput, type OutcomeValues } from "../values";
import { OutcomeFields } from "./OutcomeFields";

type Props = { meetingId: number; item: AgendaItem; parties: Party[]; onClose: () => void };

/** Recording what an agenda item came to, under the item. Mounted only while open. */
export function OutcomeForm({ meetingId, item, parties, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<OutcomeValues>();
  const add = useAddOutcome();
  const hasCase = item.caseId !== null;
  const mayOpenCase = usePerm("case_intake");
  const save = (values: OutcomeValues) =>
    add.mutate(toOutcomeInput(meetingId, item.id, values, hasCase), {
      onSuccess: (o) => {
        const opened = values.newCase && !hasCase && o.caseNumber;
        void message.success(opened ? t("outcome.savedWithCase", { number: o.caseNumber }) : t("outcome.saved"));
        onClose();
      },
      onError: (err) => {
        if (!showMeetingFieldError(form, err, t, OUTCOME_FIELDS)) void message.error(meetingWriteErrorText(err, t));
      },
    });
  return (
    <Card size="small" style={{ background: "#fafafa" }} data-testid="outcome-form">
      <Form<OutcomeValues>
        form={form}
        layout="vertical"
        onFinish={save}
        initialValues={{ kind: "decision", text: "", updateCase: hasCase, newCase: false }}
      >
        <OutcomeFields parties={parties} hasCase={hasCase} mayOpenCase={mayOpenCase} />
        <Flex gap={8}>
          <Button type="primary" htmlType="submit" loading={add.isPending} data-testid="outcome-ok">
            {t("outcome.ok")}
          </Button>
          <Button onClick={onClose}>{t("outcome.cancel")}</Button>
        </Flex>
      </Form>
    </Card>
  );
}
