import type { ReactNode } from "react";
import { ConfigProvider } from "antd";
import enUS from "antd/locale/en_US";
import zhCN from "antd/locale/zh_CN";
import { useTranslation } from "react-i18next";
import type { Language } from "../api/bindings";
import { isLanguage } from "./index";

const ANTD_LOCALE = { "zh-CN": zhCN, "en-US": enUS } satisfies Record<Language, unknown>;

const FONT_FAMILY =
  '-apple-system, BlinkMacSystemFont, "Segoe UI", "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "Helvetica Neue", Arial, sans-serif';

/** antd's own texts (date pickers, pagination, Popconfirm buttons) follow the i18next language. */
export function AntdLocale({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const language: Language = isLanguage(i18n.language) ? i18n.language : "zh-CN";
  return (
    <ConfigProvider locale={ANTD_LOCALE[language]} theme={{ token: { fontFamily: FONT_FAMILY } }}>
      {children}
    </ConfigProvider>
  );
}
