import { useMemo, type ReactNode } from "react";
import { App, Button, Form, Input, Modal, type FormInstance } from "antd";
import { useTranslation } from "react-i18next";
import type { AppError, DutyChange } from "../../../api/bindings";
import { useApplyDutyChange, useDutyCheck } from "../../../api/queries";
import { showOnField } from "../../../common/serverFieldError";
import { useDebounced } from "../../../common/useDebounced";
import { errorText } from "../../../i18n/errorText";
import { CheckResult } from "./CheckResult";

type Props<V> = {
  title: string;
  testId: "override-form" | "swap-form" | "leave-form";
  form: FormInstance<V>;
  initialValues: Partial<V>;
  /** The change the values describe, or null while they are incomplete. */
  toChange: (values: V) => DutyChange | null;
  /** Form fields a server VALIDATION error may name. */
  fields: readonly string[];
  onClose: () => void;
  children: ReactNode;
};

// The reason cannot break the schedule: typing it must not re-run the check on every pause.
const withoutReason = (change: DutyChange): DutyChange => ({ ...change, input: { ...change.input, reason: "" } }) as DutyChange;

/**
 * The frame of every schedule change: its fields, a reason, and the check of what the change
 * would break, run as soon as the fields are complete and shown before saving. A change with
 * problems can still be saved: the desk may have arranged cover another way.
 */
export function ChangeModal<V extends { reason?: string }>(props: Props<V>) {
  const { title, testId, form, initialValues, toChange, fields, onClose, children } = props;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const values = Form.useWatch((all: V) => all, { form, preserve: true });
  const change = values ? toChange(values) : null;
  const checkKey = change ? JSON.stringify(withoutReason(change)) : "";
  const settledKey = useDebounced(checkKey, 400);
  const settled = useMemo(() => (settledKey ? (JSON.parse(settledKey) as DutyChange) : null), [settledKey]);
  const check = useDutyCheck(settled);
  const apply = useApplyDutyChange();
  const current = checkKey !== "" && checkKey === settledKey;
  const checking = checkKey !== "" && (!current || check.isFetching);
  const problems = current && !check.isFetching ? check.data : undefined;
  const risky = (problems?.length ?? 0) > 0;

  const save = async (v: V) => {
    const ready = toChange(v);
    if (!ready) return;
    try {
      await apply.mutateAsync(ready);
    } catch (err) {
      const e = err as AppError;
      if (!showOnField(form, e, t, fields, { scope: "duty" })) void message.error(errorText(e, t, "duty"));
      return;
    }
    void message.success(t("dutyChange.saved"));
    onClose();
  };

  return (
    <Modal
      open
      width={620}
      title={title}
      onCancel={onClose}
      maskClosable={false}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t("settings.cancel")}
        </Button>,
        <Button
          key="ok"
          type="primary"
          danger={risky}
          disabled={checking}
          loading={apply.isPending}
          onClick={() => form.submit()}
          data-testid="change-submit"
        >
          {risky ? t("dutyChange.submitAnyway") : t("dutyChange.submit")}
        </Button>,
      ]}
    >
      <Form<V> form={form} layout="vertical" onFinish={save} initialValues={initialValues} data-testid={testId}>
        {children}
        <Form.Item name="reason" label={t("dutyFields.reason")} extra={t("dutyChange.reasonHelp")}>
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 4 }}
            placeholder={t("dutyChange.reasonPlaceholder")}
            data-testid="change-reason"
          />
        </Form.Item>
      </Form>
      <CheckResult
        complete={change !== null}
        checking={checking}
        problems={problems}
        error={current && check.isError ? check.error : null}
      />
    </Modal>
  );
}
