import { useState } from "react";
import { App, DatePicker, Modal, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import type { PersonAssignment } from "../../../api/bindings";
import { useUpdateAssignment } from "../../../api/queries";
import { errorText } from "../../../i18n/errorText";
import { fromDay, toDay } from "../dates";

/** Ends a term on a chosen day (default today); the member then shows as "term ended" until removed. */
export function EndTermModal({ item, onClose }: { item: PersonAssignment; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const update = useUpdateAssignment();
  const a = item.assignment;
  const [end, setEnd] = useState<Dayjs | null>(fromDay(a.endDate) ?? dayjs());
  const start = fromDay(a.startDate);
  const beforeStart = end !== null && start !== null && end.isBefore(start, "day");

  const save = () => {
    if (!end) return;
    const { gridId, personId, roleId, startDate, duties } = a;
    update.mutate(
      { id: a.id, input: { gridId, personId, roleId, startDate, duties, endDate: toDay(end) } },
      {
        onSuccess: () => {
          void message.success(t("person.termEndSaved"));
          onClose();
        },
        onError: (err) => void message.error(errorText(err, t, "assignment")),
      },
    );
  };

  return (
    <Modal
      open
      title={t("person.endTermTitle", { grid: item.gridName, role: item.roleName })}
      onCancel={onClose}
      onOk={save}
      okText={t("settings.save")}
      cancelText={t("settings.cancel")}
      okButtonProps={{ disabled: !end || beforeStart, loading: update.isPending }}
    >
      <Typography.Paragraph type="secondary">{t("person.endTermHelp")}</Typography.Paragraph>
      <DatePicker value={end} onChange={setEnd} allowClear={false} data-testid="assignment-end-date" />
      {beforeStart && (
        <Typography.Paragraph type="danger" style={{ marginTop: 8 }}>
          {t("validationSpecial.endDate_invalid")}
        </Typography.Paragraph>
      )}
    </Modal>
  );
}
