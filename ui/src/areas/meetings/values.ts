// The meetings' form values and the inputs they become.
import type { Dayjs } from "dayjs";
import type { MeetingInput, MeetingKind, OutcomeInput, OutcomeKind } from "../../api/bindings";

export type MeetingValues = {
  kind: MeetingKind;
  title: string;
  heldAt: Dayjs;
  place?: string;
  communityId?: number;
  estateId?: number | null;
  chair?: string;
  recorder?: string;
};

export const MEETING_FIELDS = ["kind", "title", "heldAt", "place", "communityId", "estateId", "chair", "recorder"] as const;

const text = (v: string | undefined) => (v ?? "").trim();

export function toMeetingInput(v: MeetingValues): MeetingInput {
  return {
    kind: v.kind,
    title: text(v.title),
    heldAt: v.heldAt.format("YYYY-MM-DD HH:mm"),
    place: text(v.place),
    communityId: v.communityId ?? 0,
    estateId: v.estateId ?? null,
    chair: text(v.chair),
    recorder: text(v.recorder),
  };
}

export type OutcomeValues = {
  kind: OutcomeKind;
  text: string;
  ownerPartyId?: number | null;
  ownerName?: string;
  dueOn?: Dayjs | null;
  updateCase?: boolean;
  /** An action on an item without a case: open a case of this category for it. */
  newCase?: boolean;
  newCaseCategoryId?: number | null;
  /** Amendments only: the agenda item corrected, or none for the whole meeting. */
  itemId?: number | null;
};

export const OUTCOME_FIELDS = ["kind", "text", "ownerPartyId", "ownerName", "dueOn", "itemId", "newCaseCategoryId"] as const;

/**
 * Only an action carries an owner, a due day and what it does to a case: update the item's case,
 * or open a new one when the item has none. The core drops or refuses them otherwise.
 */
export function toOutcomeInput(meetingId: number, itemId: number | null, v: OutcomeValues, hasCase: boolean): OutcomeInput {
  const action = v.kind === "action";
  return {
    meetingId,
    itemId,
    kind: v.kind,
    text: text(v.text),
    ownerPartyId: action ? (v.ownerPartyId ?? null) : null,
    ownerName: action ? text(v.ownerName) : "",
    dueOn: action && v.dueOn ? v.dueOn.format("YYYY-MM-DD") : null,
    updateCase: action && hasCase && (v.updateCase ?? false),
    newCaseCategoryId: action && !hasCase && v.newCase ? (v.newCaseCategoryId ?? null) : null,
  };
}
