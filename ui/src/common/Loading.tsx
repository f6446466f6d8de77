import { useTranslation } from "react-i18next";

/** A spinner with a line of text, in plain HTML: it shows before antd has loaded (styles.css). */
export function Loading() {
  const { t } = useTranslation();
  return (
    <div className="plain-loading" data-testid="loading" role="status">
      <span className="plain-spinner plain-spinner-large" aria-hidden />
      <span>{t("app.loading")}</span>
    </div>
  );
}
