import type { KeyboardEvent, ReactNode } from "react";
import "./today.css";

type Row = { key: number; testId: string; open: () => void; children: ReactNode };

/**
 * The rows of a Today panel in plain HTML (today.css): five panels of up to ten rows as antd
 * List items, Flex and Typography were most of the page's drawing time on a 2-core PC. A row
 * opens with a click or, focused, with Enter or Space.
 */
export function TodayList({ rows }: { rows: Row[] }) {
  const onKey = (open: () => void) => (e: KeyboardEvent) => {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      open();
    }
  };
  return (
    <ul className="today-list">
      {rows.map((r) => (
        <li key={r.key} role="button" tabIndex={0} onClick={r.open} onKeyDown={onKey(r.open)} data-testid={r.testId}>
          {r.children}
        </li>
      ))}
    </ul>
  );
}
