import { DatePicker, Form, Input, Radio, Select, Space } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import type { Community } from "../../api/bindings";
import { CHANNELS, HANDLINGS } from "./labels";

/** The visit's fields in the order the conversation goes: who, where, what, how it was handled. */
export function VisitFields({ communities }: { communities: Community[] }) {
  const { t } = useTranslation();
  return (
    <>
      <Space size={16} align="start" wrap>
        <Form.Item name="channel" label={t("visitFields.channel")}>
          <Radio.Group
            optionType="button"
            options={CHANNELS.map((c) => ({ value: c, label: t(`visitChannel.${c}`) }))}
            data-testid="visit-channel"
          />
        </Form.Item>
        <Form.Item name="visitedAt" label={t("visitFields.visitedAt")} tooltip={t("visitForm.visitedAtHelp")}>
          <DatePicker
            showTime={{ format: "HH:mm" }}
            format="YYYY-MM-DD HH:mm"
            allowClear={false}
            disabledDate={(d) => d.isAfter(dayjs(), "day")}
            data-testid="visit-time"
          />
        </Form.Item>
      </Space>
      <Space size={16} align="start" wrap>
        <Form.Item name="visitorName" label={t("visitFields.visitorName")}>
          <Input autoFocus maxLength={40} placeholder={t("visitForm.visitorPlaceholder")} data-testid="visit-visitor-name" />
        </Form.Item>
        <Form.Item name="visitorPhone" label={t("visitFields.visitorPhone")}>
          <Input maxLength={20} placeholder={t("visitForm.visitorPlaceholder")} data-testid="visit-visitor-phone" />
        </Form.Item>
        <Form.Item name="communityId" label={t("visitFields.communityId")}>
          <Select<number>
            allowClear
            placeholder={t("visitForm.noCommunity")}
            options={communities.map((c) => ({ value: c.id, label: c.name }))}
            style={{ width: 160 }}
            data-testid="visit-community"
          />
        </Form.Item>
      </Space>
      <Form.Item
        name="topic"
        label={t("visitFields.topic")}
        rules={[{ required: true, whitespace: true, message: t("validation.required", { field: t("visitFields.topic") }) }]}
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={1000}
          placeholder={t("visitForm.topicPlaceholder")}
          data-testid="visit-topic"
        />
      </Form.Item>
      <Form.Item name="handling" label={t("visitFields.handling")} rules={[{ required: true, message: t("visitForm.chooseHandling") }]}>
        <Radio.Group>
          {HANDLINGS.map((h) => (
            <Radio key={h} value={h} data-testid={`visit-handling-${h}`}>
              {t(`visitHandling.${h}`)}
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
      <Form.Item name="outcome" label={t("visitFields.outcome")}>
        <Input.TextArea
          autoSize={{ minRows: 1, maxRows: 4 }}
          maxLength={1000}
          placeholder={t("visitForm.outcomePlaceholder")}
          data-testid="visit-outcome"
        />
      </Form.Item>
    </>
  );
}
