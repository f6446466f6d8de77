import { App, Form, Modal, Select, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { MeetingDetail } from "../../../api/bindings";
import { useAmendMeeting } from "../../../api/meetingQueries";
import { sortAgenda } from "../agenda";
import { meetingErrorText, showMeetingFieldError } from "../meetingErrorText";
import { OUTCOME_FIELDS, toOutcomeInput, type OutcomeValues } from "../values";
import { OutcomeFields } from "./OutcomeFields";
import { useMeetingParties } from "./useMeetingParties";

/** A correction to a closed meeting's minutes, to one agenda item or to the whole meeting. */
export function AmendModal({ detail, onClose }: { detail: MeetingDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<OutcomeValues>();
  const amend = useAmendMeeting();
  const parties = useMeetingParties(detail.meeting.communityId);
  // 0 stands for the whole meeting: a select option cannot hold null.
  const itemId = Form.useWatch("itemId", form) || null;
  const hasCase = detail.items.some((i) => i.id === itemId && i.caseId !== null);
  const save = (values: OutcomeValues) =>
    amend.mutate(toOutcomeInput(detail.meeting.id, values.itemId || null, values, hasCase), {
      onSuccess: () => {
        void message.success(t("meeting.amended"));
        onClose();
      },
      onError: (err) => {
        if (!showMeetingFieldError(form, err, t, OUTCOME_FIELDS)) void message.error(meetingErrorText(err, t));
      },
    });
  return (
    <Modal
      open
      width={680}
      title={t("meeting.amendTitle")}
      onCancel={onClose}
      maskClosable={false}
      okText={t("meeting.amendOk")}
      okButtonProps={{ "data-testid": "amend-ok" }}
      onOk={() => form.submit()}
      confirmLoading={amend.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t("meeting.amendHelp")}</Typography.Paragraph>
      <Form<OutcomeValues>
        form={form}
        layout="vertical"
        onFinish={save}
        initialValues={{ kind: "info", text: "", itemId: 0, updateCase: false }}
        data-testid="amend-form"
      >
        <Form.Item name="itemId" label={t("meeting.amendItem")}>
          <Select<number>
            options={[
              { value: 0, label: t("meeting.amendWhole") },
              ...sortAgenda(detail.items).map((i) => ({ value: i.id, label: i.title })),
            ]}
            data-testid="amend-item"
          />
        </Form.Item>
        <OutcomeFields parties={parties} hasCase={hasCase} />
      </Form>
    </Modal>
  );
}
