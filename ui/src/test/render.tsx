import type { ReactElement } from "react";
import { render } from "@testing-library/react";
import { createQueryClient, Providers } from "../Providers";

export function renderWithProviders(ui: ReactElement) {
  const client = createQueryClient();
  return { client, ...render(<Providers client={client}>{ui}</Providers>) };
}
