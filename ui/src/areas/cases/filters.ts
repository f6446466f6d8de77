// The list's filters. They are remembered for the session, so opening a case and coming back
// finds the same search and page rather than an empty register. A link from Today
// (/cases?light=red, ?dueOn=2026-11-27, ?sort=newest) replaces them with just what it names.
import { useEffect, useState } from "react";
import { useSearchParams } from "react-router-dom";
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
  /** Open cases due on this day, `YYYY-MM-DD`. */
  dueOn: string | null;
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
  dueOn: null,
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

const LIGHT_VALUES: readonly string[] = ["red", "yellow", "green"];
const SORT_VALUES: readonly string[] = ["newest", "oldest", "due", "updated"];

/** The filters a link names, or null when it names none. Anything malformed is ignored. */
export function linkFilters(params: URLSearchParams): CaseFilters | null {
  const light = params.get("light");
  const dueOn = params.get("dueOn");
  const sort = params.get("sort");
  const filters: CaseFilters = {
    ...NO_FILTERS,
    light: light && LIGHT_VALUES.includes(light) ? (light as Light) : null,
    dueOn: dueOn && /^\d{4}-\d{2}-\d{2}$/.test(dueOn) ? dueOn : null,
    sort: sort && SORT_VALUES.includes(sort) ? (sort as CaseSort) : NO_FILTERS.sort,
  };
  return filters.light || filters.dueOn || sort ? filters : null;
}

export function useListState() {
  const [params, setParams] = useSearchParams();
  const [state, setState] = useState<ListState>(() => {
    const linked = linkFilters(params);
    return linked ? { ...read(), filters: linked, page: 0 } : read();
  });
  useEffect(() => {
    // Taken over once, then dropped from the address: the filters live in the state from here on.
    const linked = linkFilters(params);
    if (!linked) return;
    setState((s) => ({ ...s, filters: linked, page: 0 }));
    setParams({}, { replace: true });
  }, [params, setParams]);
  useEffect(() => sessionStorage.setItem(STORAGE_KEY, JSON.stringify(state)), [state]);
  return [state, setState] as const;
}

/** The list query for these filters; `text` is the settled search, not every key pressed. */
export function toQuery(state: ListState, text: string): CaseQuery {
  const { dueOn, ...filters } = state.filters;
  const { page, pageSize } = state;
  // dueOn is optional in the query: it is only sent when set.
  return { ...filters, ...(dueOn ? { dueOn } : {}), text: text.trim(), gridId: null, assigneeId: null, page, pageSize };
}

export const hasFilters = (f: CaseFilters) =>
  f.text.trim() !== "" ||
  f.statuses.length > 0 ||
  [f.categoryId, f.communityId, f.light, f.source, f.from, f.to, f.dueOn].some((v) => v !== null);
