import { Alert, Space } from "antd";
import { useTranslation } from "react-i18next";
import { useCaseCategories, useCases } from "../../api/caseQueries";
import { useDebounced } from "../../common/useDebounced";
import { CaseFilterBar } from "./CaseFilterBar";
import { caseErrorText } from "./caseErrorText";
import { CaseTable } from "./CaseTable";
import { CaseToolbar } from "./CaseToolbar";
import { toQuery, useListState, type CaseFilters } from "./filters";
import { useCaseCommunities } from "./useCaseCommunities";

/** The case register (案件台账): search, filter and page through cases; a row opens the case. */
export function CasesPage() {
  const { t } = useTranslation();
  const [state, setState] = useListState();
  const text = useDebounced(state.filters.text, 300);
  const cases = useCases(toQuery(state, text));
  const categories = useCaseCategories();
  const communities = useCaseCommunities();
  // Any new filter starts again from the first page: page 7 of the old result means nothing.
  const change = (patch: Partial<CaseFilters>) => setState((s) => ({ ...s, filters: { ...s.filters, ...patch }, page: 0 }));
  const err = cases.error;
  const searchError = err?.code === "VALIDATION" && err.field === "text" ? caseErrorText(err, t) : null;

  return (
    <div data-testid="page-cases">
      <Space direction="vertical" size={12} style={{ width: "100%" }}>
        <CaseToolbar filters={state.filters} onChange={change} searchError={searchError} />
        <CaseFilterBar
          filters={state.filters}
          onChange={change}
          categories={categories.data ?? []}
          communities={communities}
        />
        {err && !searchError && <Alert type="error" showIcon message={caseErrorText(err, t)} />}
        <CaseTable
          data={cases.data}
          loading={cases.isFetching}
          page={state.page}
          pageSize={state.pageSize}
          onPage={(page, pageSize) => setState((s) => ({ ...s, page, pageSize }))}
        />
      </Space>
    </div>
  );
}
