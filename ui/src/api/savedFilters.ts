// Saved filters (已存筛选): named filter sets of the case register and the visit log. Each
// operator sees only their own; they go through the shared `call`, so errors arrive as AppError.
import { call } from "./index";
import type { SavedFilter, SavedFilterInput } from "./bindings";

/** The lists that can save filters; the core refuses any other area. */
export type SavedFilterArea = "cases" | "visits";

/** The signed-in operator's own, sorted by name. */
export const listSavedFilters = (area: SavedFilterArea): Promise<SavedFilter[]> => call("list_saved_filters", { area });

/** A filter of the same name is replaced; CONFLICT once the list already holds 30. */
export const saveFilter = (input: SavedFilterInput): Promise<SavedFilter> => call("save_filter", { input });

export const archiveSavedFilter = (id: number): Promise<null> => call("archive_saved_filter", { id });
