// People of a community's "2+N" roster, offered by name in the meetings' forms (attendees, chair,
// recorder); a name that is not on the roster can still be typed.
import type { ReactNode } from "react";
import { useRoster } from "../../api/queries";
import { usePerm } from "../../common/useSession";

export type RosterPerson = { name: string; roleName: string; organisation: string };

/** Everyone serving in the community now, once each, roster order. Empty without the right to see it. */
export function useRosterPeople(communityId: number | null | undefined): RosterPerson[] {
  const mayView = usePerm("roster_view");
  const roster = useRoster({ communityId: communityId ?? null, text: "", roleId: null, party: "" }, mayView && !!communityId);
  const seen = new Set<number>();
  const people: RosterPerson[] = [];
  for (const c of roster.data?.communities ?? []) {
    for (const g of c.grids) {
      for (const m of [...g.core, ...g.forces]) {
        if (m.ended || seen.has(m.personId)) continue;
        seen.add(m.personId);
        people.push({ name: m.name, roleName: m.roleName, organisation: m.organisation });
      }
    }
  }
  return people;
}

/** AutoComplete options: the name is the value, the role and organisation help tell people apart. */
export function personOptions(people: RosterPerson[]): { value: string; label: ReactNode }[] {
  return people.map((p) => ({
    value: p.name,
    label: (
      <span>
        {p.name}
        <span style={{ color: "#8c8c8c", marginLeft: 8 }}>{[p.roleName, p.organisation].filter(Boolean).join(" · ")}</span>
      </span>
    ),
  }));
}

export const matchName = (input: string, option?: { value?: string }) => (option?.value ?? "").includes(input.trim());
