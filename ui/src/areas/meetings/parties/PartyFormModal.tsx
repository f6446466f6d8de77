import { App, Form, Input, Modal, Select } from "antd";
import { useTranslation } from "react-i18next";
import type { Party, PartyKind } from "../../../api/bindings";
import { useSaveParty } from "../../../api/meetingQueries";
import { useCaseCommunities } from "../../cases/useCaseCommunities";
import { PARTY_KINDS } from "../labels";
import { meetingErrorText, showMeetingFieldError } from "../meetingErrorText";

type Values = { kind?: PartyKind; name: string; communityId?: number | null; contactName?: string; contactPhone?: string };

const FIELDS = ["kind", "name", "communityId", "contactName", "contactPhone"] as const;

/** A new party (`party` null) or a change to one. Mounted only while open. */
export function PartyFormModal({ party, onClose }: { party: Party | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveParty();
  const communities = useCaseCommunities();
  const submit = (v: Values) =>
    save.mutate(
      {
        id: party?.id ?? null,
        input: {
          kind: v.kind ?? null,
          name: v.name.trim(),
          communityId: v.communityId ?? null,
          contactName: (v.contactName ?? "").trim(),
          contactPhone: (v.contactPhone ?? "").trim(),
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
      title={party ? t("meetingParties.editParty") : t("meetingParties.newParty")}
      onCancel={onClose}
      okText={t("meetingParties.save")}
      okButtonProps={{ "data-testid": "party-form-ok" }}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={party ?? { kind: "property_company", name: "", communityId: communities.length === 1 ? communities[0]?.id : null }}
        data-testid="party-form"
      >
        <Form.Item name="kind" label={t("meetingParties.kind")} rules={[{ required: true, message: t("meetingParties.chooseKind") }]}>
          <Select<PartyKind> options={PARTY_KINDS.map((k) => ({ value: k, label: t(`partyKind.${k}`) }))} data-testid="party-kind" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t("meetingFields.name")}
          rules={[{ required: true, whitespace: true, message: t("validation.required", { field: t("meetingFields.name") }) }]}
        >
          <Input maxLength={60} data-testid="party-name" />
        </Form.Item>
        <Form.Item name="communityId" label={t("meetingFields.communityId")}>
          <Select<number>
            allowClear
            placeholder={t("meetingParties.anyCommunity")}
            options={communities.map((c) => ({ value: c.id, label: c.name }))}
            data-testid="party-community"
          />
        </Form.Item>
        <Form.Item name="contactName" label={t("meetingFields.contactName")}>
          <Input maxLength={30} data-testid="party-contact-name" />
        </Form.Item>
        <Form.Item name="contactPhone" label={t("meetingFields.contactPhone")}>
          <Input maxLength={20} data-testid="party-contact-phone" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
