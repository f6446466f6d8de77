import { Select } from "antd";
import { useTranslation } from "react-i18next";
import type { Language } from "../api/bindings";
import { applyLanguage, currentLanguage, LANGUAGES } from "../i18n";

/**
 * Switches only this window's language. Before anyone signs in the backend may not save it
 * (set_language needs a session), and a visitor's choice should not change the desk's setting.
 */
export function LocalLanguageSelect({ width = 140 }: { width?: number }) {
  const { t } = useTranslation();
  return (
    <Select<Language>
      data-testid="local-language-select"
      aria-label={t("access.localLanguage")}
      value={currentLanguage()}
      onChange={(language) => void applyLanguage(language)}
      style={{ width }}
      options={LANGUAGES.map((lng) => ({ value: lng, label: t(`language.${lng}`) }))}
    />
  );
}
