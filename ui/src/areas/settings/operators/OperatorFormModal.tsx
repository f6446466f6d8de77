import { App, Checkbox, Form, Input, Modal, Select } from "antd";
import { useTranslation } from "react-i18next";
import { useCreateOperator, useUpdateOperator } from "../../../api/accessQueries";
import type { AppError, Operator } from "../../../api/bindings";
import { useWorkstation } from "../../../api/queries";
import { showOnField } from "../../../common/serverFieldError";
import { errorText } from "../../../i18n/errorText";
import { passwordRules } from "../../access/passwordRules";
import { inputOf, ROLES, valuesOf, type OperatorValues } from "./operatorValues";
import { PersonLinkSelect } from "./PersonLinkSelect";

const FIELDS = ["login", "displayName", "role", "password", "pin", "personId", "communityIds"] as const;

type Props = { operator: Operator | null; onClose: () => void };

/** Adds an account, or changes one (an empty password or PIN keeps the old one). */
export function OperatorFormModal({ operator, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<OperatorValues>();
  const role = Form.useWatch("role", form);
  const create = useCreateOperator();
  const update = useUpdateOperator();
  const saving = create.isPending || update.isPending;
  const communities = useWorkstation().data?.communities.filter((c) => !c.archived) ?? [];
  const editing = operator !== null;

  const submit = (values: OperatorValues) => {
    const input = inputOf(values);
    const done = {
      onSuccess: () => {
        void message.success(editing ? t("operators.saved") : t("operators.created"));
        onClose();
      },
      onError: (err: AppError) => {
        if (showOnField(form, err, t, FIELDS, { scope: "operator" })) return;
        // The only conflict an edit can meet: the last administrator losing the role.
        void message.error(err.code === "CONFLICT" ? t("operators.conflictRole") : errorText(err, t, "operator"));
      },
    };
    if (operator) update.mutate({ id: operator.id, input }, done);
    else create.mutate(input, done);
  };

  const required = (label: string) => [{ required: true, whitespace: true, message: t("validation.required", { field: label }) }];

  return (
    <Modal
      open
      title={operator ? t("operators.formEdit", { name: operator.displayName }) : t("operators.formAdd")}
      okText={t("operators.save")}
      cancelText={t("settings.cancel")}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={saving}
      okButtonProps={{ "data-testid": "operator-submit" }}
      width={560}
    >
      <Form<OperatorValues>
        form={form}
        layout="vertical"
        initialValues={valuesOf(operator)}
        onFinish={submit}
        disabled={saving}
        data-testid="operator-form"
      >
        <Form.Item name="displayName" label={t("operatorFields.displayName")} rules={required(t("operatorFields.displayName"))}>
          <Input data-testid="operator-display-name" />
        </Form.Item>
        <Form.Item name="login" label={t("operatorFields.login")} extra={t("createAdmin.loginHelp")} rules={required(t("operatorFields.login"))}>
          <Input autoComplete="off" data-testid="operator-login" />
        </Form.Item>
        <Form.Item
          name="role"
          label={t("operatorFields.role")}
          extra={role ? t(`access.roleHelp.${role}`) : undefined}
          rules={[{ required: true, message: t("operators.roleRequired") }]}
        >
          <Select
            options={ROLES.map((r) => ({ value: r, label: <span data-testid={`operator-role-${r}`}>{t(`access.roles.${r}`)}</span> }))}
            data-testid="operator-role"
          />
        </Form.Item>
        <Form.Item
          name="password"
          label={t("operatorFields.password")}
          extra={editing ? t("operators.passwordEditHelp") : t("operators.passwordNewHelp")}
          rules={passwordRules(t, { login: (get) => String(get("login") ?? ""), optional: editing })}
        >
          <Input.Password autoComplete="new-password" data-testid="operator-password" />
        </Form.Item>
        <Form.Item
          name="pin"
          label={t("operatorFields.pin")}
          extra={editing && operator.hasPin ? t("operators.pinEditHelp") : t("operators.pinHelp")}
          rules={[{ pattern: /^\s*\d{4,6}\s*$/, message: t("operatorValidation.pin_invalid") }]}
        >
          <Input.Password autoComplete="off" inputMode="numeric" maxLength={6} data-testid="operator-pin" />
        </Form.Item>
        {editing && operator.hasPin && (
          <Form.Item name="removePin" valuePropName="checked" style={{ marginTop: -12 }}>
            <Checkbox data-testid="operator-remove-pin">{t("operators.removePin")}</Checkbox>
          </Form.Item>
        )}
        <Form.Item name="personId" label={t("operatorFields.personId")} extra={t("operators.personHelp")}>
          <PersonLinkSelect />
        </Form.Item>
        <Form.Item
          name="communityIds"
          label={t("operatorFields.communityIds")}
          extra={role === "property_manager" ? undefined : t("operators.communitiesHelp")}
          dependencies={["role"]}
          rules={[
            ({ getFieldValue }) => ({
              // Without a reach a property manager would see every community's cases.
              validator: (_, ids: number[] | undefined) =>
                getFieldValue("role") === "property_manager" && (ids ?? []).length === 0
                  ? Promise.reject(new Error(t("operators.communitiesRequired")))
                  : Promise.resolve(),
            }),
          ]}
        >
          <Select
            mode="multiple"
            allowClear
            options={communities.map((c) => ({ value: c.id, label: c.name }))}
            data-testid="operator-communities"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
