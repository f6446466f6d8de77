import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "./i18n";
import "./styles.css";
import App from "./App";
import { keys } from "./api/queries";
import { QueryClientProvider } from "@tanstack/react-query";
import { createQueryClient } from "./queryClient";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

const client = createQueryClient();
// The core checks the whole store a few seconds after start; damage found then switches the
// window to the start-up screen at once, not at the next call that fails.
// Outside the Tauri window (a plain browser) there is no event bridge: nothing to listen to.
import("@tauri-apps/api/event")
  .then(({ listen }) => listen("store-damaged", () => void client.invalidateQueries({ queryKey: keys.appStatus })))
  .catch(() => undefined);

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={client}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
