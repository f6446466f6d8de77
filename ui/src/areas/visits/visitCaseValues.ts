// A case made of a visit starts from what the desk already typed.
import dayjs from "dayjs";
import type { Community, Visit } from "../../api/bindings";
import { INITIAL_INTAKE, type IntakeValues } from "../cases/intake/intakeValues";

/** A case title is one line; the whole topic goes into the description. */
const TITLE_CHARS = 30;

export function caseValuesFrom(visit: Visit, communities: Community[]): IntakeValues {
  const topic = visit.topic.trim();
  const only = communities.length === 1 ? communities[0]?.id : undefined;
  return {
    ...INITIAL_INTAKE,
    source: visit.channel === "phone" ? "phone" : "desk",
    communityId: visit.communityId ?? only,
    // Characters, not UTF-16 units: a rare character must not be cut in half.
    title: [...topic.split("\n")[0]!].slice(0, TITLE_CHARS).join(""),
    description: topic,
    reportedAt: dayjs(visit.visitedAt),
  };
}
