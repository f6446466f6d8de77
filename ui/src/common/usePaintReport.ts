import { useEffect } from "react";
import { reportPainted } from "../api";

let reported = false;

/**
 * Once the first screen with the store's data is up, tells the Rust side (start-up timing, see
 * tests/bench/startup.mjs). Two animation frames: the first runs before the paint, the second
 * after it. A failure is only a missed measurement, never the user's problem.
 */
export function usePaintReport(ready: boolean) {
  useEffect(() => {
    if (!ready || reported) return;
    reported = true;
    requestAnimationFrame(() => requestAnimationFrame(() => void reportPainted().catch(() => undefined)));
  }, [ready]);
}
