import { Alert, Button, Flex } from "antd";
import { SafetyCertificateOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { useVerifyAudit } from "../../../api/accessQueries";
import { errorText } from "../../../i18n/errorText";

/** Walks the whole chain on request: on a large trail it takes a moment, so it is not done on every visit. */
export function AuditVerify() {
  const { t } = useTranslation();
  const verify = useVerifyAudit();
  const check = verify.data;
  return (
    <Flex vertical gap={8} align="start">
      <Button icon={<SafetyCertificateOutlined />} loading={verify.isPending} onClick={() => verify.mutate()} data-testid="audit-verify">
        {t("audit.verify")}
      </Button>
      {verify.isError && <Alert type="error" showIcon message={errorText(verify.error, t)} />}
      {check && (
        <Alert
          type={check.ok ? "success" : "error"}
          showIcon
          data-testid="audit-verify-result"
          message={
            check.ok
              ? t("audit.verifyOk", { count: check.records })
              : t("audit.verifyBroken", { id: check.firstBroken ?? check.records })
          }
        />
      )}
    </Flex>
  );
}
