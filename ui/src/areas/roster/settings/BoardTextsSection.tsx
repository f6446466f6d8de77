import { useEffect } from "react";
import { App, Button, Card, Form, Input, Skeleton, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { BoardTexts } from "../../../api/bindings";
import { useBoardTexts, useSetBoardTexts } from "../../../api/queries";
import { showOnField } from "../../../common/serverFieldError";
import { errorText } from "../../../i18n/errorText";

const FIELDS = ["responsibilities", "process", "promise"] as const;

/** The three texts printed under the grids on every community's wall board. */
export function BoardTextsSection() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const texts = useBoardTexts();
  const save = useSetBoardTexts();
  const [form] = Form.useForm<BoardTexts>();

  useEffect(() => {
    if (texts.data) form.setFieldsValue(texts.data);
  }, [form, texts.data]);

  const submit = (values: BoardTexts) =>
    save.mutate(
      { responsibilities: (values.responsibilities ?? "").trim(), process: (values.process ?? "").trim(), promise: (values.promise ?? "").trim() },
      {
        onSuccess: () => void message.success(t("settings.saved")),
        onError: (err) => {
          if (!showOnField(form, err, t, FIELDS, { scope: "board" })) void message.error(errorText(err, t, "board"));
        },
      },
    );

  return (
    <Card title={t("rosterSettings.boardTextsTitle")} data-testid="board-texts-section">
      <Typography.Paragraph type="secondary">{t("rosterSettings.boardTextsHelp")}</Typography.Paragraph>
      {texts.isError && <Typography.Text type="danger">{errorText(texts.error, t)}</Typography.Text>}
      {texts.isPending ? (
        <Skeleton active />
      ) : (
        <Form<BoardTexts> form={form} layout="vertical" onFinish={submit} initialValues={texts.data} style={{ maxWidth: 640 }}>
          {FIELDS.map((field) => (
            <Form.Item key={field} name={field} label={t(`rosterFields.${field}`)}>
              <Input.TextArea rows={5} data-testid={`board-text-${field}`} />
            </Form.Item>
          ))}
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="board-texts-save">
            {t("settings.save")}
          </Button>
        </Form>
      )}
    </Card>
  );
}
