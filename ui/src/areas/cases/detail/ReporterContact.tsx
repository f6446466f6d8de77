import { App, Button, Space, Typography } from "antd";
import { EyeOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import type { Case } from "../../../api/bindings";
import { useRevealContact } from "../../../api/caseQueries";
import { usePerm } from "../../../common/useSession";
import { caseErrorText } from "../caseErrorText";

/**
 * The reporter as the core sends them: masked (张**, 138****5678). Someone allowed to see
 * personal data can ask for the full contact; the core records each time they do.
 */
export function ReporterContact({ theCase }: { theCase: Case }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const mayReveal = usePerm("personal_data");
  const reveal = useRevealContact();
  if (theCase.anonymous) return <span data-testid="case-reporter">{t("caseDetail.anonymous")}</span>;
  const shown = reveal.data ?? theCase;
  const parts = [shown.reporterName, shown.reporterPhone].filter(Boolean);
  if (parts.length === 0) return <span data-testid="case-reporter">{t("caseDetail.noReporter")}</span>;
  return (
    <Space wrap>
      <span data-testid="case-reporter">{parts.join("  ")}</span>
      {mayReveal && !reveal.data && (
        <Button
          size="small"
          icon={<EyeOutlined />}
          loading={reveal.isPending}
          onClick={() => reveal.mutate(theCase.id, { onError: (err) => void message.error(caseErrorText(err, t)) })}
          data-testid="case-reveal"
        >
          {t("caseDetail.reveal")}
        </Button>
      )}
      {reveal.data && <Typography.Text type="secondary">{t("caseDetail.revealed")}</Typography.Text>}
    </Space>
  );
}
