import { useState } from "react";
import { Alert, Button, Card, Space } from "antd";
import { PlusOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import type { Estate, Party } from "../../../api/bindings";
import { useEstates, useParties } from "../../../api/meetingQueries";
import { usePerm } from "../../../common/useSession";
import { meetingErrorText } from "../meetingErrorText";
import { EstateFormModal } from "./EstateFormModal";
import { EstateTable } from "./EstateTable";
import { PartyFormModal } from "./PartyFormModal";
import { PartyTable } from "./PartyTable";

/** The meetings' counterparts: property companies, committees, and the estates they look after. */
export function PartiesPanel() {
  const { t } = useTranslation();
  const mayRun = usePerm("meeting_run");
  const parties = useParties();
  const estates = useEstates();
  // undefined: closed; null: a new one; a record: editing it.
  const [party, setParty] = useState<Party | null | undefined>(undefined);
  const [estate, setEstate] = useState<Estate | null | undefined>(undefined);
  const error = parties.error ?? estates.error;
  return (
    <Space direction="vertical" size={16} style={{ width: "100%" }}>
      {error && <Alert type="error" showIcon message={meetingErrorText(error, t)} />}
      <Card
        size="small"
        title={t("meetingParties.parties")}
        extra={
          mayRun && (
            <Button icon={<PlusOutlined />} onClick={() => setParty(null)} data-testid="party-new">
              {t("meetingParties.newParty")}
            </Button>
          )
        }
      >
        <PartyTable parties={parties.data ?? []} loading={parties.isFetching} onEdit={setParty} />
      </Card>
      <Card
        size="small"
        title={t("meetingParties.estates")}
        extra={
          mayRun && (
            <Button icon={<PlusOutlined />} onClick={() => setEstate(null)} data-testid="estate-new">
              {t("meetingParties.newEstate")}
            </Button>
          )
        }
      >
        <EstateTable estates={estates.data ?? []} loading={estates.isFetching} onEdit={setEstate} />
      </Card>
      {party !== undefined && <PartyFormModal party={party} onClose={() => setParty(undefined)} />}
      {estate !== undefined && <EstateFormModal estate={estate} parties={parties.data ?? []} onClose={() => setEstate(undefined)} />}
    </Space>
  );
}
