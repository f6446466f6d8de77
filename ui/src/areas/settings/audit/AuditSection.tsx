import { useState } from "react";
import { Alert, Card, Flex, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useAudit } from "../../../api/accessQueries";
import { errorText } from "../../../i18n/errorText";
import { AuditFilters, type AuditFilter } from "./AuditFilters";
import { AuditTable } from "./AuditTable";
import { AuditVerify } from "./AuditVerify";

const NO_FILTER: AuditFilter = { actor: null, area: null, from: null, to: null };

/** The administrator's view of who changed what, and whether the records are still intact. */
export function AuditSection() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<AuditFilter>(NO_FILTER);
  const [paging, setPaging] = useState({ page: 0, pageSize: 10 });
  const audit = useAudit({ ...filter, ...paging });

  // A new filter starts from the first page: the old page number may not exist any more.
  const filterBy = (next: AuditFilter) => {
    setFilter(next);
    setPaging((p) => ({ ...p, page: 0 }));
  };

  return (
    <Card title={t("audit.title")} data-testid="audit-section">
      <Typography.Paragraph type="secondary">{t("audit.help")}</Typography.Paragraph>
      <Flex vertical gap={12}>
        <AuditVerify />
        <AuditFilters value={filter} actors={audit.data?.actors ?? []} onChange={filterBy} />
        {audit.isError && <Alert type="error" showIcon message={errorText(audit.error, t)} />}
        <AuditTable
          page={audit.data}
          loading={audit.isFetching}
          current={paging.page}
          pageSize={paging.pageSize}
          onPage={(page, pageSize) => setPaging({ page, pageSize })}
        />
      </Flex>
    </Card>
  );
}
