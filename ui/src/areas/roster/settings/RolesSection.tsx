import { useState } from "react";
import { App, Button, Card, Form, Input, List, Popconfirm, Space, Switch, Tag, Typography } from "antd";
import { PlusOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import type { AppError, Role, RoleInput } from "../../../api/bindings";
import { useArchiveRole, useCreateRole, useRoles, useUpdateRole } from "../../../api/queries";
import { errorText } from "../../../i18n/errorText";

/** The role dictionary. Which roles are the "2" core ones is data, set here. */
export function RolesSection() {
  const { t } = useTranslation();
  const roles = useRoles();
  const list = roles.data ?? [];
  const ordered = [...list.filter((r) => !r.archived), ...list.filter((r) => r.archived)];
  return (
    <Card title={t("rosterSettings.rolesTitle")} data-testid="roles-section">
      <Typography.Paragraph type="secondary">{t("rosterSettings.rolesHelp")}</Typography.Paragraph>
      <AddRoleForm />
      {roles.isError && <Typography.Text type="danger">{errorText(roles.error, t)}</Typography.Text>}
      <List loading={roles.isPending} dataSource={ordered} rowKey={(r) => r.id} renderItem={(r) => <RoleRow role={r} />} />
    </Card>
  );
}

function AddRoleForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<RoleInput>();
  const create = useCreateRole();
  const submit = (values: RoleInput) =>
    create.mutate(
      { name: values.name.trim(), isCore: values.isCore ?? false },
      {
        onSuccess: () => {
          form.resetFields();
          void message.success(t("rosterSettings.roleAdded"));
        },
        onError: (err) => {
          if (err.code === "VALIDATION") form.setFields([{ name: "name", errors: [errorText({ ...err, field: "name" }, t, "role")] }]);
          else void message.error(errorText(err, t, "role"));
        },
      },
    );
  return (
    <Form form={form} layout="inline" onFinish={submit} initialValues={{ name: "", isCore: false }} style={{ marginBottom: 8 }}>
      <Form.Item
        name="name"
        rules={[{ required: true, whitespace: true, message: t("validation.required", { field: t("rosterFields.roleName") }) }]}
        style={{ width: 240 }}
      >
        <Input placeholder={t("rosterSettings.rolePlaceholder")} aria-label={t("rosterFields.roleName")} data-testid="role-name" />
      </Form.Item>
      <Form.Item name="isCore" valuePropName="checked" label={t("rosterSettings.isCore")}>
        <Switch data-testid="role-new-core" />
      </Form.Item>
      <Form.Item>
        <Button htmlType="submit" icon={<PlusOutlined />} loading={create.isPending} data-testid="role-add">
          {t("rosterSettings.addRole")}
        </Button>
      </Form.Item>
    </Form>
  );
}

function RoleRow({ role }: { role: Role }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const update = useUpdateRole();
  const archive = useArchiveRole();
  const [renaming, setRenaming] = useState<string | null>(null);
  const fail = (err: AppError) =>
    void message.error(err.code === "CONFLICT" ? t("rosterSettings.roleInUse") : errorText(err, t, "role"));
  const save = (input: RoleInput, done?: () => void) =>
    update.mutate(
      { id: role.id, input },
      {
        onSuccess: () => {
          void message.success(t("settings.saved"));
          done?.();
        },
        onError: fail,
      },
    );

  const actions = role.archived
    ? []
    : [
        <Space key="core" size={6}>
          <Switch
            checked={role.isCore}
            loading={update.isPending}
            onChange={(isCore) => save({ name: role.name, isCore })}
            aria-label={t("rosterSettings.isCore")}
            data-testid={`role-core-${role.id}`}
          />
          <span>{t("rosterSettings.isCore")}</span>
        </Space>,
        <Button key="rename" size="small" onClick={() => setRenaming(role.name)} data-testid={`role-rename-${role.id}`}>
          {t("rosterSettings.rename")}
        </Button>,
        <Popconfirm
          key="archive"
          title={t("settings.archiveConfirmTitle", { name: role.name })}
          description={t("rosterSettings.archiveRoleText")}
          okText={t("settings.archiveOk")}
          cancelText={t("settings.cancel")}
          onConfirm={() => archive.mutateAsync(role.id).then(() => void message.success(t("rosterSettings.roleArchived")), fail)}
        >
          <Button size="small" loading={archive.isPending} data-testid={`role-archive-${role.id}`}>
            {t("settings.archive")}
          </Button>
        </Popconfirm>,
      ];

  return (
    <List.Item data-testid={`role-${role.id}`} actions={renaming === null ? actions : []}>
      {renaming !== null ? (
        <Space.Compact>
          <Input
            value={renaming}
            onChange={(e) => setRenaming(e.target.value)}
            aria-label={t("rosterFields.roleName")}
            data-testid={`role-rename-input-${role.id}`}
          />
          <Button
            type="primary"
            disabled={renaming.trim() === ""}
            loading={update.isPending}
            onClick={() => save({ name: renaming.trim(), isCore: role.isCore }, () => setRenaming(null))}
          >
            {t("settings.save")}
          </Button>
          <Button onClick={() => setRenaming(null)}>{t("settings.cancel")}</Button>
        </Space.Compact>
      ) : (
        <Space>
          <Typography.Text type={role.archived ? "secondary" : undefined}>{role.name}</Typography.Text>
          {role.isCore && <Tag color="red">{t("member.core")}</Tag>}
          {role.archived && <Tag>{t("settings.archived")}</Tag>}
        </Space>
      )}
    </List.Item>
  );
}
