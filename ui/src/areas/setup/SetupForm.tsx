import { App, Button, Card, Flex, Form, Input } from "antd";
import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import type { WorkstationInput } from "../../api/bindings";
import { useCreateWorkstation } from "../../api/queries";
import { showOnField } from "../../common/serverFieldError";
import { errorText } from "../../i18n/errorText";

type Values = Omit<WorkstationInput, "communities"> & { communities: (string | undefined)[] };

const FIELDS = ["name", "street", "district", "address", "phone", "communities"] as const;

export function SetupForm({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateWorkstation();

  const required = (field: (typeof FIELDS)[number]) => [
    { required: true, whitespace: true, message: t("validation.required", { field: t(`fields.${field}`) }) },
  ];

  const submit = (values: Values) => {
    // Blank rows are ignored; remember where each kept name sits in the form
    // so a server error about communities[k] lands on the right row.
    const rows = (values.communities ?? [])
      .map((name, row) => ({ name: (name ?? "").trim(), row }))
      .filter((c) => c.name !== "");
    const input: WorkstationInput = {
      name: values.name.trim(),
      street: values.street.trim(),
      district: values.district.trim(),
      address: (values.address ?? "").trim(),
      phone: (values.phone ?? "").trim(),
      communities: rows.map((c) => c.name),
    };
    create.mutate(input, {
      onSuccess: () => void message.success(t("setup.created")),
      onError: (err) => {
        const onRow = (path: (string | number)[]) =>
          path[0] === "communities" && typeof path[1] === "number" && rows[path[1]]
            ? ["communities", rows[path[1]].row]
            : path;
        if (!showOnField(form, err, t, FIELDS, { mapPath: onRow })) void message.error(errorText(err, t));
      },
    });
  };

  return (
    <Card title={t("setup.formTitle")}>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ communities: [""] }}
        requiredMark
        style={{ maxWidth: 560 }}
        disabled={create.isPending}
      >
        <Form.Item name="name" label={t("fields.name")} rules={required("name")}>
          <Input autoFocus />
        </Form.Item>
        <Flex gap={16}>
          <Form.Item name="street" label={t("fields.street")} rules={required("street")} style={{ flex: 1 }}>
            <Input />
          </Form.Item>
          <Form.Item name="district" label={t("fields.district")} rules={required("district")} style={{ flex: 1 }}>
            <Input />
          </Form.Item>
        </Flex>
        <Flex gap={16}>
          <Form.Item name="address" label={t("fields.address")} style={{ flex: 2 }}>
            <Input />
          </Form.Item>
          <Form.Item name="phone" label={t("fields.phone")} style={{ flex: 1 }}>
            <Input />
          </Form.Item>
        </Flex>
        <Form.Item label={t("fields.communities")} required extra={t("setup.communitiesHelp")}>
          <Form.List
            name="communities"
            rules={[
              {
                validator: async (_, names: (string | undefined)[] | undefined) => {
                  if (!names || !names.some((n) => n && n.trim() !== "")) {
                    throw new Error(t("setup.atLeastOneCommunity"));
                  }
                },
              },
            ]}
          >
            {(fields, { add, remove }, { errors }) => (
              <>
                {fields.map((field, index) => (
                  <Flex key={field.key} gap={8} align="baseline">
                    <Form.Item name={field.name} style={{ flex: 1, marginBottom: 8 }}>
                      <Input placeholder={t("setup.communityPlaceholder")} data-testid={`setup-community-${index}`} />
                    </Form.Item>
                    {fields.length > 1 && (
                      <Button
                        type="text"
                        icon={<MinusCircleOutlined />}
                        aria-label={t("setup.removeCommunityRow")}
                        title={t("setup.removeCommunityRow")}
                        onClick={() => remove(field.name)}
                      />
                    )}
                  </Flex>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add("")} data-testid="setup-add-community">
                  {t("setup.addCommunityRow")}
                </Button>
                <Form.ErrorList errors={errors} />
              </>
            )}
          </Form.List>
        </Form.Item>
        <Flex gap={12}>
          <Button type="primary" htmlType="submit" size="large" loading={create.isPending} data-testid="setup-submit">
            {t("setup.submit")}
          </Button>
          <Button size="large" onClick={onBack} data-testid="setup-back">
            {t("setup.back")}
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}
