import { App, Form, Input, Modal } from "antd";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { AppError } from "../api/bindings";
import { useSaveFilter } from "../api/savedFilterQueries";
import type { SavedFilterArea } from "../api/savedFilters";
import { errorText, fieldBase } from "../i18n/errorText";

type Props = { area: SavedFilterArea; filters: object; onClose: () => void };

/** The core's words about a name it refused; anything else in the general sentence. */
function saveErrorText(err: AppError, t: TFunction): string {
  if (err.code === "CONFLICT") return t("savedFilters.tooMany");
  if (err.code === "VALIDATION" && err.reason && fieldBase(err.field ?? "") === "name") {
    return t(`validation.${err.reason}`, { field: t("savedFilters.name") });
  }
  return errorText(err, t);
}

/** Asks for a name and saves the list's current filters under it. Mounted only while open. */
export function SaveFilterModal({ area, filters, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ name: string }>();
  const save = useSaveFilter(area);
  const submit = ({ name }: { name: string }) =>
    save.mutate(
      { area, name: name.trim(), filters: JSON.stringify(filters) },
      {
        onSuccess: (saved) => {
          void message.success(t("savedFilters.saved", { name: saved.name }));
          onClose();
        },
        // The modal has one field: every refusal is shown under it, where the eye already is.
        onError: (err) => form.setFields([{ name: "name", errors: [saveErrorText(err, t)] }]),
      },
    );
  return (
    <Modal
      open
      title={t("savedFilters.saveTitle")}
      onCancel={onClose}
      okText={t("savedFilters.save")}
      cancelText={t("savedFilters.cancel")}
      okButtonProps={{ "data-testid": "saved-filter-name-ok" }}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      {/* No <form> element: Enter would submit it natively as well as through onPressEnter. */}
      <Form form={form} component={false} layout="vertical" onFinish={submit}>
        <Form.Item
          name="name"
          label={t("savedFilters.name")}
          extra={t("savedFilters.nameHelp")}
          rules={[{ required: true, whitespace: true, message: t("savedFilters.nameRequired") }]}
        >
          <Input
            autoFocus
            maxLength={40}
            placeholder={t("savedFilters.namePlaceholder")}
            // Enter that ends a Chinese input method's composition only picks the characters.
            onPressEnter={(e) => !e.nativeEvent.isComposing && form.submit()}
            data-testid="saved-filter-name"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
