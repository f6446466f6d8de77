// The case register's (案件台账) commands. Kept apart from ./index so the area can grow without
// touching the shared file; they go through the same `call`, so errors arrive as AppError.
import { call } from "./index";
import type {
  CaseDetail,
  CaseInput,
  CaseLink,
  CasePage,
  CaseQuery,
  CaseStatus,
  Category,
  CategoryInput,
  Contact,
  StepInput,
} from "./bindings";

/** Both levels, archived ones included: old cases still name them. */
export const listCaseCategories = (): Promise<Category[]> => call("list_case_categories");

export const createCaseCategory = (input: CategoryInput): Promise<Category> => call("create_case_category", { input });

export const updateCaseCategory = (id: number, input: CategoryInput): Promise<Category> =>
  call("update_case_category", { id, input });

export const archiveCaseCategory = (id: number): Promise<null> => call("archive_case_category", { id });

/** Open cases of the last 30 days in the same category and the same grid or address. */
export const suggestCaseDuplicates = (input: CaseInput): Promise<CaseLink[]> => call("suggest_case_duplicates", { input });

/** Returns the new case's id. */
export const createCase = (input: CaseInput): Promise<number> => call("create_case", { input });

export const getCase = (id: number): Promise<CaseDetail> => call("get_case", { id });

/** A photo of the case as a data: URL; anyone who may read the case may see its photos. */
export const getCasePhoto = (caseId: number, name: string): Promise<string> => call("get_case_photo", { caseId, name });

/** Opens a step's document (`CaseDocument.file`) with the desktop's own program for its kind. */
export const openCaseDocument = (caseId: number, name: string): Promise<null> => call("open_case_document", { caseId, name });

/** The reporter in full; the backend records who asked. */
export const revealCaseContact = (id: number): Promise<Contact> => call("reveal_case_contact", { id });

export const listCases = (query: CaseQuery): Promise<CasePage> => call("list_cases", { query });

/** Refused with CONFLICT when the case is no longer in a state that allows the step. */
export const applyCaseStep = (input: StepInput): Promise<CaseStatus> => call("apply_case_step", { input });

/** Returns the number of cases written; the format follows the extension (.xlsx or .csv). */
export const exportCases = (path: string, from: string, to: string, fullContacts: boolean): Promise<number> =>
  call("export_cases", { path, from, to, fullContacts });
