import { Button, Checkbox, DatePicker, Flex, Input, Select, Typography } from "antd";
import { PlusOutlined, SearchOutlined } from "@ant-design/icons";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import type { Community, Handling } from "../../api/bindings";
import { SavedFilters } from "../../common/SavedFilters";
import { usePerm } from "../../common/useSession";
import { hasVisitFilters, NO_VISIT_FILTERS, type VisitFilters } from "./filters";
import { HANDLINGS } from "./labels";
import { VisitExportButton } from "./VisitExportButton";

type Props = {
  filters: VisitFilters;
  onChange: (patch: Partial<VisitFilters>) => void;
  communities: Community[];
  searchError: string | null;
  onNew: () => void;
};

const DAY = "YYYY-MM-DD";

export function VisitToolbar({ filters, onChange, communities, searchError, onNew }: Props) {
  const { t } = useTranslation();
  const mayLog = usePerm("visit_log");
  return (
    <Flex gap={8} wrap align="start">
      <div>
        <Input
          allowClear
          autoFocus
          prefix={<SearchOutlined />}
          placeholder={t("visits.searchPlaceholder")}
          aria-label={t("visits.searchPlaceholder")}
          value={filters.text}
          onChange={(e) => onChange({ text: e.target.value })}
          status={searchError ? "error" : undefined}
          style={{ width: 280 }}
          data-testid="visit-search"
        />
        {searchError && (
          <Typography.Text type="danger" style={{ display: "block", fontSize: 12 }} data-testid="visit-search-error">
            {searchError}
          </Typography.Text>
        )}
      </div>
      <Select<Handling>
        allowClear
        placeholder={t("visits.handlingFilter")}
        aria-label={t("visits.handlingFilter")}
        value={filters.handling ?? undefined}
        onChange={(handling) => onChange({ handling: handling ?? null })}
        options={HANDLINGS.map((h) => ({ value: h, label: t(`visitHandling.${h}`) }))}
        style={{ width: 140 }}
        data-testid="visit-handling-filter"
      />
      {communities.length > 1 && (
        <Select<number>
          allowClear
          placeholder={t("visits.communityFilter")}
          aria-label={t("visits.communityFilter")}
          value={filters.communityId ?? undefined}
          onChange={(id) => onChange({ communityId: id ?? null })}
          options={communities.map((c) => ({ value: c.id, label: c.name }))}
          style={{ width: 150 }}
          data-testid="visit-community-filter"
        />
      )}
      <DatePicker.RangePicker
        allowEmpty={[true, true]}
        placeholder={[t("visits.fromDate"), t("visits.toDate")]}
        value={[filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]}
        onChange={(range) => onChange({ from: range?.[0]?.format(DAY) ?? null, to: range?.[1]?.format(DAY) ?? null })}
        data-testid="visit-date-filter"
      />
      <Checkbox
        checked={filters.includeArchived}
        onChange={(e) => onChange({ includeArchived: e.target.checked })}
        style={{ alignSelf: "center" }}
        data-testid="visit-include-archived"
      >
        {t("visits.includeArchived")}
      </Checkbox>
      {hasVisitFilters(filters) && (
        <Button onClick={() => onChange(NO_VISIT_FILTERS)} data-testid="visit-clear-filters">
          {t("visits.clearFilters")}
        </Button>
      )}
      {/* A full set of filters as the patch: applying replaces them all, from the first page. */}
      <SavedFilters
        area="visits"
        current={filters}
        defaults={NO_VISIT_FILTERS}
        isEmpty={!hasVisitFilters(filters)}
        onApply={onChange}
      />
      <div style={{ flex: 1 }} />
      {mayLog && (
        <Button type="primary" icon={<PlusOutlined />} onClick={onNew} data-testid="visit-new">
          {t("visits.new")}
        </Button>
      )}
      <VisitExportButton />
    </Flex>
  );
}
