import type { HTMLAttributes } from "react";
import { Button, Flex, Table } from "antd";
import type { ColumnsType } from "antd/es/table";
import { useTranslation } from "react-i18next";
import type { Estate } from "../../../api/bindings";
import { useArchiveEstate } from "../../../api/meetingQueries";
import { usePerm } from "../../../common/useSession";
import { ArchiveButton } from "./ArchiveButton";

type Props = { estates: Estate[]; loading: boolean; onEdit: (estate: Estate) => void };

export function EstateTable({ estates, loading, onEdit }: Props) {
  const { t } = useTranslation();
  const mayRun = usePerm("meeting_run");
  const archive = useArchiveEstate();
  const none = t("meetingParties.none");
  const columns: ColumnsType<Estate> = [
    { key: "name", title: t("meetingFields.name"), dataIndex: "name", width: 160 },
    { key: "community", title: t("meetingFields.communityId"), dataIndex: "communityName", width: 120 },
    { key: "address", title: t("meetingFields.address"), render: (_, e) => e.address || none },
    { key: "property", title: t("meetingFields.propertyPartyId"), width: 180, render: (_, e) => e.propertyPartyName ?? none },
    { key: "owners", title: t("meetingFields.ownersPartyId"), width: 180, render: (_, e) => e.ownersPartyName ?? none },
  ];
  if (mayRun) {
    columns.push({
      key: "edit",
      width: 140,
      render: (_, e) => (
        <Flex gap={4}>
          <Button size="small" type="link" onClick={() => onEdit(e)} data-testid={`estate-edit-${e.id}`}>
            {t("meetingParties.edit")}
          </Button>
          <ArchiveButton id={e.id} name={e.name} archive={archive} testId={`estate-archive-${e.id}`} />
        </Flex>
      ),
    });
  }
  return (
    <Table<Estate>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={estates}
      loading={loading}
      pagination={false}
      locale={{ emptyText: t("meetingParties.emptyEstates") }}
      onRow={(e) => ({ "data-testid": `estate-row-${e.id}` }) as HTMLAttributes<HTMLElement>}
    />
  );
}
