import { useEffect, useRef } from "react";

// What counts as someone at the desk. Mouse moves count too: reading a long list is work.
const ACTIVITY = ["mousemove", "mousedown", "keydown", "wheel", "touchstart"] as const;

/**
 * Calls `onIdle` once after `minutes` without mouse or keyboard input (0: never), and `onIdle`
 * for Ctrl+L at any time: a shared desk PC must not stay open under someone else's name.
 */
export function useIdleLock(minutes: number, onIdle: () => void) {
  // The latest callback, so a new render does not restart the countdown.
  const lock = useRef(onIdle);
  useEffect(() => {
    lock.current = onIdle;
  }, [onIdle]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === "l") {
        e.preventDefault();
        lock.current();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  useEffect(() => {
    if (minutes <= 0) return;
    let timer = 0;
    const restart = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => lock.current(), minutes * 60_000);
    };
    restart();
    ACTIVITY.forEach((event) => window.addEventListener(event, restart, { passive: true }));
    return () => {
      window.clearTimeout(timer);
      ACTIVITY.forEach((event) => window.removeEventListener(event, restart));
    };
  }, [minutes]);
}
