// The meetings' fixed vocabularies, in the order they are offered. Their texts live in i18n
// under meetingKind, meetingSide, partyKind and outcomeKind.
import type { MeetingKind, OutcomeKind, PartyKind, Side } from "../../api/bindings";

export const MEETING_KINDS: readonly MeetingKind[] = ["monthly", "onsite"];

/** The workstation's own side first, then the community's, as minutes list them. */
export const SIDES: readonly Side[] = ["urban", "residents_committee", "owners_committee", "property_company", "other"];

export const PARTY_KINDS: readonly PartyKind[] = ["property_company", "owners_committee", "residents_committee", "other"];

export const OUTCOME_KINDS: readonly OutcomeKind[] = ["info", "decision", "action"];

export const OUTCOME_COLOR: Record<OutcomeKind, string> = { info: "default", decision: "blue", action: "orange" };

/** The parties one may pick for an attendee of a side: a side that is a kind of party offers that kind. */
export function partyKindOf(side: Side): PartyKind | null {
  return side === "urban" || side === "other" ? null : side;
}
