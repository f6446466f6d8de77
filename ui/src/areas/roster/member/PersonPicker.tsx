import { useState } from "react";
import { Select } from "antd";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { Person } from "../../../api/bindings";
import { useSearchPeople } from "../../../api/queries";
import { useDebounced } from "../../../common/useDebounced";

export function personLabel(p: Person, t: TFunction): string {
  const details = [p.organisation, p.phone].filter(Boolean).join(" · ");
  return details ? t("member.personOption", { name: p.name, details }) : p.name;
}

type Props = {
  value?: number;
  onChange?: (id: number, person: Person | undefined) => void;
  known: Person[];
  testId?: string;
  placeholder?: string;
  notFound?: string;
};

/** Searches people already on record (name, phone or organisation) as the user types. */
export function PersonPicker({ value, onChange, known, testId = "member-person", placeholder, notFound }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState("");
  const query = useDebounced(text.trim(), 250);
  const people = useSearchPeople(query);
  const found = people.data ?? [];
  // A person just created or picked stays selectable even when the search no longer lists them.
  const all = [...known.filter((k) => !found.some((p) => p.id === k.id)), ...found];
  return (
    <Select<number>
      showSearch
      filterOption={false}
      onSearch={setText}
      value={value}
      onChange={(id) => onChange?.(id, all.find((p) => p.id === id))}
      loading={people.isFetching}
      placeholder={placeholder ?? t("member.searchPerson")}
      notFoundContent={notFound ?? t("member.noPeopleFound")}
      options={all.map((p) => ({ value: p.id, label: personLabel(p, t) }))}
      data-testid={testId}
    />
  );
}
