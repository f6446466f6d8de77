import { Alert, Flex, Spin, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { AppError, ProblemView } from "../../../api/bindings";
import { errorText } from "../../../i18n/errorText";
import { problemText } from "../problemText";
import { useNameLookup } from "../useNames";

type Props = { complete: boolean; checking: boolean; problems: ProblemView[] | undefined; error: AppError | null };

/** 保存前检查: what the change would break, shown before anything is saved. */
export function CheckResult({ complete, checking, problems, error }: Props) {
  const { t } = useTranslation();
  const names = useNameLookup();
  let body;
  if (!complete) {
    body = <Typography.Text type="secondary">{t("dutyChange.checkIncomplete")}</Typography.Text>;
  } else if (checking) {
    body = (
      <Flex gap={8} align="center">
        <Spin size="small" />
        <Typography.Text type="secondary">{t("dutyChange.checking")}</Typography.Text>
      </Flex>
    );
  } else if (error) {
    body = <Alert type="warning" showIcon message={t("dutyChange.checkFailed", { error: errorText(error, t, "duty") })} />;
  } else if (problems && problems.length === 0) {
    body = <Alert type="success" showIcon message={t("dutyChange.checkOk")} />;
  } else if (problems) {
    body = (
      <Alert
        type="warning"
        showIcon
        message={t("dutyChange.checkProblems", { count: problems.length })}
        description={
          <>
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {problems.map((p, i) => (
                <li key={i}>{problemText(p, t, names)}</li>
              ))}
            </ul>
            <Typography.Text strong>{t("dutyChange.checkWarn")}</Typography.Text>
          </>
        }
      />
    );
  }
  return (
    <div data-testid="duty-check-result" style={{ marginTop: 8 }}>
      <Typography.Text strong style={{ display: "block", marginBottom: 6 }}>
        {t("dutyChange.checkTitle")}
      </Typography.Text>
      {body}
    </div>
  );
}
