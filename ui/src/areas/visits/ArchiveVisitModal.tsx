import { App, Form, Input, Modal, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useArchiveVisit } from "../../api/deskQueries";
import { deskErrorText, showDeskFieldError } from "./deskErrorText";

/** Archiving a visit logged by mistake: it leaves the list and the day's figures, with its reason kept. */
export function ArchiveVisitModal({ id, onClose }: { id: number; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const archive = useArchiveVisit();
  const save = ({ reason }: { reason: string }) =>
    archive.mutate(
      { id, reason: reason.trim() },
      {
        onSuccess: () => {
          void message.success(t("visitDetail.archivedDone"));
          onClose();
        },
        onError: (err) => {
          if (!showDeskFieldError(form, err, t, ["reason"])) void message.error(deskErrorText(err, t));
        },
      },
    );
  return (
    <Modal
      open
      title={t("visitDetail.archiveTitle")}
      onCancel={onClose}
      okText={t("visitDetail.archive")}
      okButtonProps={{ danger: true, "data-testid": "visit-archive-submit" }}
      onOk={() => form.submit()}
      confirmLoading={archive.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t("visitDetail.archiveHelp")}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={save}>
        <Form.Item
          name="reason"
          label={t("visitFields.reason")}
          rules={[{ required: true, whitespace: true, message: t("visitDetail.archiveRequired") }]}
        >
          <Input autoFocus maxLength={200} placeholder={t("visitDetail.archivePlaceholder")} data-testid="visit-archive-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
