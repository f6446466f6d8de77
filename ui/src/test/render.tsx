import type { ReactElement } from "react";
import { render } from "@testing-library/react";
import type { AppStatus } from "../api/bindings";
import { keys } from "../api/queries";
import { createQueryClient, Providers } from "../Providers";

/**
 * Renders `ui` as the app would. `status` puts a start-up status (and so a signed-in operator and
 * their permissions) in place, as App has it before any screen shows; without it nobody is
 * signed in and screens offer nothing that needs a permission.
 */
export function renderWithProviders(ui: ReactElement, { status }: { status?: AppStatus } = {}) {
  const client = createQueryClient();
  if (status) client.setQueryData(keys.appStatus, status);
  return { client, ...render(<Providers client={client}>{ui}</Providers>) };
}
