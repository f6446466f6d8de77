import { usePerm } from "../../../common/useSession";
import { App, Button, Card, Empty, List, Popconfirm, Typography } from "antd";
import { UndoOutlined } from "@ant-design/icons";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { AppError, LeaveView, OverrideView } from "../../../api/bindings";
import { useArchiveDutyOverride, useArchiveLeave } from "../../../api/queries";
import { errorText } from "../../../i18n/errorText";
import { formatDateTime, formatMonthDay } from "../../../i18n/format";
import type { NameLookup } from "../problemText";
import { timeRange } from "../labels";
import { useNameLookup } from "../useNames";

function overrideText(v: OverrideView, t: TFunction, names: NameLookup): string {
  const o = v.override;
  const community = o.communityId !== null ? names.communityName(o.communityId) : null;
  const place = community ? t("duty.adhocIn", { community }) : t("duty.adhocName");
  const shift = (o.ruleId !== null ? names.ruleName(o.ruleId) : null) ?? `${place} ${timeRange(o)}`;
  const vars = { date: formatMonthDay(o.date), person: v.personName, replacement: v.replacementName ?? "", shift };
  return t(`dutyChanges.${o.kind}`, vars);
}

/** The period's adjustments and leave: who changed what, when and why; each can be undone. */
export function ChangesList({ overrides, leaves }: { overrides: OverrideView[]; leaves: LeaveView[] }) {
  const { t } = useTranslation();
  const names = useNameLookup();
  const empty = overrides.length === 0 && leaves.length === 0;
  return (
    <Card size="small" title={t("dutyChanges.title")} data-testid="duty-changes">
      {empty && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("dutyChanges.empty")} />}
      {!empty && (
        <List size="small">
          {leaves.map((l) => (
            <List.Item
              key={`leave-${l.leave.id}`}
              data-testid={`duty-leave-${l.leave.id}`}
              actions={[<UndoLeave key="undo" id={l.leave.id} />]}
            >
              <List.Item.Meta
                title={t("dutyChanges.leave", {
                  person: l.name,
                  from: formatMonthDay(l.leave.from),
                  to: formatMonthDay(l.leave.to),
                })}
                description={l.reason ? t("dutyChanges.reason", { reason: l.reason }) : t("dutyChanges.noReason")}
              />
            </List.Item>
          ))}
          {overrides.map((o) => (
            <List.Item
              key={`override-${o.override.id}`}
              data-testid={`duty-override-${o.override.id}`}
              actions={[<UndoOverride key="undo" id={o.override.id} />]}
            >
              <List.Item.Meta
                title={overrideText(o, t, names)}
                description={
                  <>
                    {o.reason ? t("dutyChanges.reason", { reason: o.reason }) : t("dutyChanges.noReason")}
                    <Typography.Text type="secondary" style={{ display: "block", fontSize: 12 }}>
                      {t("dutyChanges.by", { name: o.createdBy, time: formatDateTime(o.createdAt) })}
                    </Typography.Text>
                  </>
                }
              />
            </List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}

function UndoButton({
  title,
  testId,
  busy,
  onConfirm,
}: {
  title: string;
  testId: string;
  busy: boolean;
  onConfirm: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  if (!usePerm("duty_edit")) return null;
  return (
    <Popconfirm
      title={title}
      description={<div style={{ maxWidth: 300 }}>{t("dutyChanges.undoText")}</div>}
      okText={t("dutyChanges.undo")}
      cancelText={t("settings.cancel")}
      onConfirm={onConfirm}
    >
      <Button size="small" icon={<UndoOutlined />} loading={busy} data-testid={testId}>
        {t("dutyChanges.undo")}
      </Button>
    </Popconfirm>
  );
}

function useUndo<T>(mutateAsync: (id: T) => Promise<unknown>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (id: T) =>
    mutateAsync(id).then(
      () => void message.success(t("dutyChanges.undone")),
      (err: AppError) => void message.error(errorText(err, t, "duty")),
    );
}

function UndoOverride({ id }: { id: number }) {
  const { t } = useTranslation();
  const archive = useArchiveDutyOverride();
  const undo = useUndo(archive.mutateAsync);
  return (
    <UndoButton
      title={t("dutyChanges.undoOverrideTitle")}
      testId={`override-undo-${id}`}
      busy={archive.isPending}
      onConfirm={() => undo(id)}
    />
  );
}

function UndoLeave({ id }: { id: number }) {
  const { t } = useTranslation();
  const archive = useArchiveLeave();
  const undo = useUndo(archive.mutateAsync);
  return (
    <UndoButton
      title={t("dutyChanges.undoLeaveTitle")}
      testId={`leave-undo-${id}`}
      busy={archive.isPending}
      onConfirm={() => undo(id)}
    />
  );
}
