import type { ReactNode } from "react";
import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { AntdShell } from "./AntdShell";

export { createQueryClient } from "./queryClient";

/**
 * Everything a screen needs around it, at once; tests wrap components with the same. The app
 * itself starts with only the query client (main.tsx) and adds the antd shell per screen (App).
 */
export function Providers({ client, children }: { client: QueryClient; children: ReactNode }) {
  return (
    <QueryClientProvider client={client}>
      <AntdShell>{children}</AntdShell>
    </QueryClientProvider>
  );
}
