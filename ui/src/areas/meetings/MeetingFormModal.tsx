import { useEffect } from "react";
import { App, Form, Modal } from "antd";
import dayjs from "dayjs";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { MeetingKind } from "../../api/bindings";
import { useCreateMeeting } from "../../api/meetingQueries";
import { useSession } from "../../common/useSession";
import { formatMonth } from "../../i18n/format";
import { useCaseCommunities } from "../cases/useCaseCommunities";
import { MeetingFields } from "./MeetingFields";
import { meetingErrorText, showMeetingFieldError } from "./meetingErrorText";
import { MEETING_FIELDS, toMeetingInput, type MeetingValues } from "./values";

type Props = { onClose: () => void; onSaved: (id: number) => void };

const titleFor = (kind: MeetingKind, t: TFunction) =>
  t("meetingForm.defaultTitle", { month: formatMonth(dayjs().format("YYYY-MM")), kind: t(`meetingKind.${kind}`) });

/** A new meeting; it starts with the community's open actions from earlier meetings on its agenda. */
export function MeetingFormModal({ onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<MeetingValues>();
  const create = useCreateMeeting();
  const communities = useCaseCommunities();
  const session = useSession();

  // A workstation with one community has nothing to choose (the list may arrive after opening).
  useEffect(() => {
    if (communities.length === 1 && form.getFieldValue("communityId") === undefined) {
      form.setFieldValue("communityId", communities[0]?.id);
    }
  }, [communities, form]);

  const save = (values: MeetingValues) =>
    create.mutate(toMeetingInput(values), {
      onSuccess: (meeting) => {
        void message.success(t("meetingForm.saved"));
        onSaved(meeting.id);
      },
      onError: (err) => {
        if (!showMeetingFieldError(form, err, t, MEETING_FIELDS)) void message.error(meetingErrorText(err, t));
      },
    });

  return (
    <Modal
      open
      width={640}
      title={t("meetingForm.title")}
      onCancel={onClose}
      maskClosable={false}
      okText={t("meetingForm.save")}
      okButtonProps={{ "data-testid": "meeting-form-ok" }}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <Form<MeetingValues>
        form={form}
        layout="vertical"
        onFinish={save}
        initialValues={{
          kind: "monthly",
          title: titleFor("monthly", t),
          heldAt: dayjs().startOf("minute"),
          recorder: session?.operator.displayName ?? "",
        }}
        onValuesChange={(changed: Partial<MeetingValues>) => {
          if ("communityId" in changed) form.setFieldValue("estateId", undefined);
          // The suggested title follows the kind until someone types their own.
          if (changed.kind && !form.isFieldTouched("title")) form.setFieldValue("title", titleFor(changed.kind, t));
        }}
        data-testid="meeting-form"
      >
        <MeetingFields communities={communities} />
      </Form>
    </Modal>
  );
}
