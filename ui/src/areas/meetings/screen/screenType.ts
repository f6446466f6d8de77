// The projector screen's type sizes, read from across a meeting room. screen.css takes them as
// custom properties, so there is one place that says how large the screen's text is.
import type { CSSProperties } from "react";

export const SCREEN_TYPE = { small: 28, base: 32, title: 44, item: 52 } as const;

export const screenTypeStyle = {
  fontSize: SCREEN_TYPE.base,
  "--screen-small": `${SCREEN_TYPE.small}px`,
  "--screen-title": `${SCREEN_TYPE.title}px`,
  "--screen-item": `${SCREEN_TYPE.item}px`,
} as CSSProperties;
