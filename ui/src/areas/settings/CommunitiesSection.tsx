import { App, Button, Card, Form, Input, List, Popconfirm, Space, Tag, Typography } from "antd";
import { PlusOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import type { Community } from "../../api/bindings";
import { useAddCommunity, useArchiveCommunity, useWorkstation } from "../../api/queries";
import { errorText } from "../../i18n/errorText";

/** Communities are added and archived, never deleted: old records keep pointing at them. */
export function CommunitiesSection() {
  const { t } = useTranslation();
  const workstation = useWorkstation();
  const communities = workstation.data?.communities ?? [];
  // Active first, archived after, each group in the order the backend gives.
  const ordered = [...communities.filter((c) => !c.archived), ...communities.filter((c) => c.archived)];

  return (
    <Card title={t("settings.communitiesTitle")}>
      <Typography.Paragraph type="secondary">{t("settings.communitiesHelp")}</Typography.Paragraph>
      <AddCommunityForm />
      <List
        loading={workstation.isPending}
        dataSource={ordered}
        rowKey={(c) => c.id}
        renderItem={(c) => <CommunityRow community={c} />}
        data-testid="community-list"
      />
    </Card>
  );
}

function AddCommunityForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ community: string }>();
  const add = useAddCommunity();

  const submit = ({ community }: { community: string }) => {
    add.mutate(community.trim(), {
      onSuccess: () => {
        form.resetFields();
        void message.success(t("settings.communityAdded"));
      },
      onError: (err) => {
        // This form has one field, so any validation error belongs under it,
        // whatever the server calls the field. Name it the community for the sentence.
        if (err.code === "VALIDATION") {
          const text = errorText({ ...err, field: "community" }, t);
          form.setFields([{ name: "community", errors: [text] }]);
        } else {
          void message.error(errorText(err, t));
        }
      },
    });
  };

  return (
    <Form form={form} layout="inline" onFinish={submit} style={{ marginBottom: 8 }}>
      <Form.Item
        name="community"
        rules={[{ required: true, whitespace: true, message: t("validation.required", { field: t("fields.community") }) }]}
        style={{ width: 320 }}
      >
        <Input placeholder={t("setup.communityPlaceholder")} aria-label={t("fields.community")} data-testid="community-name" />
      </Form.Item>
      <Form.Item>
        <Button htmlType="submit" icon={<PlusOutlined />} loading={add.isPending} data-testid="community-add">
          {t("settings.addCommunity")}
        </Button>
      </Form.Item>
    </Form>
  );
}

function CommunityRow({ community }: { community: Community }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const archive = useArchiveCommunity();

  const confirm = () =>
    archive.mutateAsync(community.id).then(
      () => void message.success(t("settings.communityArchived")),
      (err) => void message.error(errorText(err, t)),
    );

  return (
    <List.Item
      data-testid={`community-${community.id}`}
      actions={
        community.archived
          ? []
          : [
              <Popconfirm
                key="archive"
                title={t("settings.archiveConfirmTitle", { name: community.name })}
                description={t("settings.archiveConfirmText")}
                okText={t("settings.archiveOk")}
                cancelText={t("settings.cancel")}
                onConfirm={confirm}
              >
                <Button size="small" loading={archive.isPending} data-testid={`community-archive-${community.id}`}>
                  {t("settings.archive")}
                </Button>
              </Popconfirm>,
            ]
      }
    >
      <Space>
        <Typography.Text type={community.archived ? "secondary" : undefined}>
          {community.name}
        </Typography.Text>
        {community.code && <Typography.Text type="secondary">{community.code}</Typography.Text>}
        {community.archived && <Tag>{t("settings.archived")}</Tag>}
      </Space>
    </List.Item>
  );
}
