// The visit form's values and the VisitInput they become.
import type { Dayjs } from "dayjs";
import type { Handling, VisitChannel, VisitInput } from "../../api/bindings";

export type VisitValues = {
  channel: VisitChannel;
  visitedAt: Dayjs | null;
  visitorName?: string;
  visitorPhone?: string;
  communityId?: number | null;
  topic: string;
  handling?: Handling;
  outcome?: string;
  makeCase: boolean;
};

/** Every field the core may name in a VALIDATION error, so it lands under that field. */
export const VISIT_FIELDS = [
  "channel",
  "visitedAt",
  "visitorName",
  "visitorPhone",
  "communityId",
  "topic",
  "handling",
  "outcome",
] as const;

const text = (v: string | undefined) => (v ?? "").trim();

/**
 * `timeEdited` false sends "" (now, as the core reads it when saving) rather than the minute the
 * form was opened: a visit typed over several minutes is still logged at its end.
 */
export function toVisitInput(v: VisitValues, timeEdited: boolean): VisitInput {
  return {
    channel: v.channel,
    visitedAt: timeEdited && v.visitedAt ? v.visitedAt.format("YYYY-MM-DD HH:mm") : "",
    visitorName: text(v.visitorName),
    visitorPhone: text(v.visitorPhone),
    communityId: v.communityId ?? null,
    topic: text(v.topic),
    handling: v.handling ?? "explained",
    outcome: text(v.outcome),
  };
}
