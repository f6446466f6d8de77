// The intake form's values and the CaseInput they become.
import type { Dayjs } from "dayjs";
import type { CaseInput, CaseSource, Urgency } from "../../../api/bindings";
import type { ReadImage } from "../../roster/imageFile";

export type IntakeValues = {
  source: CaseSource;
  categoryId?: number;
  communityId?: number;
  gridId?: number;
  title: string;
  address?: string;
  description?: string;
  reporterName?: string;
  reporterPhone?: string;
  anonymous: boolean;
  respondentKind?: string;
  respondentName?: string;
  urgency: Urgency;
  reportedAt?: Dayjs | null;
  photos: ReadImage[];
};

/** Every field the core may name in a VALIDATION error, so it lands under that field. */
export const INTAKE_FIELDS = [
  "source",
  "categoryId",
  "communityId",
  "gridId",
  "title",
  "address",
  "description",
  "reporterName",
  "reporterPhone",
  "respondentKind",
  "respondentName",
  "urgency",
  "reportedAt",
  "photos",
] as const;

export const INITIAL_INTAKE: IntakeValues = { source: "desk", title: "", anonymous: false, urgency: "normal", photos: [] };

const text = (v: string | undefined) => (v ?? "").trim();

export function toCaseInput(v: IntakeValues): CaseInput {
  return {
    source: v.source,
    categoryId: v.categoryId ?? 0,
    communityId: v.communityId ?? 0,
    gridId: v.gridId ?? null,
    address: text(v.address),
    title: text(v.title),
    description: text(v.description),
    // An anonymous report keeps no name or phone, whatever was typed before ticking the box.
    reporterName: v.anonymous ? "" : text(v.reporterName),
    reporterPhone: v.anonymous ? "" : text(v.reporterPhone),
    anonymous: v.anonymous,
    respondentKind: v.respondentKind ?? "",
    respondentName: text(v.respondentName),
    urgency: v.urgency,
    reportedAt: v.reportedAt ? v.reportedAt.format("YYYY-MM-DD HH:mm") : "",
    photos: (v.photos ?? []).map((p) => p.upload),
  };
}
