import { useState } from "react";
import { Alert, Button, Flex, Segmented, Space } from "antd";
import { PlusOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router-dom";
import { useMeetings } from "../../api/meetingQueries";
import { usePerm } from "../../common/useSession";
import { ActionsPanel } from "./actions/ActionsPanel";
import { MinutesExportButton } from "./actions/MinutesExportButton";
import { MeetingFormModal } from "./MeetingFormModal";
import { meetingErrorText } from "./meetingErrorText";
import { MeetingTable } from "./MeetingTable";
import { PartiesPanel } from "./parties/PartiesPanel";

type Tab = "meetings" | "actions" | "parties";
const TABS: readonly Tab[] = ["meetings", "actions", "parties"];
const TAB_LABEL = { meetings: "meetings.tabMeetings", actions: "meetings.tabActions", parties: "meetings.tabParties" } as const;

/**
 * Coordination meetings (联席会议, /meetings): the meetings, the action items across them, and
 * the parties and estates they are held with. The tab is in the address (?tab=actions), so the
 * way back from a meeting lands where one came from.
 */
export function MeetingsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const asked = params.get("tab");
  const tab: Tab = TABS.includes(asked as Tab) ? (asked as Tab) : "meetings";
  return (
    <div data-testid="page-meetings">
      <Space direction="vertical" size={16} style={{ width: "100%" }}>
        <Segmented<Tab>
          value={tab}
          onChange={(next) => setParams(next === "meetings" ? {} : { tab: next }, { replace: true })}
          options={TABS.map((key) => ({ value: key, label: <span data-testid={`meetings-tab-${key}`}>{t(TAB_LABEL[key])}</span> }))}
        />
        {tab === "meetings" && <MeetingsList />}
        {tab === "actions" && <ActionsPanel />}
        {tab === "parties" && <PartiesPanel />}
      </Space>
    </div>
  );
}

function MeetingsList() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const meetings = useMeetings();
  const mayRun = usePerm("meeting_run");
  const [creating, setCreating] = useState(false);
  return (
    <Space direction="vertical" size={12} style={{ width: "100%" }}>
      <Flex gap={8} wrap>
        {mayRun && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="meeting-new">
            {t("meetings.new")}
          </Button>
        )}
        <div style={{ flex: 1 }} />
        <MinutesExportButton />
      </Flex>
      {meetings.isError && <Alert type="error" showIcon message={meetingErrorText(meetings.error, t)} />}
      <MeetingTable meetings={meetings.data ?? []} loading={meetings.isFetching} onOpen={(id) => navigate(`/meetings/${id}`)} />
      {creating && (
        <MeetingFormModal
          onClose={() => setCreating(false)}
          onSaved={(id) => {
            setCreating(false);
            navigate(`/meetings/${id}`);
          }}
        />
      )}
    </Space>
  );
}
