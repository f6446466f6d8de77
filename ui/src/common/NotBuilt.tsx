import { Result, Typography } from "antd";
import { useTranslation } from "react-i18next";

export type NotBuiltArea = "cases" | "merchants" | "meetings" | "reports";

/** The honest page for an area this version does not have yet: what it will hold, nothing more. */
export function NotBuilt({ area }: { area: NotBuiltArea }) {
  const { t } = useTranslation();
  return (
    <div data-testid={`page-${area}`}>
      <Result
        status="info"
        title={t("notBuilt.title", { area: t(`nav.${area}`) })}
        subTitle={
          <div style={{ maxWidth: 640, margin: "0 auto" }}>
            <Typography.Paragraph type="secondary">{t("notBuilt.version")}</Typography.Paragraph>
            <Typography.Paragraph style={{ fontSize: 15 }}>{t(`notBuilt.${area}`)}</Typography.Paragraph>
          </div>
        }
      />
    </div>
  );
}
