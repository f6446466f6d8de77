// What each workflow step asks for, and the StepInput its form becomes. The core checks the
// same rules; this only decides which fields the dialog shows.
import type { Dayjs } from "dayjs";
import type { Satisfaction, Step, StepInput } from "../../../api/bindings";
import type { ReadImage } from "../../roster/imageFile";
import type { ReadDocument } from "../documentFile";

export type StepField =
  | "assignee"
  | "promisedDate"
  | "newDueDate"
  | "referredTo"
  | "duplicateOf"
  | "satisfaction"
  | "photos"
  | "documents";

type Need = { fields: StepField[]; noteRequired: boolean };

const need = (fields: StepField[], noteRequired = false): Need => ({ fields, noteRequired });

export const STEP_NEEDS: Record<Step, Need> = {
  register: need([]),
  assign: need(["assignee", "documents"]),
  persuade: need(["promisedDate", "photos", "documents"]),
  // "After" photos: what the place looks like once put right.
  report_rectified: need(["photos", "documents"]),
  recheck_pass: need(["photos", "documents"]),
  // A failed recheck sends the work back (返工); whoever redoes it needs to know why.
  recheck_fail: need(["photos", "documents"], true),
  follow_up: need(["satisfaction"]),
  not_accept: need([], true),
  refer: need(["referredTo", "documents"]),
  mark_duplicate: need(["duplicateOf"]),
  void: need([], true),
  park: need([], true),
  resume: need([]),
  extend: need(["newDueDate", "documents"], true),
  reopen: need([], true),
  note: need(["photos", "documents"], true),
};

/** Steps drawn as a warning (red) button: they end or set aside the work. */
export const DANGER_STEPS: readonly Step[] = ["not_accept", "void", "recheck_fail", "park"];

export type StepValues = {
  note?: string;
  assigneeId?: number;
  responsibleParty?: string;
  promisedDate?: Dayjs | null;
  newDueDate?: Dayjs | null;
  referredTo?: string;
  duplicateOf?: number;
  satisfaction?: Satisfaction;
  photos?: ReadImage[];
  documents?: ReadDocument[];
};

/** The fields the core may name in a VALIDATION error about a step. */
export const STEP_ERROR_FIELDS = [
  "note",
  "assigneeId",
  "responsibleParty",
  "promisedDate",
  "newDueDate",
  "referredTo",
  "duplicateOf",
  "satisfaction",
  "photos",
  "documents",
] as const;

export function emptyStep(caseId: number, step: Step): StepInput {
  return {
    caseId,
    step,
    note: "",
    assigneeId: null,
    responsibleParty: null,
    promisedDate: null,
    newDueDate: null,
    referredTo: null,
    duplicateOf: null,
    satisfaction: null,
    photos: [],
    documents: [],
  };
}

const day = (d: Dayjs | null | undefined) => (d ? d.format("YYYY-MM-DD") : null);
const text = (v: string | undefined) => (v ?? "").trim() || null;

/** Only what the step's form shows is sent; everything else stays empty. */
export function toStepInput(caseId: number, step: Step, v: StepValues): StepInput {
  const has = (f: StepField) => STEP_NEEDS[step].fields.includes(f);
  return {
    ...emptyStep(caseId, step),
    note: (v.note ?? "").trim(),
    assigneeId: has("assignee") ? (v.assigneeId ?? null) : null,
    responsibleParty: has("assignee") ? text(v.responsibleParty) : null,
    promisedDate: has("promisedDate") ? day(v.promisedDate) : null,
    newDueDate: has("newDueDate") ? day(v.newDueDate) : null,
    referredTo: has("referredTo") ? text(v.referredTo) : null,
    duplicateOf: has("duplicateOf") ? (v.duplicateOf ?? null) : null,
    satisfaction: has("satisfaction") ? (v.satisfaction ?? null) : null,
    photos: has("photos") ? (v.photos ?? []).map((p) => p.upload) : [],
    documents: has("documents") ? (v.documents ?? []).map((d) => d.upload) : [],
  };
}
