import { createElement, lazy, type ComponentType } from "react";

/**
 * A screen loaded as its own chunk the first time it is shown. The start (sign-in) then parses
 * only what it draws, which is most of the start-up time on an old PC (docs/PERFORMANCE.md).
 * Screens are named exports, so `pick` says which one the module holds.
 */
export function lazyPage<M, P extends object>(load: () => Promise<M>, pick: (m: M) => ComponentType<P>) {
  return lazy(async () => ({ default: pick(await load()) }));
}

/** The antd shell's chunk; App starts fetching it once the sign-in screen is up. */
export const loadAntdShell = () => import("../AntdShell");

/**
 * A top-level antd screen: loaded with antd, its styles and its providers (AntdShell), all of
 * which the plain sign-in screen goes without.
 */
export function lazyAntdScreen<M, P extends object>(load: () => Promise<M>, pick: (m: M) => ComponentType<P>) {
  return lazy(async () => {
    const [module, shell] = await Promise.all([load(), loadAntdShell()]);
    await shell.antdStyles();
    const Screen = pick(module);
    const Shelled = (props: P) => createElement(shell.AntdShell, null, createElement(Screen, props));
    return { default: Shelled };
  });
}
