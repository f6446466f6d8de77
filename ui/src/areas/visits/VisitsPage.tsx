import { useState } from "react";
import { Alert, Space } from "antd";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router-dom";
import { useVisits } from "../../api/deskQueries";
import { useDebounced } from "../../common/useDebounced";
import { useCaseCommunities } from "../cases/useCaseCommunities";
import { deskErrorText } from "./deskErrorText";
import { toVisitQuery, useVisitListState, type VisitFilters } from "./filters";
import { VisitCaseModal } from "./VisitCaseModal";
import { VisitDrawer } from "./VisitDrawer";
import { VisitIntake } from "./VisitIntake";
import { VisitTable } from "./VisitTable";
import { VisitToolbar } from "./VisitToolbar";

/**
 * The visit log (接待记录, /visits): search and page through walk-ins and calls. The open visit
 * is in the address (?visit=12), so Today can link straight to one.
 */
export function VisitsPage() {
  const { t } = useTranslation();
  const [state, setState] = useVisitListState();
  const text = useDebounced(state.filters.text, 300);
  const visits = useVisits(toVisitQuery(state, text));
  const communities = useCaseCommunities();
  const [params, setParams] = useSearchParams();
  const openId = Number(params.get("visit")) || null;
  const [logging, setLogging] = useState(false);
  const [caseFor, setCaseFor] = useState<number | null>(null);
  // Any new filter starts again from the first page.
  const change = (patch: Partial<VisitFilters>) => setState((s) => ({ ...s, filters: { ...s.filters, ...patch }, page: 0 }));
  const err = visits.error;
  const searchError = err?.code === "VALIDATION" && err.field === "text" ? deskErrorText(err, t) : null;

  return (
    <div data-testid="page-visits">
      <Space direction="vertical" size={12} style={{ width: "100%" }}>
        <VisitToolbar
          filters={state.filters}
          onChange={change}
          communities={communities}
          searchError={searchError}
          onNew={() => setLogging(true)}
        />
        {err && !searchError && <Alert type="error" showIcon message={deskErrorText(err, t)} />}
        <VisitTable
          data={visits.data}
          loading={visits.isFetching}
          page={state.page}
          pageSize={state.pageSize}
          onPage={(page, pageSize) => setState((s) => ({ ...s, page, pageSize }))}
          onOpen={(id) => setParams({ visit: String(id) })}
          onMakeCase={setCaseFor}
        />
      </Space>
      {openId !== null && (
        <VisitDrawer id={openId} onClose={() => setParams({}, { replace: true })} onMakeCase={setCaseFor} />
      )}
      {logging && <VisitIntake onClose={() => setLogging(false)} />}
      {caseFor !== null && <VisitCaseModal visitId={caseFor} onClose={() => setCaseFor(null)} />}
    </div>
  );
}
