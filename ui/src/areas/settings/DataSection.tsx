import { App, Button, Card, Descriptions, Typography } from "antd";
import { FolderOpenOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import type { AppStatus } from "../../api/bindings";
import { useOpenDataFolder } from "../../api/queries";
import { errorText } from "../../i18n/errorText";

export function DataSection({ status }: { status: AppStatus }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const open = useOpenDataFolder();

  return (
    <Card title={t("settings.dataTitle")}>
      <Descriptions column={1}>
        <Descriptions.Item label={t("settings.dataDir")}>
          <Typography.Text code copyable data-testid="data-dir">
            {status.dataDir}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t("settings.dbPath")}>
          <Typography.Text code copyable data-testid="db-path">
            {status.dbPath}
          </Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      <Button
        icon={<FolderOpenOutlined />}
        loading={open.isPending}
        onClick={() => open.mutate(undefined, { onError: (err) => void message.error(errorText(err, t)) })}
        data-testid="open-data-folder"
      >
        {t("settings.openDataFolder")}
      </Button>
    </Card>
  );
}
