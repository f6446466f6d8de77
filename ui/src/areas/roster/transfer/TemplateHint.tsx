import { Button, Popover, Typography } from "antd";
import { QuestionCircleOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";

/** The sheet headers, in the order the export writes them; import reads the same ones. */
export const SHEET_COLUMNS = [
  "社区",
  "网格",
  "网格编码",
  "姓名",
  "角色",
  "单位",
  "力量类别",
  "电话",
  "任期开始",
  "任期结束",
  "职责",
  "备注",
] as const;

/** Which columns an import file needs, and that an export is a ready-made template. */
export function TemplateHint() {
  const { t } = useTranslation();
  return (
    <div style={{ maxWidth: 420 }} data-testid="import-template-text">
      <Typography.Paragraph>{t("rosterImport.templateColumns")}</Typography.Paragraph>
      <Typography.Paragraph>
        <Typography.Text code>{SHEET_COLUMNS.join(t("roster.listSeparator"))}</Typography.Text>
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t("rosterImport.templateRules")}
      </Typography.Paragraph>
    </div>
  );
}

export function TemplateHintLink() {
  const { t } = useTranslation();
  return (
    <Popover title={t("rosterImport.templateTitle")} content={<TemplateHint />} trigger="click">
      <Button type="link" icon={<QuestionCircleOutlined />} data-testid="import-template-hint">
        {t("rosterImport.templateTitle")}
      </Button>
    </Popover>
  );
}
