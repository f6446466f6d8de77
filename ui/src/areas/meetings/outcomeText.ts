// How an action's owner reads: the party and the person, whichever were given.
import type { Outcome } from "../../api/bindings";

export function ownerText(o: Pick<Outcome, "ownerPartyName" | "ownerName">): string {
  const party = o.ownerPartyName ?? "";
  const name = o.ownerName.trim();
  if (party && name) return `${party}（${name}）`;
  return party || name;
}
