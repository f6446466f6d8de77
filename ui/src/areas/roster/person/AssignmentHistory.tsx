import { useState } from "react";
import { App, Button, List, Popconfirm, Space, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { PersonAssignment } from "../../../api/bindings";
import { useArchiveAssignment } from "../../../api/queries";
import { errorText } from "../../../i18n/errorText";
import { hasEnded, termText } from "../dates";
import { EndTermModal } from "./EndTermModal";

const isPast = (a: PersonAssignment) => a.assignment.archived || hasEnded(a.assignment.endDate);

/** Current assignments first, then the past ones greyed; newest first within each. */
function ordered(assignments: PersonAssignment[]): PersonAssignment[] {
  return [...assignments].sort(
    (a, b) =>
      Number(isPast(a)) - Number(isPast(b)) || b.assignment.startDate.localeCompare(a.assignment.startDate),
  );
}

export function AssignmentHistory({ assignments, editable }: { assignments: PersonAssignment[]; editable: boolean }) {
  const { t } = useTranslation();
  const [ending, setEnding] = useState<PersonAssignment | null>(null);
  return (
    <>
      <List
        dataSource={ordered(assignments)}
        rowKey={(a) => a.assignment.id}
        locale={{ emptyText: t("person.noAssignments") }}
        data-testid="person-history"
        renderItem={(a) => <HistoryItem item={a} editable={editable} onEnd={() => setEnding(a)} />}
      />
      {ending && <EndTermModal item={ending} onClose={() => setEnding(null)} />}
    </>
  );
}

function HistoryItem({ item, editable, onEnd }: { item: PersonAssignment; editable: boolean; onEnd: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const remove = useArchiveAssignment();
  const a = item.assignment;
  const past = isPast(item);

  const confirmRemove = () =>
    remove.mutateAsync(a.id).then(
      () => void message.success(t("person.removed")),
      (err) => void message.error(errorText(err, t, "assignment")),
    );

  // Someone who may only read the roster sees the history without the controls.
  const actions = !editable || a.archived
    ? []
    : [
        <Button key="end" size="small" onClick={onEnd} data-testid={`assignment-end-${a.id}`}>
          {a.endDate ? t("person.changeEnd") : t("person.endTerm")}
        </Button>,
        <Popconfirm
          key="remove"
          title={t("person.removeTitle", { grid: item.gridName })}
          description={<div style={{ maxWidth: 300 }}>{t("person.removeText")}</div>}
          okText={t("person.remove")}
          cancelText={t("settings.cancel")}
          onConfirm={confirmRemove}
        >
          <Button size="small" loading={remove.isPending} data-testid={`assignment-remove-${a.id}`}>
            {t("person.remove")}
          </Button>
        </Popconfirm>,
      ];

  return (
    <List.Item actions={actions} data-testid={`assignment-${a.id}`} style={{ opacity: past ? 0.55 : 1 }}>
      <List.Item.Meta
        title={
          <Space size={4} wrap>
            <span>{t("person.placeLine", { community: item.communityName, grid: item.gridName })}</span>
            <Tag>{item.roleName}</Tag>
            {a.archived ? (
              <Tag>{t("person.removedTag")}</Tag>
            ) : (
              hasEnded(a.endDate) && <Tag>{t("roster.termEnded")}</Tag>
            )}
          </Space>
        }
        description={
          <>
            <Typography.Text type="secondary">{termText(a.startDate, a.endDate, t)}</Typography.Text>
            {a.duties && <div>{a.duties}</div>}
          </>
        }
      />
    </List.Item>
  );
}
