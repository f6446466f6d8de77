// TanStack Query hooks over ./savedFilters. A write refreshes only its own area's list.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import * as api from "./savedFilters";
import type { SavedFilterArea } from "./savedFilters";
import { keys } from "./queries";
import type { AppError, SavedFilter, SavedFilterInput } from "./bindings";

/** Read only once the menu is opened: the list pages need nothing from it until then. */
export function useSavedFilters(area: SavedFilterArea, enabled: boolean) {
  return useQuery<SavedFilter[], AppError>({
    queryKey: keys.savedFilters(area),
    queryFn: () => api.listSavedFilters(area),
    enabled,
  });
}

function useSavedFilterMutation<TData, TVars>(area: SavedFilterArea, fn: (vars: TVars) => Promise<TData>) {
  const client = useQueryClient();
  return useMutation<TData, AppError, TVars>({
    mutationFn: fn,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: keys.savedFilters(area) });
    },
  });
}

export const useSaveFilter = (area: SavedFilterArea) =>
  useSavedFilterMutation<SavedFilter, SavedFilterInput>(area, api.saveFilter);

export const useArchiveSavedFilter = (area: SavedFilterArea) =>
  useSavedFilterMutation<null, number>(area, api.archiveSavedFilter);
