import { useState } from "react";
import { Select } from "antd";
import { useTranslation } from "react-i18next";
import { useCases } from "../../../api/caseQueries";
import { useDebounced } from "../../../common/useDebounced";
import { NO_FILTERS, toQuery } from "../../cases/filters";

type Props = { communityId: number; value?: number[]; onChange?: (ids: number[]) => void };

/** Several cases of one community, found by number, title or address; picked ones keep their label. */
export function CasePickSelect({ communityId, value, onChange }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState("");
  const [known, setKnown] = useState<Map<number, string>>(new Map());
  const settled = useDebounced(text.trim(), 300);
  const found = useCases(toQuery({ filters: { ...NO_FILTERS, communityId, sort: "due" }, page: 0, pageSize: 20 }, settled));
  const results = (found.data?.cases ?? []).map((c) => ({ value: c.id, label: `${c.number} ${c.title}` }));
  const picked = (value ?? []).filter((id) => !results.some((r) => r.value === id)).map((id) => ({ value: id, label: known.get(id) ?? String(id) }));
  return (
    <Select<number[]>
      mode="multiple"
      showSearch
      filterOption={false}
      onSearch={setText}
      value={value}
      onChange={(ids) => {
        const labels = new Map(known);
        for (const r of results) if (ids.includes(r.value)) labels.set(r.value, r.label);
        setKnown(labels);
        onChange?.(ids);
      }}
      loading={found.isFetching}
      placeholder={t("agenda.pullSearch")}
      notFoundContent={t("stepForm.noCaseFound")}
      options={[...picked, ...results]}
      data-testid="pull-cases"
    />
  );
}
