import { useState } from "react";
import { App, Button, Flex, Input, Typography } from "antd";
import { SaveOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import type { AgendaItem } from "../../../api/bindings";
import { useSetItemNotes } from "../../../api/meetingQueries";
import { meetingWriteErrorText } from "../meetingErrorText";

/**
 * An item's discussion notes, saved when the recorder leaves the box (or presses the button).
 * Mount it with a key of the stored notes, so a change saved elsewhere starts it afresh.
 */
export function ItemNotes({ item, editable }: { item: AgendaItem; editable: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const save = useSetItemNotes();
  const [notes, setNotes] = useState(item.notes);
  const dirty = notes.trim() !== item.notes;
  if (!editable) {
    return (
      <Typography.Paragraph type={item.notes ? undefined : "secondary"} style={{ whiteSpace: "pre-wrap", margin: 0 }} data-testid={`item-notes-${item.position}`}>
        {item.notes || t("agenda.noNotes")}
      </Typography.Paragraph>
    );
  }
  const store = () => {
    if (!dirty || save.isPending) return;
    save.mutate(
      { itemId: item.id, notes: notes.trim() },
      {
        onSuccess: () => void message.success(t("agenda.notesSaved")),
        onError: (err) => void message.error(meetingWriteErrorText(err, t)),
      },
    );
  };
  return (
    <Flex vertical gap={4}>
      <Input.TextArea
        value={notes}
        onChange={(e) => setNotes(e.target.value)}
        onBlur={store}
        autoSize={{ minRows: 2, maxRows: 10 }}
        maxLength={4000}
        placeholder={t("agenda.notesPlaceholder")}
        aria-label={t("agenda.notes")}
        data-testid={`item-notes-${item.position}`}
      />
      {dirty && (
        <div>
          <Button size="small" icon={<SaveOutlined />} loading={save.isPending} onClick={store} data-testid={`item-notes-save-${item.position}`}>
            {t("agenda.notesSave")}
          </Button>
        </div>
      )}
    </Flex>
  );
}
