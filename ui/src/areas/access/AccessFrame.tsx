import type { ReactNode } from "react";
import { Card, Flex, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { LocalLanguageSelect } from "../../common/LocalLanguageSelect";

type Props = { title: ReactNode; intro?: ReactNode; testId: string; children: ReactNode; aside?: ReactNode };

/** The frame of the screens shown before the main layout: the program's name, one card, the language. */
export function AccessFrame({ title, intro, testId, children, aside }: Props) {
  const { t } = useTranslation();
  return (
    <Flex vertical align="center" style={{ minHeight: "100%", padding: "48px 24px", background: "#f5f5f5" }} data-testid={testId}>
      <Flex justify="space-between" align="center" style={{ width: "100%", maxWidth: 480, marginBottom: 24 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t("app.title")}
        </Typography.Title>
        <LocalLanguageSelect />
      </Flex>
      <Card style={{ width: "100%", maxWidth: 480 }}>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {title}
        </Typography.Title>
        {intro && <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>}
        {children}
      </Card>
      {aside && <div style={{ width: "100%", maxWidth: 480, marginTop: 16 }}>{aside}</div>}
    </Flex>
  );
}
