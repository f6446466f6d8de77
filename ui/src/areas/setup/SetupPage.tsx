import { useState } from "react";
import { App, Button, Card, Col, Flex, Row, Typography } from "antd";
import { ExperimentOutlined, HomeOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { useCreateDemoWorkstation } from "../../api/queries";
import { LanguageSelect } from "../../common/LanguageSelect";
import { errorText } from "../../i18n/errorText";
import { SetupForm } from "./SetupForm";

/** First start: create a real workstation or open the demo one. */
export function SetupPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [showForm, setShowForm] = useState(false);
  const demo = useCreateDemoWorkstation();

  const openDemo = () => {
    demo.mutate(undefined, { onError: (err) => void message.error(errorText(err, t)) });
  };

  return (
    <div style={{ minHeight: "100%", padding: "32px 24px" }} data-testid="page-setup">
      <div style={{ maxWidth: 880, margin: "0 auto" }}>
        <Flex justify="space-between" align="start" gap={16} style={{ marginBottom: 24 }}>
          <div>
            <Typography.Title level={2} style={{ marginTop: 0 }}>
              {t("setup.welcome")}
            </Typography.Title>
            <Typography.Text type="secondary" style={{ fontSize: 16 }}>
              {showForm ? t("setup.newDescription") : t("setup.intro")}
            </Typography.Text>
          </div>
          <LanguageSelect />
        </Flex>

        {showForm ? (
          <SetupForm onBack={() => setShowForm(false)} />
        ) : (
          <Row gutter={24}>
            <Col span={12}>
              <ChoiceCard
                icon={<HomeOutlined />}
                title={t("setup.newTitle")}
                description={t("setup.newDescription")}
                button={
                  <Button type="primary" size="large" block data-testid="setup-new" onClick={() => setShowForm(true)} disabled={demo.isPending}>
                    {t("setup.newButton")}
                  </Button>
                }
              />
            </Col>
            <Col span={12}>
              <ChoiceCard
                icon={<ExperimentOutlined />}
                title={t("setup.demoTitle")}
                description={t("setup.demoDescription")}
                button={
                  <Button size="large" block data-testid="setup-demo" onClick={openDemo} loading={demo.isPending}>
                    {t("setup.demoButton")}
                  </Button>
                }
              />
            </Col>
          </Row>
        )}
      </div>
    </div>
  );
}

type ChoiceProps = { icon: React.ReactNode; title: string; description: string; button: React.ReactNode };

function ChoiceCard({ icon, title, description, button }: ChoiceProps) {
  return (
    <Card style={{ height: "100%" }} styles={{ body: { height: "100%", padding: 32 } }}>
      <Flex vertical gap={16} style={{ height: "100%" }}>
        <div style={{ fontSize: 40, color: "#1677ff", lineHeight: 1 }}>{icon}</div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ fontSize: 15, flex: 1 }}>
          {description}
        </Typography.Paragraph>
        {button}
      </Flex>
    </Card>
  );
}
