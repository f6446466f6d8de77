// i18next set up once, synchronously, with both languages bundled: the app
// must work offline and must not flash untranslated keys on an old PC.
import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import dayjs from "dayjs";
import "dayjs/locale/zh-cn";
import "dayjs/locale/en";
import type { Language } from "../api/bindings";
import enUS from "./en-US";
import zhCN from "./zh-CN";

export const LANGUAGES: readonly Language[] = ["zh-CN", "en-US"];
export const DEFAULT_LANGUAGE: Language = "zh-CN";

export const resources = {
  "zh-CN": { translation: zhCN },
  "en-US": { translation: enUS },
} as const;

const DAYJS_LOCALE: Record<Language, string> = { "zh-CN": "zh-cn", "en-US": "en" };

void i18n.use(initReactI18next).init({
  resources,
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  initAsync: false,
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
  showSupportNotice: false,
});

// English sentences embed capitalised field labels ("Please enter the {{field, lowercase}}").
i18n.services.formatter?.add("lowercase", (value: unknown, lng: string | undefined) =>
  typeof value === "string" ? value.toLocaleLowerCase(lng) : String(value),
);

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** The language the UI shows now; anything unexpected counts as the default. */
export function currentLanguage(): Language {
  const lng = i18n.resolvedLanguage ?? i18n.language;
  return lng && isLanguage(lng) ? lng : DEFAULT_LANGUAGE;
}

/** Switches texts, dayjs and the document language together. antd follows via AntdLocale. */
export async function applyLanguage(language: Language): Promise<void> {
  dayjs.locale(DAYJS_LOCALE[language]);
  document.documentElement.lang = language;
  if (i18n.language !== language) await i18n.changeLanguage(language);
}

dayjs.locale(DAYJS_LOCALE[DEFAULT_LANGUAGE]);

export default i18n;
