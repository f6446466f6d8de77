// The register's fixed vocabularies, in the order they are offered. Their texts live in i18n
// under caseStatus, caseSource and so on.
import type { CaseSource, CaseStatus, Light, Satisfaction, Urgency } from "../../api/bindings";

export const STATUSES: readonly CaseStatus[] = [
  "registered",
  "assigned",
  "persuading",
  "rectified",
  "parked",
  "closed",
  "not_accepted",
  "referred",
  "duplicate",
  "void",
];

export const SOURCES: readonly CaseSource[] = ["desk", "phone", "patrol", "grid_worker", "hotline", "meeting"];

/** Worst first: the red ones are what a filter is usually for. */
export const LIGHTS: readonly Light[] = ["red", "yellow", "green"];

export const URGENCIES: readonly Urgency[] = ["normal", "urgent", "very_urgent"];

/** The backend also takes "" (not said), which the form shows as an empty choice. */
export const RESPONDENT_KINDS = ["resident", "shop", "property", "unit"] as const;
export type RespondentKind = (typeof RESPONDENT_KINDS)[number];

export const isRespondentKind = (v: string): v is RespondentKind => (RESPONDENT_KINDS as readonly string[]).includes(v);

export const SATISFACTIONS: readonly Satisfaction[] = ["satisfied", "basically", "dissatisfied"];

/** Tag colours: open work is blue or orange, finished work green, set-aside grey. */
export const STATUS_COLOR: Record<CaseStatus, string> = {
  registered: "blue",
  assigned: "geekblue",
  persuading: "orange",
  rectified: "gold",
  parked: "purple",
  closed: "green",
  not_accepted: "default",
  referred: "cyan",
  duplicate: "default",
  void: "default",
};

export const LIGHT_COLOR: Record<Light, string> = { red: "#cf1322", yellow: "#d4b106", green: "#389e0d" };
