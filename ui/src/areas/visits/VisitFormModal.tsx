import { useEffect, useRef, type KeyboardEvent } from "react";
import { App, Button, Checkbox, Flex, Form, Modal, Typography } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import type { AppError } from "../../api/bindings";
import { useCreateVisit } from "../../api/deskQueries";
import { usePerm } from "../../common/useSession";
import { useCaseCommunities } from "../cases/useCaseCommunities";
import { deskErrorText, showDeskFieldError } from "./deskErrorText";
import { focusNext } from "./focusNext";
import { VisitFields } from "./VisitFields";
import { toVisitInput, VISIT_FIELDS, type VisitValues } from "./visitValues";

type Props = { onClose: () => void; onSaved: (id: number, makeCase: boolean) => void };

/**
 * Logging a walk-in or a call, built for the keyboard: the cursor starts on the visitor, Enter
 * moves on, Ctrl+Enter saves. Mounted only while open, so each visit starts from a clean form.
 */
export function VisitFormModal({ onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<VisitValues>();
  const create = useCreateVisit();
  const communities = useCaseCommunities();
  const mayMakeCase = usePerm("case_intake");
  const body = useRef<HTMLDivElement>(null);

  // A workstation with one community has nothing to choose (the list may arrive after opening).
  useEffect(() => {
    if (communities.length === 1 && !form.isFieldTouched("communityId") && form.getFieldValue("communityId") === undefined) {
      form.setFieldValue("communityId", communities[0]?.id);
    }
  }, [communities, form]);

  const save = (values: VisitValues) => {
    const input = toVisitInput(values, form.isFieldTouched("visitedAt"));
    create.mutate(input, {
      onSuccess: (id) => {
        void message.success(t("visitForm.saved"));
        onSaved(id, mayMakeCase && values.makeCase);
      },
      onError: (err: AppError) => {
        if (!showDeskFieldError(form, err, t, VISIT_FIELDS)) void message.error(deskErrorText(err, t));
      },
    });
  };

  const keys = (e: KeyboardEvent) => {
    if (e.key !== "Enter") return;
    if (e.ctrlKey || e.metaKey) {
      e.preventDefault();
      if (!create.isPending) form.submit();
      return;
    }
    const target = e.target as HTMLElement;
    const typing = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement;
    // Shift+Enter still breaks a line in the topic; an open list takes Enter as its choice.
    if (!typing || (e.shiftKey && target instanceof HTMLTextAreaElement)) return;
    if (target.getAttribute("aria-expanded") === "true") return;
    e.preventDefault();
    if (body.current) focusNext(body.current, target);
  };

  return (
    <Modal
      open
      width={640}
      title={t("visitForm.title")}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
      footer={
        <Flex gap={8} align="center" justify="end">
          <Typography.Text type="secondary" style={{ marginInlineEnd: "auto" }}>
            {t("visitForm.shortcut")}
          </Typography.Text>
          <Button onClick={onClose}>{t("visitForm.cancel")}</Button>
          <Button type="primary" loading={create.isPending} onClick={() => form.submit()} data-testid="visit-save">
            {t("visitForm.save")}
          </Button>
        </Flex>
      }
    >
      <div ref={body} onKeyDown={keys}>
        <Form<VisitValues>
          form={form}
          layout="vertical"
          onFinish={save}
          initialValues={{
            channel: "walk_in",
            visitedAt: dayjs(),
            topic: "",
            makeCase: false,
          }}
          data-testid="visit-form"
        >
          <VisitFields communities={communities} />
          {mayMakeCase && (
            <Form.Item name="makeCase" valuePropName="checked" style={{ marginBottom: 0 }}>
              <Checkbox data-testid="visit-make-case">{t("visitForm.makeCase")}</Checkbox>
            </Form.Item>
          )}
        </Form>
      </div>
    </Modal>
  );
}
