import { Button, Flex, Input, Segmented, Select } from "antd";
import { PlusOutlined, SearchOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import type { Community, Role } from "../../api/bindings";
import { usePerm } from "../../common/useSession";
import { BoardButton } from "./board/BoardButton";
import { ExportButton } from "./transfer/ExportButton";
import { ImportButton } from "./transfer/ImportButton";
import { TemplateHintLink } from "./transfer/TemplateHint";

export type RosterFilters = { communityId: number | null; text: string; roleId: number | null; party: string };

type Props = {
  communities: Community[];
  roles: Role[];
  parties: string[];
  filters: RosterFilters;
  onChange: (filters: RosterFilters) => void;
  onAddGrid: () => void;
};

const ALL = "all";

export function RosterToolbar({ communities, roles, parties, filters, onChange, onAddGrid }: Props) {
  const { t } = useTranslation();
  const canEdit = usePerm("roster_edit");
  const set = (patch: Partial<RosterFilters>) => onChange({ ...filters, ...patch });
  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap align="center">
        <Segmented<number | typeof ALL>
          value={filters.communityId ?? ALL}
          onChange={(value) => set({ communityId: value === ALL ? null : value })}
          options={[
            { value: ALL, label: <span data-testid="roster-community-all">{t("roster.allCommunities")}</span> },
            ...communities.map((c) => ({ value: c.id, label: <span data-testid={`roster-community-${c.id}`}>{c.name}</span> })),
          ]}
        />
        <div style={{ flex: 1 }} />
        {canEdit && (
          <>
            <Button type="primary" icon={<PlusOutlined />} onClick={onAddGrid} data-testid="grid-add">
              {t("roster.addGrid")}
            </Button>
            <ImportButton />
          </>
        )}
        <ExportButton />
        <TemplateHintLink />
        <BoardButton communityId={filters.communityId} communities={communities} />
      </Flex>
      <Flex gap={8} wrap>
        <Input
          allowClear
          prefix={<SearchOutlined />}
          placeholder={t("roster.searchPlaceholder")}
          aria-label={t("roster.searchPlaceholder")}
          value={filters.text}
          onChange={(e) => set({ text: e.target.value })}
          style={{ width: 280 }}
          data-testid="roster-search"
        />
        <Select<number>
          allowClear
          placeholder={t("roster.roleFilter")}
          aria-label={t("roster.roleFilter")}
          value={filters.roleId ?? undefined}
          onChange={(value) => set({ roleId: value ?? null })}
          options={roles.map((r) => ({ value: r.id, label: r.isCore ? t("roster.coreRoleOption", { name: r.name }) : r.name }))}
          style={{ width: 180 }}
          data-testid="roster-role-filter"
        />
        <Select<string>
          allowClear
          placeholder={t("roster.partyFilter")}
          aria-label={t("roster.partyFilter")}
          value={filters.party || undefined}
          onChange={(value) => set({ party: value ?? "" })}
          options={parties.map((p) => ({ value: p, label: p }))}
          style={{ width: 160 }}
          data-testid="roster-party-filter"
        />
      </Flex>
    </Flex>
  );
}
