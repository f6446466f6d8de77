import { App, Form, Input, Modal, Select } from "antd";
import { useTranslation } from "react-i18next";
import type { Estate, Party, PartyKind } from "../../../api/bindings";
import { useSaveEstate } from "../../../api/meetingQueries";
import { useCaseCommunities } from "../../cases/useCaseCommunities";
import { meetingErrorText, showMeetingFieldError } from "../meetingErrorText";

type Values = { name: string; communityId?: number; address?: string; propertyPartyId?: number | null; ownersPartyId?: number | null };

const FIELDS = ["name", "communityId", "address", "propertyPartyId", "ownersPartyId"] as const;

type Props = { estate: Estate | null; parties: Party[]; onClose: () => void };

/** A new estate (`estate` null) or a change to one, with the property company and owners' committee that speak for it. */
export function EstateFormModal({ estate, parties, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveEstate();
  const communities = useCaseCommunities();
  const communityId = Form.useWatch("communityId", form);
  // A party tied to another community is not offered; one for any community is.
  const ofKind = (kind: PartyKind) =>
    parties
      .filter((p) => p.kind === kind && (p.communityId === null || p.communityId === communityId))
      .map((p) => ({ value: p.id, label: p.name }));
  const submit = (v: Values) =>
    save.mutate(
      {
        id: estate?.id ?? null,
        input: {
          name: v.name.trim(),
          communityId: v.communityId ?? 0,
          address: (v.address ?? "").trim(),
          propertyPartyId: v.propertyPartyId ?? null,
          ownersPartyId: v.ownersPartyId ?? null,
        },
      },
      {
        onSuccess: () => {
          void message.success(t("meetingParties.saved"));
          onClose();
        },
        onError: (err) => {
          if (!showMeetingFieldError(form, err, t, FIELDS)) void message.error(meetingErrorText(err, t));
        },
      },
    );
  return (
    <Modal
      open
      title={estate ? t("meetingParties.editEstate") : t("meetingParties.newEstate")}
      onCancel={onClose}
      okText={t("meetingParties.save")}
      okButtonProps={{ "data-testid": "estate-form-ok" }}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={estate ?? { name: "", communityId: communities.length === 1 ? communities[0]?.id : undefined }}
        data-testid="estate-form"
      >
        <Form.Item
          name="name"
          label={t("meetingFields.name")}
          rules={[{ required: true, whitespace: true, message: t("validation.required", { field: t("meetingFields.name") }) }]}
        >
          <Input maxLength={60} data-testid="estate-name" />
        </Form.Item>
        <Form.Item name="communityId" label={t("meetingFields.communityId")} rules={[{ required: true, message: t("meetingParties.chooseCommunity") }]}>
          <Select<number> options={communities.map((c) => ({ value: c.id, label: c.name }))} data-testid="estate-community" />
        </Form.Item>
        <Form.Item name="address" label={t("meetingFields.address")}>
          <Input maxLength={120} data-testid="estate-address" />
        </Form.Item>
        <Form.Item name="propertyPartyId" label={t("meetingFields.propertyPartyId")}>
          <Select<number> allowClear options={ofKind("property_company")} data-testid="estate-property" />
        </Form.Item>
        <Form.Item name="ownersPartyId" label={t("meetingFields.ownersPartyId")}>
          <Select<number> allowClear options={ofKind("owners_committee")} data-testid="estate-owners" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
