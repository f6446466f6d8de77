import type { HTMLAttributes } from "react";
import { Button, Flex, Table } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useTranslation } from "react-i18next";
import type { Party } from "../../../api/bindings";
import { useArchiveParty } from "../../../api/meetingQueries";
import { useWorkstation } from "../../../api/queries";
import { usePerm } from "../../../common/useSession";
import { ArchiveButton } from "./ArchiveButton";

type Props = { parties: Party[]; loading: boolean; onEdit: (party: Party) => void };

export function PartyTable({ parties, loading, onEdit }: Props) {
  const { t } = useTranslation();
  const mayRun = usePerm("meeting_run");
  const archive = useArchiveParty();
  const workstation = useWorkstation();
  const communityName = (id: number | null) =>
    id === null ? t("meetingParties.anyCommunity") : (workstation.data?.communities.find((c) => c.id === id)?.name ?? "");
  const columns: ColumnsType<Party> = [
    { key: "kind", title: t("meetingParties.kind"), width: 120, render: (_, p) => t(`partyKind.${p.kind}`) },
    { key: "name", title: t("meetingFields.name"), dataIndex: "name" },
    { key: "community", title: t("meetingFields.communityId"), width: 140, render: (_, p) => communityName(p.communityId) },
    { key: "contact", title: t("meetingFields.contactName"), width: 120, dataIndex: "contactName" },
    { key: "phone", title: t("meetingFields.contactPhone"), width: 150, dataIndex: "contactPhone" },
  ];
  if (mayRun) {
    columns.push({
      key: "edit",
      width: 140,
      render: (_, p) => (
        <Flex gap={4}>
          <Button size="small" type="link" onClick={() => onEdit(p)} data-testid={`party-edit-${p.id}`}>
            {t("meetingParties.edit")}
          </Button>
          <ArchiveButton id={p.id} name={p.name} archive={archive} testId={`party-archive-${p.id}`} />
        </Flex>
      ),
    });
  }
  return (
    <Table<Party>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={parties}
      loading={loading}
      pagination={false}
      locale={{ emptyText: t("meetingParties.emptyParties") }}
      onRow={(p) => ({ "data-testid": `party-row-${p.id}` }) as HTMLAttributes<HTMLElement>}
    />
  );
}
