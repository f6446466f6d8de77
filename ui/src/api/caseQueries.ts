// TanStack Query hooks over ./cases. Everything read from the case register sits under "cases":
// a step changes the case, its list row and (for a duplicate) another case, so every write
// refreshes it all.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import * as api from "./cases";
import { getRoster } from "./index";
import { keys } from "./queries";
import type {
  AppError,
  CaseDetail,
  CaseInput,
  CaseLink,
  CasePage,
  CaseQuery,
  CaseStatus,
  Category,
  CategoryInput,
  Contact,
  Grid,
  Roster,
  RosterQuery,
  StepInput,
} from "./bindings";

export const caseKeys = {
  all: ["cases"] as const,
  categories: ["cases", "categories"] as const,
  list: (query: CaseQuery) => ["cases", "list", query] as const,
  detail: (id: number) => ["cases", "detail", id] as const,
  photo: (caseId: number, name: string) => ["cases", "photo", caseId, name] as const,
};

/** Stored photos never change: fetched once and kept. */
export function useCasePhoto(caseId: number, name: string) {
  return useQuery<string, AppError>({
    queryKey: caseKeys.photo(caseId, name),
    queryFn: () => api.getCasePhoto(caseId, name),
    staleTime: Infinity,
  });
}

export function useCaseCategories() {
  return useQuery<Category[], AppError>({ queryKey: caseKeys.categories, queryFn: api.listCaseCategories });
}

export function useCases(query: CaseQuery) {
  return useQuery<CasePage, AppError>({
    queryKey: caseKeys.list(query),
    queryFn: () => api.listCases(query),
    // Paging or typing keeps the old rows on screen until the new ones are there.
    placeholderData: keepPreviousData,
    // The desk leaves the register open all day: the lights turn yellow and red with the clock.
    refetchInterval: 60_000,
  });
}

export function useCase(id: number) {
  return useQuery<CaseDetail, AppError>({ queryKey: caseKeys.detail(id), queryFn: () => api.getCase(id) });
}

/** The live grids of one community, read from the roster (the same cache the roster page uses). */
export function useCommunityGrids(communityId: number | null) {
  const query: RosterQuery = { communityId, text: "", roleId: null, party: "" };
  return useQuery<Roster, AppError, Grid[]>({
    queryKey: keys.roster(query),
    queryFn: () => getRoster(query),
    enabled: communityId !== null,
    select: (roster) =>
      roster.communities
        .filter((c) => c.communityId === communityId)
        .flatMap((c) => c.grids.map((g) => g.grid))
        .filter((g) => !g.archived),
  });
}

function useCaseMutation<TData, TVars>(fn: (vars: TVars) => Promise<TData>) {
  const client = useQueryClient();
  return useMutation<TData, AppError, TVars>({
    mutationFn: fn,
    onSuccess: async () => {
      // Awaited so the dialog stays busy until the page shows the new state. Today and the
      // work log count cases too.
      await Promise.all([
        client.invalidateQueries({ queryKey: caseKeys.all }),
        client.invalidateQueries({ queryKey: keys.deskAll }),
      ]);
    },
  });
}

export const useCreateCase = () => useCaseMutation<number, CaseInput>(api.createCase);
export const useApplyCaseStep = () => useCaseMutation<CaseStatus, StepInput>(api.applyCaseStep);

type Edit = { id: number; input: CategoryInput };
export const useCreateCaseCategory = () => useCaseMutation<Category, CategoryInput>(api.createCaseCategory);
export const useUpdateCaseCategory = () =>
  useCaseMutation<Category, Edit>(({ id, input }) => api.updateCaseCategory(id, input));
export const useArchiveCaseCategory = () => useCaseMutation<null, number>(api.archiveCaseCategory);

/** Asked once, just before saving: not a query, so typing does not send one per key. */
export function useSuggestDuplicates() {
  return useMutation<CaseLink[], AppError, CaseInput>({ mutationFn: api.suggestCaseDuplicates });
}

/** A mutation, not a query: every reveal is an audited act and must not be cached or refetched. */
export function useRevealContact() {
  return useMutation<Contact, AppError, number>({ mutationFn: api.revealCaseContact });
}

/** A mutation, not a query: opening a document is an act on the desktop, not data to keep. */
export function useOpenCaseDocument() {
  return useMutation<null, AppError, { caseId: number; name: string }>({
    mutationFn: ({ caseId, name }) => api.openCaseDocument(caseId, name),
  });
}

type CaseExport = { path: string; from: string; to: string; fullContacts: boolean };

export function useExportCases() {
  return useMutation<number, AppError, CaseExport>({
    mutationFn: ({ path, from, to, fullContacts }) => api.exportCases(path, from, to, fullContacts),
  });
}
