import type { ReactNode } from "react";
import { App as AntdApp } from "antd";
import { HashRouter, useInRouterContext } from "react-router-dom";
import { AntdLocale } from "./i18n/AntdLocale";

/**
 * What every antd screen needs around it: antd's locale and theme, its App context (messages,
 * modals) and the router. It lives in its own chunk with antd, so the sign-in screen (plain HTML)
 * starts without parsing either (docs/PERFORMANCE.md, start-up).
 */
export function AntdShell({ children }: { children: ReactNode }) {
  // Tests wrap screens in Providers, which already holds a router.
  const inRouter = useInRouterContext();
  const body = (
    <AntdLocale>
      {/* The App wrapper div sits between #root and every screen, so it must pass the full height on. */}
      <AntdApp style={{ height: "100%" }}>{children}</AntdApp>
    </AntdLocale>
  );
  return inRouter ? body : <HashRouter future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>{body}</HashRouter>;
}

let styles: Promise<void> | null = null;

/**
 * Written by `npm run build` into ui/public, which Vite copies as is: a URL rather than an import,
 * so tests and the dev server, which never build it, do not need the file.
 */
const ANTD_CSS = "/antd.css";

/**
 * Links antd's pre-built styles (scripts/antd-css.mjs) once, before the app's own stylesheet so
 * the app's rules still win ties, and resolves when they apply: a screen drawn before would flash
 * unstyled. Production builds only: the dev server's class names carry a development prefix that
 * the pre-built file does not match, and antd generates its styles at run time there.
 */
export function antdStyles(): Promise<void> {
  if (!import.meta.env.PROD) return Promise.resolve();
  styles ??= new Promise<void>((resolve) => {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = ANTD_CSS;
    // A missing file leaves antd's run-time styles to do the work: slower, never blank.
    link.onload = link.onerror = () => resolve();
    document.head.insertBefore(link, document.head.querySelector('link[rel="stylesheet"], style'));
  });
  return styles;
}
