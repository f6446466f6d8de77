import { useState } from "react";
import type { Person } from "../../../api/bindings";
import { PersonPicker } from "../../roster/member/PersonPicker";

type Props = { value?: number; onChange?: (id: number | undefined) => void; current: Person | null };

/** A roster person; the one picked (or already assigned) keeps its name while the search moves on. */
export function AssigneePicker({ value, onChange, current }: Props) {
  const [known, setKnown] = useState<Person[]>(current ? [current] : []);
  return (
    <PersonPicker
      value={value}
      known={known}
      testId="step-assignee"
      onChange={(id, person) => {
        if (person) setKnown([person]);
        onChange?.(id);
      }}
    />
  );
}
