import { App, Button, Space, Typography } from "antd";
import { EyeOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import type { Visit } from "../../api/bindings";
import { useRevealVisitContact } from "../../api/deskQueries";
import { usePerm } from "../../common/useSession";
import { deskErrorText } from "./deskErrorText";

/**
 * The visitor as the core sends them: masked. Someone allowed to see personal data can ask for
 * the full contact; the core records each time they do.
 */
export function VisitContactLine({ visit }: { visit: Visit }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const mayReveal = usePerm("personal_data");
  const reveal = useRevealVisitContact();
  const shown = reveal.data ?? visit;
  const parts = [shown.visitorName, shown.visitorPhone].filter(Boolean);
  if (parts.length === 0) return <span data-testid="visit-contact">{t("visits.noVisitor")}</span>;
  return (
    <Space wrap>
      <span data-testid="visit-contact">{parts.join("  ")}</span>
      {mayReveal && !reveal.data && (
        <Button
          size="small"
          icon={<EyeOutlined />}
          loading={reveal.isPending}
          onClick={() => reveal.mutate(visit.id, { onError: (err) => void message.error(deskErrorText(err, t)) })}
          data-testid="visit-reveal"
        >
          {t("visitDetail.reveal")}
        </Button>
      )}
      {reveal.data && <Typography.Text type="secondary">{t("visitDetail.revealed")}</Typography.Text>}
    </Space>
  );
}
