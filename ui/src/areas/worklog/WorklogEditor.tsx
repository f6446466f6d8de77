import { useState } from "react";
import { Alert, App, Button, Card, Flex, Input, Typography } from "antd";
import { CheckCircleOutlined, SaveOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import type { AppError, Worklog } from "../../api/bindings";
import { useSaveWorklog, useSignWorklog } from "../../api/deskQueries";
import { usePerm } from "../../common/useSession";
import { formatDateTime } from "../../i18n/format";
import { deskErrorText } from "../visits/deskErrorText";
import { draftText } from "./draftText";

/**
 * The day's text. A day nobody has saved starts from a draft written from its numbers; a signed
 * day is read-only. Mount it with a key per day, so another day starts from its own text.
 */
export function WorklogEditor({ worklog }: { worklog: Worklog }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const maySign = usePerm("worklog_sign");
  const save = useSaveWorklog();
  const sign = useSignWorklog();
  const drafted = !worklog.saved && worklog.text === "";
  const [text, setText] = useState(() => (drafted ? draftText(worklog.summary, t) : worklog.text));
  const [error, setError] = useState<string | null>(null);
  const signed = worklog.signedAt !== null;
  const readOnly = signed || !maySign;
  const busy = save.isPending || sign.isPending;
  const input = { day: worklog.day, text: text.trim() };

  const failed = (err: AppError) => {
    const sentence = deskErrorText(err, t);
    if (err.code === "VALIDATION" && err.field === "text") setError(sentence);
    else void message.error(sentence);
  };

  const onSave = () => save.mutate(input, { onSuccess: () => void message.success(t("worklog.saved")), onError: failed });

  const onSign = () => {
    if (input.text === "") {
      setError(t("worklog.textRequired"));
      return;
    }
    modal.confirm({
      title: t("worklog.signTitle"),
      content: t("worklog.signText"),
      okText: t("worklog.signOk"),
      okButtonProps: { "data-testid": "worklog-sign-ok" },
      onOk: () =>
        sign
          .mutateAsync(input)
          .then(() => void message.success(t("worklog.signedDone")))
          .catch(failed),
    });
  };

  return (
    <Card size="small" title={t("worklog.text")}>
      <Flex vertical gap={12}>
        {signed && (
          <Alert
            type="success"
            showIcon
            icon={<CheckCircleOutlined />}
            message={t("worklog.signed", { name: worklog.signedBy ?? "", time: formatDateTime(worklog.signedAt ?? "") })}
            data-testid="worklog-signed"
          />
        )}
        {!signed && drafted && maySign && <Typography.Text type="secondary">{t("worklog.draftNote")}</Typography.Text>}
        <div>
          <Input.TextArea
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setError(null);
            }}
            readOnly={readOnly}
            status={error ? "error" : undefined}
            autoSize={{ minRows: 5, maxRows: 16 }}
            maxLength={8000}
            placeholder={t("worklog.textPlaceholder")}
            aria-label={t("worklog.text")}
            data-testid="worklog-text"
          />
          {error && (
            <Typography.Text type="danger" data-testid="worklog-text-error">
              {error}
            </Typography.Text>
          )}
        </div>
        {!signed && !maySign && <Typography.Text type="secondary">{t("worklog.readOnly")}</Typography.Text>}
        {!readOnly && (
          <Flex gap={8} align="center" wrap>
            <Button icon={<SaveOutlined />} onClick={onSave} loading={save.isPending} disabled={busy} data-testid="worklog-save">
              {t("worklog.save")}
            </Button>
            <Button type="primary" icon={<CheckCircleOutlined />} onClick={onSign} disabled={busy} data-testid="worklog-sign">
              {t("worklog.sign")}
            </Button>
            <Typography.Text type="secondary" data-testid="worklog-saved-by">
              {worklog.saved && worklog.updatedBy && worklog.updatedAt
                ? t("worklog.lastSaved", { name: worklog.updatedBy, time: formatDateTime(worklog.updatedAt) })
                : t("worklog.unsaved")}
            </Typography.Text>
          </Flex>
        )}
      </Flex>
    </Card>
  );
}
