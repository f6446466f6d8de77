import { useMemo, useState } from "react";
import { Alert, Button, Col, Empty, Flex, Row, Skeleton, Space, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { Grid, GridRoster, Roster } from "../../api/bindings";
import { useRoster, useWorkstation } from "../../api/queries";
import { useDebounced } from "../../common/useDebounced";
import { usePerm } from "../../common/useSession";
import { errorText } from "../../i18n/errorText";
import { AddMemberModal } from "./member/AddMemberModal";
import { GapSummary } from "./GapSummary";
import { GridCard } from "./GridCard";
import { GridFormModal } from "./GridFormModal";
import { PersonDrawer } from "./person/PersonDrawer";
import { RosterToolbar, type RosterFilters } from "./RosterToolbar";
import { ImportButton } from "./transfer/ImportButton";

const NO_FILTERS: RosterFilters = { communityId: null, text: "", roleId: null, party: "" };

/** The "2+N" roster: per community, per grid, the 2 core members and the N forces, with gaps shown. */
export function RosterPage() {
  const { t } = useTranslation();
  const workstation = useWorkstation();
  const communities = useMemo(() => workstation.data?.communities.filter((c) => !c.archived) ?? [], [workstation.data]);
  const [filters, setFilters] = useState<RosterFilters>(NO_FILTERS);
  const text = useDebounced(filters.text.trim(), 250);
  const roster = useRoster({ ...filters, text });
  const [gridForm, setGridForm] = useState<{ grid: Grid | null } | null>(null);
  const [addTo, setAddTo] = useState<GridRoster | null>(null);
  const [personId, setPersonId] = useState<number | null>(null);
  const filtering = text !== "" || filters.roleId !== null || filters.party !== "";

  return (
    <div data-testid="page-roster">
      <Space direction="vertical" size={16} style={{ width: "100%" }}>
        <RosterToolbar
          communities={communities}
          roles={roster.data?.roles.filter((r) => !r.archived) ?? []}
          parties={roster.data?.parties ?? []}
          filters={filters}
          onChange={setFilters}
          onAddGrid={() => setGridForm({ grid: null })}
        />
        {roster.isError && <Alert type="error" showIcon message={errorText(roster.error, t)} />}
        {roster.isPending && <Skeleton active />}
        {roster.data && (
          <RosterBody
            roster={roster.data}
            filtering={filtering}
            onClearFilters={() => setFilters({ ...NO_FILTERS, communityId: filters.communityId })}
            onAddGrid={() => setGridForm({ grid: null })}
            onEditGrid={(grid) => setGridForm({ grid })}
            onAddMember={setAddTo}
            onOpenPerson={setPersonId}
          />
        )}
      </Space>
      {gridForm && (
        <GridFormModal
          grid={gridForm.grid}
          communities={communities}
          defaultCommunityId={filters.communityId ?? (communities.length === 1 ? communities[0].id : null)}
          onClose={() => setGridForm(null)}
        />
      )}
      {addTo && roster.data && (
        <AddMemberModal grid={addTo} roles={roster.data.roles.filter((r) => !r.archived)} onClose={() => setAddTo(null)} />
      )}
      <PersonDrawer personId={personId} onClose={() => setPersonId(null)} />
    </div>
  );
}

type BodyProps = {
  roster: Roster;
  filtering: boolean;
  onClearFilters: () => void;
  onAddGrid: () => void;
  onEditGrid: (grid: Grid) => void;
  onAddMember: (grid: GridRoster) => void;
  onOpenPerson: (personId: number) => void;
};

function RosterBody({ roster, filtering, onClearFilters, onAddGrid, onEditGrid, onAddMember, onOpenPerson }: BodyProps) {
  const { t } = useTranslation();
  const canEdit = usePerm("roster_edit");
  const gridCount = roster.communities.reduce((n, c) => n + c.grids.length, 0);

  if (gridCount === 0 && filtering) {
    return (
      <Empty description={t("roster.noMatch")} data-testid="roster-no-match">
        <Button onClick={onClearFilters}>{t("roster.clearFilters")}</Button>
      </Empty>
    );
  }
  if (gridCount === 0) {
    return (
      <Empty
        data-testid="roster-empty"
        description={
          <div style={{ maxWidth: 520, margin: "0 auto" }}>
            <Typography.Paragraph strong>{t("roster.emptyTitle")}</Typography.Paragraph>
            {/* The help names buttons only an editor has. */}
            <Typography.Paragraph type="secondary">{canEdit ? t("roster.emptyHelp") : t("roster.emptyReadOnly")}</Typography.Paragraph>
          </div>
        }
      >
        {canEdit && (
          <Space>
            <Button type="primary" onClick={onAddGrid}>
              {t("roster.addGrid")}
            </Button>
            <ImportButton testId="roster-empty-import" />
          </Space>
        )}
      </Empty>
    );
  }
  return (
    <Space direction="vertical" size={16} style={{ width: "100%" }}>
      <GapSummary roster={roster} />
      {roster.communities.map((c) => (
        <section key={c.communityId} data-testid={`community-section-${c.communityId}`}>
          <Flex align="baseline" gap={8} style={{ marginBottom: 8 }}>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {c.communityName}
            </Typography.Title>
            <Typography.Text type="secondary">{t("roster.gridCount", { count: c.grids.length })}</Typography.Text>
          </Flex>
          {c.grids.length === 0 && <Typography.Text type="secondary">{t("roster.communityNoGrids")}</Typography.Text>}
          <Row gutter={[16, 16]}>
            {c.grids.map((g) => (
              <Col key={g.grid.id} xs={24} xxl={12}>
                <GridCard
                  roster={g}
                  onEdit={() => onEditGrid(g.grid)}
                  onAddMember={() => onAddMember(g)}
                  onOpenPerson={onOpenPerson}
                />
              </Col>
            ))}
          </Row>
        </section>
      ))}
    </Space>
  );
}
