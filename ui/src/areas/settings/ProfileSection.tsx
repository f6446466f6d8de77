import { useEffect } from "react";
import { App, Button, Card, Flex, Form, Input, Skeleton } from "antd";
import { useTranslation } from "react-i18next";
import type { Workstation, WorkstationProfile } from "../../api/bindings";
import { useUpdateWorkstation, useWorkstation } from "../../api/queries";
import { showOnField } from "../../common/serverFieldError";
import { errorText } from "../../i18n/errorText";

const FIELDS = ["name", "street", "district", "address", "phone"] as const;

function profileOf(ws: Workstation): WorkstationProfile {
  return { name: ws.name, street: ws.street, district: ws.district, address: ws.address, phone: ws.phone };
}

export function ProfileSection() {
  const { t } = useTranslation();
  const workstation = useWorkstation();
  return (
    <Card title={t("settings.profileTitle")}>
      {workstation.data ? (
        <ProfileForm workstation={workstation.data} />
      ) : workstation.isError ? (
        errorText(workstation.error, t)
      ) : (
        <Skeleton active />
      )}
    </Card>
  );
}

function ProfileForm({ workstation }: { workstation: Workstation }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<WorkstationProfile>();
  const update = useUpdateWorkstation();

  // Follow the saved profile (this form's own normalised result, or a save made
  // elsewhere), but not other changes such as an added community, which must
  // not wipe what the user is typing here.
  const { name, street, district, address, phone } = workstation;
  useEffect(() => {
    form.setFieldsValue({ name, street, district, address, phone });
  }, [form, name, street, district, address, phone]);

  const required = (field: "name" | "street" | "district") => [
    { required: true, whitespace: true, message: t("validation.required", { field: t(`fields.${field}`) }) },
  ];

  const save = (values: WorkstationProfile) => {
    const input: WorkstationProfile = {
      name: values.name.trim(),
      street: values.street.trim(),
      district: values.district.trim(),
      address: (values.address ?? "").trim(),
      phone: (values.phone ?? "").trim(),
    };
    update.mutate(input, {
      onSuccess: () => void message.success(t("settings.saved")),
      onError: (err) => {
        if (!showOnField(form, err, t, FIELDS)) void message.error(errorText(err, t));
      },
    });
  };

  return (
    <Form<WorkstationProfile>
      form={form}
      layout="vertical"
      initialValues={profileOf(workstation)}
      onFinish={save}
      style={{ maxWidth: 560 }}
      data-testid="profile-form"
    >
      <Form.Item name="name" label={t("fields.name")} rules={required("name")}>
        <Input />
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
      <Button type="primary" htmlType="submit" loading={update.isPending} data-testid="profile-save">
        {t("settings.save")}
      </Button>
    </Form>
  );
}
