// "Enter moves on" for the desk's short forms: staff type a visit while the resident is still
// talking, and reaching for the mouse between fields costs them the thread.

const FOCUSABLE = "input:not([type=hidden]):not([disabled]), textarea:not([disabled])";

/** A radio group is one stop: Enter leaves the group rather than walking through its options. */
const stopOf = (el: Element) => el.closest(".ant-radio-group") ?? el;

/** Focuses the field after `from` inside `root`; false when `from` was the last one. */
export function focusNext(root: HTMLElement, from: HTMLElement): boolean {
  const all = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const here = stopOf(from);
  const start = all.findIndex((el) => stopOf(el) === here);
  if (start < 0) return false;
  for (const el of all.slice(start + 1)) {
    const stop = stopOf(el);
    if (stop === here) continue;
    const target = stop === el ? el : (stop.querySelector<HTMLElement>("input:checked") ?? el);
    target.focus();
    return true;
  }
  return false;
}
