import { Button, DatePicker, Flex, Select, Tag, TreeSelect } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import type { CaseSource, CaseStatus, Category, Community, Light } from "../../api/bindings";
import { formatMonthDay } from "../../i18n/format";
import { filterTree } from "./categoryOptions";
import { NO_FILTERS, hasFilters, type CaseFilters } from "./filters";
import { LIGHTS, SOURCES, STATUSES } from "./labels";

type Props = {
  filters: CaseFilters;
  onChange: (patch: Partial<CaseFilters>) => void;
  categories: Category[];
  communities: Community[];
};

const DAY = "YYYY-MM-DD";

export function CaseFilterBar({ filters, onChange, categories, communities }: Props) {
  const { t } = useTranslation();
  return (
    <Flex gap={8} wrap>
      <Select<CaseStatus[]>
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        placeholder={t("cases.statusFilter")}
        aria-label={t("cases.statusFilter")}
        value={filters.statuses}
        onChange={(statuses) => onChange({ statuses })}
        options={STATUSES.map((s) => ({ value: s, label: t(`caseStatus.${s}`) }))}
        style={{ width: 220 }}
        data-testid="case-status-filter"
      />
      <TreeSelect<number>
        allowClear
        showSearch
        treeNodeFilterProp="title"
        placeholder={t("cases.categoryFilter")}
        aria-label={t("cases.categoryFilter")}
        value={filters.categoryId ?? undefined}
        onChange={(id) => onChange({ categoryId: id ?? null })}
        treeData={filterTree(categories, t)}
        style={{ width: 200 }}
        data-testid="case-category-filter"
      />
      {communities.length > 1 && (
        <Select<number>
          allowClear
          placeholder={t("cases.communityFilter")}
          aria-label={t("cases.communityFilter")}
          value={filters.communityId ?? undefined}
          onChange={(id) => onChange({ communityId: id ?? null })}
          options={communities.map((c) => ({ value: c.id, label: c.name }))}
          style={{ width: 160 }}
          data-testid="case-community-filter"
        />
      )}
      <Select<Light>
        allowClear
        placeholder={t("cases.lightFilter")}
        aria-label={t("cases.lightFilter")}
        value={filters.light ?? undefined}
        onChange={(light) => onChange({ light: light ?? null })}
        options={LIGHTS.map((l) => ({ value: l, label: t(`caseLight.${l}`) }))}
        style={{ width: 140 }}
        data-testid="case-light-filter"
      />
      <Select<CaseSource>
        allowClear
        placeholder={t("cases.sourceFilter")}
        aria-label={t("cases.sourceFilter")}
        value={filters.source ?? undefined}
        onChange={(source) => onChange({ source: source ?? null })}
        options={SOURCES.map((s) => ({ value: s, label: t(`caseSource.${s}`) }))}
        style={{ width: 150 }}
        data-testid="case-source-filter"
      />
      <DatePicker.RangePicker
        allowEmpty={[true, true]}
        placeholder={[t("cases.fromDate"), t("cases.toDate")]}
        value={[filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]}
        onChange={(range) => onChange({ from: range?.[0]?.format(DAY) ?? null, to: range?.[1]?.format(DAY) ?? null })}
        data-testid="case-date-filter"
      />
      {/* Only Today's "due today" link sets it; shown so it can be seen and taken off. */}
      {filters.dueOn && (
        <Tag
          closable
          color="orange"
          onClose={() => onChange({ dueOn: null })}
          style={{ alignSelf: "center", fontSize: 14, padding: "4px 8px" }}
          data-testid="case-due-filter"
        >
          {t("cases.dueOnFilter", { date: formatMonthDay(filters.dueOn) })}
        </Tag>
      )}
      {hasFilters(filters) && (
        <Button onClick={() => onChange({ ...NO_FILTERS, sort: filters.sort })} data-testid="case-clear-filters">
          {t("cases.clearFilters")}
        </Button>
      )}
    </Flex>
  );
}
