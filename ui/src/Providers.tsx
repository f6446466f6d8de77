import type { ReactNode } from "react";
import { App as AntdApp } from "antd";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { HashRouter } from "react-router-dom";
import { AntdLocale } from "./i18n/AntdLocale";

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // The backend is local: a failed call will fail the same way again, and the
      // user should see the reason at once rather than after three silent retries.
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: 10_000 },
      mutations: { retry: false },
    },
  });
}

/** Everything a screen needs around it; tests wrap components with the same. */
export function Providers({ client, children }: { client: QueryClient; children: ReactNode }) {
  return (
    <QueryClientProvider client={client}>
      <AntdLocale>
        {/* The App wrapper div sits between #root and every screen, so it must pass the full height on. */}
        <AntdApp style={{ height: "100%" }}>
          <HashRouter future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>{children}</HashRouter>
        </AntdApp>
      </AntdLocale>
    </QueryClientProvider>
  );
}
