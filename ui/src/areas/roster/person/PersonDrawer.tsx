import { useState } from "react";
import { Alert, App, Button, Descriptions, Divider, Drawer, Flex, Popconfirm, Skeleton, Tag, Typography } from "antd";
import { EditOutlined, InboxOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import type { PersonDetail } from "../../../api/bindings";
import { useArchivePerson, usePerson } from "../../../api/queries";
import { usePerm } from "../../../common/useSession";
import { errorText } from "../../../i18n/errorText";
import { MemberAvatar } from "../MemberAvatar";
import { AssignmentHistory } from "./AssignmentHistory";
import { PersonEditForm } from "./PersonEditForm";
import { PhotoControls } from "./PhotoControls";

/** A person: details, photo, edit, and every assignment they held, past and present. */
export function PersonDrawer({ personId, onClose }: { personId: number | null; onClose: () => void }) {
  const { t } = useTranslation();
  const detail = usePerson(personId);
  return (
    <Drawer open={personId !== null} onClose={onClose} width={580} title={detail.data?.person.name ?? t("person.title")}>
      <div data-testid="person-drawer">
        {detail.isError && <Alert type="error" showIcon message={errorText(detail.error, t)} />}
        {detail.isPending && personId !== null && <Skeleton active />}
        {detail.data && <PersonView key={detail.data.person.id} detail={detail.data} onArchived={onClose} />}
      </div>
    </Drawer>
  );
}

function PersonView({ detail, onArchived }: { detail: PersonDetail; onArchived: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [editing, setEditing] = useState(false);
  const archive = useArchivePerson();
  const { person, assignments } = detail;
  // Someone who may only read the roster sees the person as it is, without the editing controls.
  const canEdit = usePerm("roster_edit");
  const editable = canEdit && !person.archived;
  const orEmpty = (value: string) => value || <Typography.Text type="secondary">{t("today.empty")}</Typography.Text>;

  const confirmArchive = () =>
    archive.mutateAsync(person.id).then(
      () => {
        void message.success(t("person.archived"));
        onArchived();
      },
      (err) => void message.error(errorText(err, t, "person")),
    );

  return (
    <>
      <Flex gap={16} align="center" style={{ marginBottom: 16 }}>
        <MemberAvatar name={person.name} photo={person.photo} size={80} />
        <Flex vertical gap={8}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {person.name} {person.archived && <Tag>{t("settings.archived")}</Tag>}
          </Typography.Title>
          {editable && <PhotoControls person={person} />}
        </Flex>
      </Flex>
      {editing ? (
        <PersonEditForm person={person} onDone={() => setEditing(false)} />
      ) : (
        <>
          <Descriptions column={1} size="small" data-testid="person-details">
            <Descriptions.Item label={t("rosterFields.organisation")}>{orEmpty(person.organisation)}</Descriptions.Item>
            <Descriptions.Item label={t("rosterFields.party")}>{orEmpty(person.party)}</Descriptions.Item>
            <Descriptions.Item label={t("rosterFields.phone")}>{orEmpty(person.phone)}</Descriptions.Item>
            <Descriptions.Item label={t("rosterFields.notes")}>{orEmpty(person.notes)}</Descriptions.Item>
          </Descriptions>
          {editable && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)} style={{ marginTop: 8 }} data-testid="person-edit">
              {t("person.edit")}
            </Button>
          )}
        </>
      )}
      <Divider orientation="left">{t("person.historyTitle")}</Divider>
      <AssignmentHistory assignments={assignments} editable={canEdit} />
      {editable && (
        <>
          <Divider />
          <Typography.Paragraph type="secondary">{t("person.archiveHelp")}</Typography.Paragraph>
          <Popconfirm
            title={t("person.archiveTitle", { name: person.name })}
            description={<div style={{ maxWidth: 320 }}>{t("person.archiveText")}</div>}
            okText={t("settings.archiveOk")}
            cancelText={t("settings.cancel")}
            onConfirm={confirmArchive}
          >
            <Button danger icon={<InboxOutlined />} loading={archive.isPending} data-testid="person-archive">
              {t("person.archive")}
            </Button>
          </Popconfirm>
        </>
      )}
    </>
  );
}
