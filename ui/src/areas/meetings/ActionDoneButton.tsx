import { useState } from "react";
import { App, Button, Form, Input, Modal, Typography } from "antd";
import { CheckOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import type { Outcome } from "../../api/bindings";
import { useMarkActionDone } from "../../api/meetingQueries";
import { usePerm } from "../../common/useSession";
import { meetingErrorText } from "./meetingErrorText";
import { ownerText } from "./outcomeText";

/** "Done" on an open action, for whoever may report it (property managers too), with a short note. */
export function ActionDoneButton({ action }: { action: Outcome }) {
  const { t } = useTranslation();
  const mayDone = usePerm("action_done");
  const [open, setOpen] = useState(false);
  if (!mayDone || action.doneAt) return null;
  return (
    <>
      <Button size="small" icon={<CheckOutlined />} onClick={() => setOpen(true)} data-testid={`action-done-${action.id}`}>
        {t("outcome.markDone")}
      </Button>
      {open && <DoneModal action={action} onClose={() => setOpen(false)} />}
    </>
  );
}

function DoneModal({ action, onClose }: { action: Outcome; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note?: string }>();
  const done = useMarkActionDone();
  const save = ({ note }: { note?: string }) =>
    done.mutate(
      { id: action.id, note: (note ?? "").trim() },
      {
        onSuccess: () => {
          void message.success(t("meetingActions.doneSaved"));
          onClose();
        },
        onError: (err) => {
          if (err.code === "CONFLICT") {
            void message.info(t("meetingValidation.doneAlready"));
            onClose();
          } else if (err.code === "VALIDATION" && err.field === "note") {
            form.setFields([{ name: "note", errors: [meetingErrorText(err, t)] }]);
          } else {
            void message.error(meetingErrorText(err, t));
          }
        },
      },
    );
  return (
    <Modal
      open
      title={t("meetingActions.doneTitle")}
      onCancel={onClose}
      okText={t("meetingActions.doneOk")}
      okButtonProps={{ "data-testid": "action-done-ok" }}
      onOk={() => form.submit()}
      confirmLoading={done.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph>
        <strong>{ownerText(action)}</strong> · {action.text}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={save}>
        <Form.Item name="note" label={t("meetingFields.note")} extra={t("meetingActions.doneHelp")}>
          <Input.TextArea
            autoFocus
            autoSize={{ minRows: 2, maxRows: 5 }}
            maxLength={500}
            placeholder={t("meetingActions.notePlaceholder")}
            data-testid="action-done-note"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
