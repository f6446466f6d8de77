import { App, Select } from "antd";
import { useTranslation } from "react-i18next";
import type { Language } from "../api/bindings";
import { useSetLanguage } from "../api/queries";
import { currentLanguage, LANGUAGES } from "../i18n";
import { errorText } from "../i18n/errorText";

/** The backend saves the choice first (see useSetLanguage), so the language shown is the one remembered. */
export function LanguageSelect({ width = 160 }: { width?: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const setLanguage = useSetLanguage();

  const change = (language: Language) => {
    setLanguage.mutate(language, { onError: (err) => void message.error(errorText(err, t)) });
  };

  return (
    <Select<Language>
      data-testid="language-select"
      aria-label={t("fields.language")}
      value={currentLanguage()}
      onChange={change}
      loading={setLanguage.isPending}
      disabled={setLanguage.isPending}
      style={{ width }}
      options={LANGUAGES.map((lng) => ({ value: lng, label: t(`language.${lng}`) }))}
    />
  );
}
