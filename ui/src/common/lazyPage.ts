import { lazy, type ComponentType } from "react";

/**
 * A screen loaded as its own chunk the first time it is shown. The start (sign-in) then parses
 * only what it draws, which is most of the start-up time on an old PC (docs/PERFORMANCE.md).
 * Screens are named exports, so `pick` says which one the module holds.
 */
export function lazyPage<M, P extends object>(load: () => Promise<M>, pick: (m: M) => ComponentType<P>) {
  return lazy(async () => ({ default: pick(await load()) }));
}
