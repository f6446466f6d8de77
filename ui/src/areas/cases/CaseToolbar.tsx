import { Button, Flex, Input, Select, Typography } from "antd";
import { PlusOutlined, SearchOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import type { CaseSort } from "../../api/bindings";
import { SavedFilters } from "../../common/SavedFilters";
import { usePerm } from "../../common/useSession";
import { CaseExportButton } from "./CaseExportButton";
import { hasFilters, NO_FILTERS, type CaseFilters } from "./filters";

type Props = { filters: CaseFilters; onChange: (patch: Partial<CaseFilters>) => void; searchError: string | null };

const SORTS: CaseSort[] = ["newest", "oldest", "due", "updated"];

export function CaseToolbar({ filters, onChange, searchError }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canIntake = usePerm("case_intake");
  return (
    <Flex gap={8} wrap align="start">
      <div>
        <Input
          allowClear
          autoFocus
          prefix={<SearchOutlined />}
          placeholder={t("cases.searchPlaceholder")}
          aria-label={t("cases.searchPlaceholder")}
          value={filters.text}
          onChange={(e) => onChange({ text: e.target.value })}
          status={searchError ? "error" : undefined}
          style={{ width: 320 }}
          data-testid="case-search"
        />
        {searchError && (
          <Typography.Text type="danger" style={{ display: "block", fontSize: 12 }} data-testid="case-search-error">
            {searchError}
          </Typography.Text>
        )}
      </div>
      <Select<CaseSort>
        value={filters.sort}
        onChange={(sort) => onChange({ sort })}
        aria-label={t("cases.sort")}
        options={SORTS.map((s) => ({ value: s, label: t(`cases.sortBy.${s}`) }))}
        style={{ width: 160 }}
        data-testid="case-sort"
      />
      {/* A full set of filters as the patch: applying replaces them all, from the first page. */}
      <SavedFilters area="cases" current={filters} defaults={NO_FILTERS} isEmpty={!hasFilters(filters)} onApply={onChange} />
      <div style={{ flex: 1 }} />
      {canIntake && (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate("/cases/new")} data-testid="case-new">
          {t("cases.new")}
        </Button>
      )}
      <CaseExportButton />
    </Flex>
  );
}
