import { useSyncExternalStore } from "react";

/**
 * A line for the sign-in screen from the screen before it. A restore signs the window out, and
 * the antd screen that did it (with its messages) is gone at once; the plain sign-in screen
 * shows this instead until the user closes it or signs in.
 */
let notice: string | null = null;
const listeners = new Set<() => void>();

function set(text: string | null) {
  notice = text;
  listeners.forEach((l) => l());
}

export const leaveSignInNotice = (text: string) => set(text);
export const clearSignInNotice = () => set(null);

export function useSignInNotice(): string | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => notice,
  );
}
