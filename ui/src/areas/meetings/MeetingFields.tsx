import { AutoComplete, DatePicker, Form, Input, Radio, Select, Space } from "antd";
import { useTranslation } from "react-i18next";
import type { Community } from "../../api/bindings";
import { useEstates } from "../../api/meetingQueries";
import { MEETING_KINDS } from "./labels";
import { matchName, personOptions, useRosterPeople } from "./rosterPeople";

/** The meeting's facts in the order the minutes head them: what, when, where, who leads. */
export function MeetingFields({ communities }: { communities: Community[] }) {
  const { t } = useTranslation();
  const communityId = Form.useWatch<number | undefined>("communityId");
  const estates = useEstates();
  // The chair and the recorder are usually on the community's roster; anyone can be typed.
  const people = personOptions(useRosterPeople(communityId));
  const estateOptions = (estates.data ?? [])
    .filter((e) => e.communityId === communityId)
    .map((e) => ({ value: e.id, label: e.name }));
  const required = (field: string) => ({ required: true, whitespace: true, message: t("validation.required", { field }) });
  return (
    <>
      <Form.Item name="kind" label={t("meetingFields.kind")}>
        <Radio.Group optionType="button" data-testid="meeting-kind">
          {MEETING_KINDS.map((k) => (
            <Radio.Button key={k} value={k} data-testid={`meeting-kind-${k}`}>
              {t(`meetingKind.${k}`)}
            </Radio.Button>
          ))}
        </Radio.Group>
      </Form.Item>
      <Form.Item name="title" label={t("meetingFields.title")} rules={[required(t("meetingFields.title"))]}>
        <Input maxLength={80} placeholder={t("meetingForm.titlePlaceholder")} data-testid="meeting-title" />
      </Form.Item>
      <Space size={16} align="start" wrap>
        <Form.Item name="heldAt" label={t("meetingFields.heldAt")} rules={[{ required: true, message: t("validation.required", { field: t("meetingFields.heldAt") }) }]}>
          <DatePicker showTime={{ format: "HH:mm" }} format="YYYY-MM-DD HH:mm" allowClear={false} data-testid="meeting-held-at" />
        </Form.Item>
        <Form.Item name="place" label={t("meetingFields.place")}>
          <Input maxLength={80} placeholder={t("meetingForm.placePlaceholder")} style={{ width: 260 }} data-testid="meeting-place" />
        </Form.Item>
      </Space>
      <Space size={16} align="start" wrap>
        <Form.Item name="communityId" label={t("meetingFields.communityId")} rules={[{ required: true, message: t("meetingForm.chooseCommunity") }]}>
          <Select<number>
            options={communities.map((c) => ({ value: c.id, label: c.name }))}
            style={{ width: 200 }}
            data-testid="meeting-community"
          />
        </Form.Item>
        <Form.Item
          name="estateId"
          label={t("meetingFields.estateId")}
          extra={communityId ? t("meetingForm.estateHelp") : t("meetingForm.estateAfterCommunity")}
        >
          <Select<number>
            allowClear
            disabled={!communityId}
            loading={estates.isFetching}
            options={estateOptions}
            style={{ width: 240 }}
            data-testid="meeting-estate"
          />
        </Form.Item>
      </Space>
      <Space size={16} align="start" wrap>
        <Form.Item name="chair" label={t("meetingFields.chair")}>
          <AutoComplete options={people} filterOption={matchName} style={{ width: 200 }}>
            <Input maxLength={30} data-testid="meeting-chair" />
          </AutoComplete>
        </Form.Item>
        <Form.Item name="recorder" label={t("meetingFields.recorder")}>
          <AutoComplete options={people} filterOption={matchName} style={{ width: 200 }}>
            <Input maxLength={30} data-testid="meeting-recorder" />
          </AutoComplete>
        </Form.Item>
      </Space>
    </>
  );
}
