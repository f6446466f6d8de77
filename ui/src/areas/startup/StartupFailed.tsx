import { Collapse, Flex, Result, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { AppError } from "../../api/bindings";
import { errorText } from "../../i18n/errorText";
import { StartupBackups } from "./StartupBackups";

type Props = {
  error: AppError;
  dataDir?: string;
  dbPath?: string;
  /** The core could not open the data (status "failed"), so it can list and restore backups. */
  offerRestore?: boolean;
};

/**
 * Shown instead of everything else when the data cannot be opened. There is no
 * navigation on purpose: nothing else can work, and the one thing to read is what to do.
 */
export function StartupFailed({ error, dataDir, dbPath, offerRestore = false }: Props) {
  const { t } = useTranslation();
  const corrupt = error.code === "DATABASE_CORRUPT";
  // A damaged file's way out is right below; the general sentence points elsewhere.
  const explanation = offerRestore && corrupt ? t("startupBackups.corrupt") : errorText(error, t);
  return (
    <Flex align="center" justify="center" style={{ minHeight: "100%", background: "#fff" }} data-testid="startup-failed">
      <Result
        status="error"
        title={t("startup.failedTitle")}
        subTitle={
          <Typography.Paragraph style={{ fontSize: 16, maxWidth: 640, margin: "0 auto" }} data-testid="startup-error">
            {explanation}
          </Typography.Paragraph>
        }
      >
        <div style={{ maxWidth: 640, margin: "0 auto" }}>
          <Typography.Paragraph>
            {t("startup.dataDir")}
            {dataDir ? <Typography.Text code copyable>{dataDir}</Typography.Text> : t("startup.unknownPath")}
          </Typography.Paragraph>
          {dbPath && (
            <Typography.Paragraph>
              {t("startup.dbPath")}
              <Typography.Text code copyable>
                {dbPath}
              </Typography.Text>
            </Typography.Paragraph>
          )}
          <Typography.Paragraph strong>{t("startup.afterFix")}</Typography.Paragraph>
          {offerRestore && <StartupBackups corrupt={corrupt} dataDir={dataDir} />}
          <Collapse
            size="small"
            ghost
            items={[
              {
                key: "details",
                label: t("startup.details"),
                children: (
                  <Typography.Text type="secondary" copyable>
                    {`${error.code}: ${error.message}`}
                  </Typography.Text>
                ),
              },
            ]}
          />
        </div>
      </Result>
    </Flex>
  );
}
