// The list's filters. They are remembered for the session, so opening a case and coming back
// finds the same search and page rather than an empty register.
import { useEffect, useState } from "react";
import type { CaseQuery, CaseSort, CaseSource, CaseStatus, Light } from "../../api/bindings";

export type CaseFilters = {
  text: string;
  statuses: CaseStatus[];
  categoryId: number | null;
  communityId: number | null;
  light: Light | null;
  source: CaseSource | null;
  from: string | null;
  to: string | null;
  sort: CaseSort;
};

export type ListState = { filters: CaseFilters; page: number; pageSize: number };

export const NO_FILTERS: CaseFilters = {
  text: "",
  statuses: [],
  categoryId: null,
  communityId: null,
  light: null,
  source: null,
  from: null,
  to: null,
  sort: "newest",
};

const INITIAL: ListState = { filters: NO_FILTERS, page: 0, pageSize: 20 };
const STORAGE_KEY = "cases.list";

function read(): ListState {
  try {
    const saved = sessionStorage.getItem(STORAGE_KEY);
    if (!saved) return INITIAL;
    const parsed = JSON.parse(saved) as Partial<ListState>;
    return { ...INITIAL, ...parsed, filters: { ...NO_FILTERS, ...parsed.filters } };
  } catch {
    return INITIAL; // an old or damaged value is not worth an error
  }
}

export function useListState() {
  const [state, setState] = useState<ListState>(read);
  useEffect(() => sessionStorage.setItem(STORAGE_KEY, JSON.stringify(state)), [state]);
  return [state, setState] as const;
}

/** The list query for these filters; `text` is the settled search, not every key pressed. */
export function toQuery(state: ListState, text: string): CaseQuery {
  const { filters, page, pageSize } = state;
  return { ...filters, text: text.trim(), gridId: null, assigneeId: null, page, pageSize };
}

export const hasFilters = (f: CaseFilters) =>
  f.text.trim() !== "" ||
  f.statuses.length > 0 ||
  [f.categoryId, f.communityId, f.light, f.source, f.from, f.to].some((v) => v !== null);
