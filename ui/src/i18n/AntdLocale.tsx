import type { ReactNode } from "react";
import { ConfigProvider } from "antd";
import enUS from "antd/locale/en_US";
import zhCN from "antd/locale/zh_CN";
import { useTranslation } from "react-i18next";
import type { Language } from "../api/bindings";
import { isLanguage } from "./index";
// One theme object, shared with the build's style extraction (scripts/antd-css.mjs): the
// pre-built styles are only used when the theme that hashes them is exactly this one.
import theme from "../antdTheme.json";

const ANTD_LOCALE = { "zh-CN": zhCN, "en-US": enUS } satisfies Record<Language, unknown>;

/** antd's own texts (date pickers, pagination, Popconfirm buttons) follow the i18next language. */
export function AntdLocale({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const language: Language = isLanguage(i18n.language) ? i18n.language : "zh-CN";
  return (
    <ConfigProvider locale={ANTD_LOCALE[language]} theme={theme}>
      {children}
    </ConfigProvider>
  );
}
