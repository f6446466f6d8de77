// The visit log's filters. They are remembered for the session, like the case register's, so
// opening a case from a visit and coming back finds the same search and page.
import { useEffect, useState } from "react";
import type { Handling, VisitQuery } from "../../api/bindings";

export type VisitFilters = {
  text: string;
  handling: Handling | null;
  communityId: number | null;
  from: string | null;
  to: string | null;
  includeArchived: boolean;
};

export type VisitListState = { filters: VisitFilters; page: number; pageSize: number };

export const NO_VISIT_FILTERS: VisitFilters = {
  text: "",
  handling: null,
  communityId: null,
  from: null,
  to: null,
  includeArchived: false,
};

const INITIAL: VisitListState = { filters: NO_VISIT_FILTERS, page: 0, pageSize: 20 };
const STORAGE_KEY = "visits.list";

function read(): VisitListState {
  try {
    const saved = sessionStorage.getItem(STORAGE_KEY);
    if (!saved) return INITIAL;
    const parsed = JSON.parse(saved) as Partial<VisitListState>;
    return { ...INITIAL, ...parsed, filters: { ...NO_VISIT_FILTERS, ...parsed.filters } };
  } catch {
    return INITIAL; // an old or damaged value is not worth an error
  }
}

export function useVisitListState() {
  const [state, setState] = useState<VisitListState>(read);
  useEffect(() => sessionStorage.setItem(STORAGE_KEY, JSON.stringify(state)), [state]);
  return [state, setState] as const;
}

/** The list query for these filters; `text` is the settled search, not every key pressed. */
export function toVisitQuery(state: VisitListState, text: string): VisitQuery {
  const { filters, page, pageSize } = state;
  return { ...filters, text: text.trim(), page, pageSize };
}

export const hasVisitFilters = (f: VisitFilters) =>
  f.text.trim() !== "" || f.includeArchived || [f.handling, f.communityId, f.from, f.to].some((v) => v !== null);
