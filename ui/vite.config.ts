import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

// Tauri serves the dev build from a fixed port (tauri.conf.json devUrl) and
// prints its own compile output, so Vite must neither move ports nor clear it.
export default defineConfig({
  plugins: [react()],
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
