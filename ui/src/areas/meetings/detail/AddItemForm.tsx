import { App, Button, Flex, Form, Input } from "antd";
import { useTranslation } from "react-i18next";
import { useAddAgendaItem } from "../../../api/meetingQueries";
import { meetingWriteErrorText, showMeetingFieldError } from "../meetingErrorText";

/** A topic of its own at the end of the agenda; cases come in through "bring in cases". */
export function AddItemForm({ meetingId, onClose }: { meetingId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ title: string }>();
  const add = useAddAgendaItem();
  const save = ({ title }: { title: string }) =>
    add.mutate(
      { meetingId, title: title.trim(), caseId: null },
      {
        onSuccess: () => {
          void message.success(t("agenda.added"));
          onClose();
        },
        onError: (err) => {
          if (!showMeetingFieldError(form, err, t, ["title"])) void message.error(meetingWriteErrorText(err, t));
        },
      },
    );
  return (
    <Form form={form} layout="inline" onFinish={save} initialValues={{ title: "" }} data-testid="agenda-form">
      <Form.Item
        name="title"
        style={{ flex: 1, minWidth: 280 }}
        rules={[{ required: true, whitespace: true, message: t("validation.required", { field: t("meetingFields.itemId") }) }]}
      >
        <Input autoFocus maxLength={120} placeholder={t("agenda.titlePlaceholder")} data-testid="agenda-title" />
      </Form.Item>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={add.isPending} data-testid="agenda-ok">
          {t("agenda.ok")}
        </Button>
        <Button onClick={onClose}>{t("agenda.cancel")}</Button>
      </Flex>
    </Form>
  );
}
