import { useEffect } from "react";
import { Alert, App, Button, Flex, Form, Input, InputNumber, Skeleton } from "antd";
import { FolderOpenOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { chooseFolder, toAppError } from "../../../api";
import type { BackupSettings } from "../../../api/bindings";
import { useBackupSettings, useSetBackupSettings } from "../../../api/backupQueries";
import { backupErrorText, showBackupFieldError } from "./backupText";

/** How long daily backups are kept, and the optional second folder every backup is copied to. */
export function BackupSettingsForm() {
  const { t } = useTranslation();
  const current = useBackupSettings();
  if (current.isError) return <Alert type="error" showIcon message={backupErrorText(current.error, t)} />;
  if (!current.data) return <Skeleton active paragraph={{ rows: 2 }} />;
  return <SettingsForm settings={current.data} />;
}

function SettingsForm({ settings }: { settings: BackupSettings }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<BackupSettings>();
  const save = useSetBackupSettings();

  // Follow what is stored (this form's own normalised result after a save).
  const { keepDays, secondDir } = settings;
  useEffect(() => {
    form.setFieldsValue({ keepDays, secondDir });
  }, [form, keepDays, secondDir]);

  const choose = async () => {
    try {
      const folder = await chooseFolder(form.getFieldValue("secondDir"));
      if (folder) form.setFields([{ name: "secondDir", value: folder, errors: [] }]);
    } catch (err) {
      void message.error(backupErrorText(toAppError(err), t));
    }
  };

  const submit = (values: BackupSettings) =>
    save.mutate(
      { keepDays: values.keepDays, secondDir: (values.secondDir ?? "").trim() },
      {
        onSuccess: () => void message.success(t("backup.saved")),
        onError: (err) => {
          if (!showBackupFieldError(form, err, t)) void message.error(backupErrorText(err, t));
        },
      },
    );

  return (
    <Form<BackupSettings>
      form={form}
      layout="vertical"
      initialValues={settings}
      onFinish={submit}
      style={{ maxWidth: 640 }}
      data-testid="backup-settings-form"
    >
      <Form.Item
        name="keepDays"
        label={t("backup.keepDays")}
        extra={t("backup.keepDaysHelp")}
        rules={[{ required: true, message: t("backup.keepDaysRequired") }]}
      >
        <InputNumber
          min={1}
          max={365}
          precision={0}
          suffix={t("backup.keepDaysUnit")}
          style={{ width: 140 }}
          data-testid="backup-keep-days"
        />
      </Form.Item>
      <Form.Item label={t("backup.secondDir")} extra={t("backup.secondDirHelp")}>
        <Flex gap={8}>
          <Form.Item name="secondDir" noStyle>
            <Input allowClear placeholder={t("backup.secondDirPlaceholder")} data-testid="backup-second-dir" />
          </Form.Item>
          <Button icon={<FolderOpenOutlined />} onClick={() => void choose()} data-testid="backup-choose-folder">
            {t("backup.chooseFolder")}
          </Button>
        </Flex>
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="backup-settings-save">
        {t("backup.save")}
      </Button>
    </Form>
  );
}
