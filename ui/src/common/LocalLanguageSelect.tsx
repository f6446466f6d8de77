import { useTranslation } from "react-i18next";
import type { Language } from "../api/bindings";
import { applyLanguage, currentLanguage, isLanguage, LANGUAGES } from "../i18n";

/**
 * Switches only this window's language. Before anyone signs in the backend may not save it
 * (set_language needs a session), and a visitor's choice should not change the desk's setting.
 * A native select: it sits on the plain sign-in screen, which starts without antd.
 */
export function LocalLanguageSelect({ width = 140 }: { width?: number }) {
  const { t } = useTranslation();
  return (
    <select
      className="plain-select"
      data-testid="local-language-select"
      aria-label={t("access.localLanguage")}
      value={currentLanguage()}
      onChange={(e) => {
        const language: string = e.target.value;
        if (isLanguage(language)) void applyLanguage(language satisfies Language);
      }}
      style={{ width }}
    >
      {LANGUAGES.map((lng) => (
        <option key={lng} value={lng}>
          {t(`language.${lng}`)}
        </option>
      ))}
    </select>
  );
}
