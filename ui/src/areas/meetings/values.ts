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
  /** Amendments only: the agenda item corrected, or none for the whole meeting. */
  itemId?: number | null;
};

export const OUTCOME_FIELDS = ["kind", "text", "ownerPartyId", "ownerName", "dueOn", "itemId"] as const;

/** Only an action carries an owner, a due day and the case update; the core drops them otherwise. */
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
  };
}
