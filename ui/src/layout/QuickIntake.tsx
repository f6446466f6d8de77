import { useEffect, useState } from "react";
import { Button, Flex, Modal, Typography } from "antd";
import { CustomerServiceOutlined, FileAddOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { usePerm } from "../common/useSession";
import { VisitIntake } from "../areas/visits/VisitIntake";

type Step = "closed" | "choose" | "visit";

/**
 * Ctrl+N from any page: a resident walks up while the desk is deep in the roster. Mounted by the
 * main layout, which only exists while someone is signed in and the window is not locked.
 */
export function QuickIntake() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mayVisit = usePerm("visit_log");
  const mayCase = usePerm("case_intake");
  const [step, setStep] = useState<Step>("closed");

  useEffect(() => {
    if (!mayVisit && !mayCase) return;
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || e.key.toLowerCase() !== "n") return;
      // The webview would open a new window; the desk means "new record".
      e.preventDefault();
      setStep((s) => (s === "closed" ? "choose" : s));
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [mayVisit, mayCase]);

  const newCase = () => {
    setStep("closed");
    navigate("/cases/new");
  };

  if (step === "visit") return <VisitIntake onClose={() => setStep("closed")} />;
  return (
    <Modal
      open={step === "choose"}
      title={t("quickIntake.title")}
      onCancel={() => setStep("closed")}
      footer={null}
      width={420}
      destroyOnHidden
    >
      <Flex vertical gap={12} data-testid="quick-intake">
        {mayVisit && (
          <Button
            autoFocus
            size="large"
            block
            icon={<CustomerServiceOutlined />}
            onClick={() => setStep("visit")}
            data-testid="quick-intake-visit"
            style={{ height: "auto", padding: "8px 16px", textAlign: "start" }}
          >
            <Flex vertical align="start">
              <span>{t("quickIntake.visit")}</span>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t("quickIntake.visitHelp")}
              </Typography.Text>
            </Flex>
          </Button>
        )}
        {mayCase && (
          <Button
            autoFocus={!mayVisit}
            size="large"
            block
            icon={<FileAddOutlined />}
            onClick={newCase}
            data-testid="quick-intake-case"
            style={{ height: "auto", padding: "8px 16px", textAlign: "start" }}
          >
            <Flex vertical align="start">
              <span>{t("quickIntake.case")}</span>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t("quickIntake.caseHelp")}
              </Typography.Text>
            </Flex>
          </Button>
        )}
      </Flex>
    </Modal>
  );
}
