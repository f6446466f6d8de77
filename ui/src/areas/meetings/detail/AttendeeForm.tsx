import { App, AutoComplete, Button, Flex, Form, Input, Radio, Select } from "antd";
import { useTranslation } from "react-i18next";
import type { Meeting, Side } from "../../../api/bindings";
import { useAddAttendee } from "../../../api/meetingQueries";
import { partyKindOf, SIDES } from "../labels";
import { meetingWriteErrorText, showMeetingFieldError } from "../meetingErrorText";
import { matchName, personOptions, useRosterPeople, type RosterPerson } from "../rosterPeople";
import { useMeetingParties } from "./useMeetingParties";

type Values = { side: Side; partyId?: number | null; name?: string; title?: string };

/** One attendee: their side, optionally their organisation, their name and position. */
export function AttendeeForm({ meeting, onClose }: { meeting: Meeting; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const add = useAddAttendee();
  const parties = useMeetingParties(meeting.communityId);
  const side = Form.useWatch("side", form) ?? "urban";
  const partyId = Form.useWatch("partyId", form);
  const kind = partyKindOf(side);
  // Urban management is the workstation itself: it has no party to pick.
  const offered = side === "urban" ? [] : parties.filter((p) => p.kind === (kind ?? "other"));
  const party = parties.find((p) => p.id === partyId);
  // The roster's people for any side (the "N" forces include property and committee staff), and
  // the chosen party's contact person first.
  const roster = useRosterPeople(meeting.communityId);
  const contact: RosterPerson[] = party?.contactName ? [{ name: party.contactName, roleName: t("meetingFields.contactName"), organisation: party.name }] : [];
  const people = [...contact, ...roster.filter((p) => p.name !== party?.contactName)];
  const pick = (name: string) => {
    const person = people.find((p) => p.name === name);
    if (person && !form.getFieldValue("title")) form.setFieldValue("title", person.roleName);
  };
  const save = (v: Values) =>
    add.mutate(
      { meetingId: meeting.id, side: v.side, partyId: v.partyId ?? null, name: (v.name ?? "").trim(), title: (v.title ?? "").trim() },
      {
        onSuccess: () => {
          void message.success(t("attendees.added"));
          // Ready for the next person of the same side.
          form.setFieldsValue({ name: "", title: "" });
        },
        onError: (err) => {
          const label = t("meetingFields.personName");
          if (!showMeetingFieldError(form, err, t, ["side", "partyId", "name", "title"], label)) {
            void message.error(meetingWriteErrorText(err, t, label));
          }
        },
      },
    );
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={save}
      initialValues={{ side: "urban", name: "", title: "" }}
      onValuesChange={(changed: Partial<Values>) => {
        if ("side" in changed) form.setFieldValue("partyId", undefined);
      }}
      style={{ borderTop: "1px solid #f0f0f0", paddingTop: 12 }}
      data-testid="attendee-form"
    >
      <Form.Item name="side" label={t("meetingFields.side")}>
        <Radio.Group optionType="button" data-testid="attendee-side">
          {SIDES.map((s) => (
            <Radio.Button key={s} value={s} data-testid={`attendee-side-${s}`}>
              {t(`meetingSide.${s}`)}
            </Radio.Button>
          ))}
        </Radio.Group>
      </Form.Item>
      <Flex gap={16} wrap align="start">
        <Form.Item name="partyId" label={t("meetingFields.partyId")}>
          <Select<number>
            allowClear
            disabled={offered.length === 0}
            placeholder={t("attendees.partyNone")}
            options={offered.map((p) => ({ value: p.id, label: p.name }))}
            style={{ width: 220 }}
            data-testid="attendee-party"
          />
        </Form.Item>
        <Form.Item
          name="name"
          label={t("meetingFields.personName")}
          rules={[
            {
              // A party with a contact person stands in for an empty name.
              required: !party?.contactName,
              whitespace: true,
              message: t("validation.required", { field: t("meetingFields.personName") }),
            },
          ]}
        >
          <AutoComplete options={personOptions(people)} filterOption={matchName} onSelect={pick} style={{ width: 180 }} popupMatchSelectWidth={280}>
            <Input
              maxLength={30}
              placeholder={party?.contactName ? t("attendees.namePlaceholderParty", { name: party.contactName }) : t("attendees.namePlaceholder")}
              data-testid="attendee-name"
            />
          </AutoComplete>
        </Form.Item>
        <Form.Item name="title" label={t("meetingFields.jobTitle")}>
          <Input maxLength={40} placeholder={t("attendees.jobPlaceholder")} style={{ width: 160 }} data-testid="attendee-title" />
        </Form.Item>
      </Flex>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={add.isPending} data-testid="attendee-ok">
          {t("attendees.ok")}
        </Button>
        <Button onClick={onClose}>{t("attendees.cancel")}</Button>
      </Flex>
    </Form>
  );
}
