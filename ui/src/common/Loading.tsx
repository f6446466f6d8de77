import { Flex, Spin } from "antd";
import { useTranslation } from "react-i18next";

export function Loading() {
  const { t } = useTranslation();
  return (
    <Flex align="center" justify="center" style={{ height: "100%", minHeight: 240 }} data-testid="loading">
      <Spin size="large" tip={t("app.loading")}>
        {/* Spin shows its tip only around content. */}
        <div style={{ width: 160, height: 80 }} />
      </Spin>
    </Flex>
  );
}
