import { useState } from "react";
import { Button, Flex, Typography } from "antd";
import { CustomerServiceOutlined, FileAddOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import { usePerm } from "../../common/useSession";
import { VisitIntake } from "../visits/VisitIntake";

/** The two things the desk does most, one click away (and Ctrl+N from anywhere). */
export function TodayActions() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mayVisit = usePerm("visit_log");
  const mayCase = usePerm("case_intake");
  const [logging, setLogging] = useState(false);
  if (!mayVisit && !mayCase) return null;
  return (
    <Flex gap={8} align="center" wrap>
      {mayVisit && (
        <Button
          type="primary"
          size="large"
          icon={<CustomerServiceOutlined />}
          onClick={() => setLogging(true)}
          title="Ctrl+N"
          data-testid="today-new-visit"
        >
          {t("todayBoard.newVisit")}
        </Button>
      )}
      {mayCase && (
        <Button size="large" icon={<FileAddOutlined />} onClick={() => navigate("/cases/new")} title="Ctrl+N" data-testid="today-new-case">
          {t("todayBoard.newCase")}
        </Button>
      )}
      <Typography.Text type="secondary">{t("todayBoard.shortcutHint")}</Typography.Text>
      {logging && <VisitIntake onClose={() => setLogging(false)} />}
    </Flex>
  );
}
