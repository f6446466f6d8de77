import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import type { Plugin } from "vite";

// Production builds link antd's pre-built styles (scripts/antd-css.mjs, run by `npm run build`)
// before everything else in <head>, so the app's own CSS still wins ties. Only for builds: the dev
// server's class names carry a development prefix that the pre-built file does not match.
function antdStaticStyles(): Plugin {
  return {
    name: "antd-static-styles",
    apply: "build",
    transformIndexHtml: {
      order: "pre",
      handler: (html) => html.replace("<head>", '<head>\n    <link rel="stylesheet" href="/src/generated/antd.css" />'),
    },
  };
}

// Tauri serves the dev build from a fixed port (tauri.conf.json devUrl) and
// prints its own compile output, so Vite must neither move ports nor clear it.
export default defineConfig({
  plugins: [react(), antdStaticStyles()],
  clearScreen: false,
  server: {
    port: 5173,
    strictPort: true,
  },
  envPrefix: ["VITE_", "TAURI_ENV_"],
  build: {
    // Linux runs the UI in WebKitGTK, which lags Chromium; keep the syntax level modest.
    target: ["es2020", "safari13"],
    chunkSizeWarningLimit: 2000,
  },
  test: {
    environment: "jsdom",
    setupFiles: ["./src/test/setup.ts"],
    css: false,
    // Date tests read stored +08:00 timestamps as the workstation PC would.
    env: { TZ: "Asia/Shanghai" },
    // antd forms validate asynchronously; a busy build machine needs the slack.
    testTimeout: 30_000,
  },
});
