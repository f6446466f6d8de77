import { Card, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { LanguageSelect } from "../../common/LanguageSelect";

export function LanguageSection() {
  const { t } = useTranslation();
  return (
    <Card title={t("settings.languageTitle")}>
      <Typography.Paragraph type="secondary">{t("settings.languageHelp")}</Typography.Paragraph>
      <LanguageSelect width={200} />
    </Card>
  );
}
