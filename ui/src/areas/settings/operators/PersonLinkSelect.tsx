import { useState } from "react";
import { Select } from "antd";
import { useTranslation } from "react-i18next";
import type { Person } from "../../../api/bindings";
import { usePerson, useSearchPeople } from "../../../api/queries";
import { useDebounced } from "../../../common/useDebounced";
import { personLabel } from "../../roster/member/PersonPicker";

type Props = { value?: number | null; onChange?: (id: number | null) => void };

/** Links an account to a person on the roster (an officer to themselves); clearable. */
export function PersonLinkSelect({ value, onChange }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState("");
  const query = useDebounced(text.trim(), 250);
  const people = useSearchPeople(query);
  // The linked person may not be among the search results: fetch them to show their name.
  const linked = usePerson(value ?? null);
  const found = people.data ?? [];
  const current: Person[] = linked.data && !found.some((p) => p.id === value) ? [linked.data.person] : [];
  return (
    <Select<number>
      showSearch
      allowClear
      filterOption={false}
      onSearch={setText}
      value={value ?? undefined}
      onChange={(id) => onChange?.(id ?? null)}
      loading={people.isFetching}
      placeholder={t("operators.personSearch")}
      notFoundContent={t("operators.personNone")}
      options={[...current, ...found].map((p) => ({ value: p.id, label: personLabel(p, t) }))}
      data-testid="operator-person"
    />
  );
}
