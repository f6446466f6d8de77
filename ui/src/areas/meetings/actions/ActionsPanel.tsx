import { useState } from "react";
import { Alert, Checkbox, Flex, Select, Space } from "antd";
import { useTranslation } from "react-i18next";
import type { ActionQuery } from "../../../api/bindings";
import { useActions, useMeetings, useParties } from "../../../api/meetingQueries";
import { useCaseCommunities } from "../../cases/useCaseCommunities";
import { meetingErrorText } from "../meetingErrorText";
import { ActionsExportButton } from "./ActionsExportButton";
import { ActionsTable } from "./ActionsTable";
import { MinutesExportButton } from "./MinutesExportButton";

const OPEN_ONLY: ActionQuery = { includeDone: false, ownerPartyId: null, communityId: null };

/** Every action item across meetings: open ones first by due day, overdue in red. */
export function ActionsPanel() {
  const { t } = useTranslation();
  const [query, setQuery] = useState<ActionQuery>(OPEN_ONLY);
  const actions = useActions(query);
  const parties = useParties();
  const meetings = useMeetings();
  const communities = useCaseCommunities();
  const change = (patch: Partial<ActionQuery>) => setQuery((q) => ({ ...q, ...patch }));
  return (
    <Space direction="vertical" size={12} style={{ width: "100%" }}>
      <Flex gap={8} wrap align="center">
        <Select<number>
          allowClear
          placeholder={t("meetingActions.allParties")}
          aria-label={t("meetingActions.party")}
          value={query.ownerPartyId ?? undefined}
          onChange={(id) => change({ ownerPartyId: id ?? null })}
          options={(parties.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
          style={{ width: 220 }}
          data-testid="actions-party-filter"
        />
        {communities.length > 1 && (
          <Select<number>
            allowClear
            placeholder={t("meetingActions.community")}
            aria-label={t("meetingActions.community")}
            value={query.communityId ?? undefined}
            onChange={(id) => change({ communityId: id ?? null })}
            options={communities.map((c) => ({ value: c.id, label: c.name }))}
            style={{ width: 160 }}
            data-testid="actions-community-filter"
          />
        )}
        <Checkbox
          checked={query.includeDone}
          onChange={(e) => change({ includeDone: e.target.checked })}
          data-testid="actions-include-done"
        >
          {t("meetingActions.includeDone")}
        </Checkbox>
        <div style={{ flex: 1 }} />
        <MinutesExportButton />
        <ActionsExportButton />
      </Flex>
      {actions.isError && <Alert type="error" showIcon message={meetingErrorText(actions.error, t)} />}
      <ActionsTable actions={actions.data ?? []} meetings={meetings.data ?? []} loading={actions.isFetching} />
    </Space>
  );
}
