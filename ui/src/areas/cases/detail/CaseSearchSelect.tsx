import { useState } from "react";
import { Select } from "antd";
import { useTranslation } from "react-i18next";
import { useCases } from "../../../api/caseQueries";
import { useDebounced } from "../../../common/useDebounced";
import { NO_FILTERS, toQuery } from "../filters";

type Props = { value?: number; onChange?: (id: number) => void; exclude: number; testId: string };

/** Finds another case by number, title or address; before typing it offers the newest ones. */
export function CaseSearchSelect({ value, onChange, exclude, testId }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState("");
  const settled = useDebounced(text.trim(), 300);
  const found = useCases(toQuery({ filters: NO_FILTERS, page: 0, pageSize: 20 }, settled));
  const options = (found.data?.cases ?? [])
    .filter((c) => c.id !== exclude)
    .map((c) => ({ value: c.id, label: `${c.number} ${c.title}` }));
  return (
    <Select<number>
      showSearch
      filterOption={false}
      onSearch={setText}
      value={value}
      onChange={(id) => onChange?.(id)}
      loading={found.isFetching}
      placeholder={t("stepForm.duplicateSearch")}
      notFoundContent={t("stepForm.noCaseFound")}
      options={options}
      data-testid={testId}
    />
  );
}
