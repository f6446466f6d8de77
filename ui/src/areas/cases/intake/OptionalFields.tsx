import { Checkbox, DatePicker, Form, Input, Select, Space } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import type { Urgency } from "../../../api/bindings";
import { useCommunityGrids } from "../../../api/caseQueries";
import { RESPONDENT_KINDS, URGENCIES } from "../labels";
import { PhotoPicker } from "../PhotoPicker";

/** Everything else: the desk fills in what it knows and saves; none of it blocks saving. */
export function OptionalFields() {
  const { t } = useTranslation();
  const communityId = Form.useWatch<number | undefined>("communityId");
  const anonymous = Form.useWatch<boolean | undefined>("anonymous");
  const grids = useCommunityGrids(communityId ?? null);
  return (
    <>
      <Form.Item name="gridId" label={t("caseFields.gridId")} extra={communityId ? undefined : t("caseForm.gridAfterCommunity")}>
        <Select<number>
          allowClear
          disabled={!communityId}
          loading={grids.isFetching}
          options={(grids.data ?? []).map((g) => ({ value: g.id, label: g.code ? `${g.name}（${g.code}）` : g.name }))}
          data-testid="case-grid"
        />
      </Form.Item>
      <Form.Item name="address" label={t("caseFields.address")}>
        <Input maxLength={120} placeholder={t("caseForm.addressPlaceholder")} data-testid="case-address" />
      </Form.Item>
      <Form.Item name="description" label={t("caseFields.description")}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={4000} data-testid="case-description" />
      </Form.Item>
      <Form.Item label={t("caseForm.reporter")} style={{ marginBottom: 0 }}>
        <Space wrap align="start">
          <Form.Item name="reporterName">
            <Input placeholder={t("caseFields.reporterName")} disabled={anonymous} maxLength={40} data-testid="case-reporter-name" />
          </Form.Item>
          <Form.Item name="reporterPhone">
            <Input placeholder={t("caseFields.reporterPhone")} disabled={anonymous} data-testid="case-reporter-phone" />
          </Form.Item>
          <Form.Item name="anonymous" valuePropName="checked">
            <Checkbox data-testid="case-anonymous">{t("caseFields.anonymous")}</Checkbox>
          </Form.Item>
        </Space>
      </Form.Item>
      <Form.Item label={t("caseForm.respondent")} style={{ marginBottom: 0 }}>
        <Space wrap align="start">
          <Form.Item name="respondentKind">
            <Select<string>
              allowClear
              placeholder={t("caseFields.respondentKind")}
              options={RESPONDENT_KINDS.map((k) => ({ value: k, label: t(`caseRespondent.${k}`) }))}
              style={{ width: 140 }}
              data-testid="case-respondent-kind"
            />
          </Form.Item>
          <Form.Item name="respondentName">
            <Input placeholder={t("caseFields.respondentName")} maxLength={80} data-testid="case-respondent-name" />
          </Form.Item>
        </Space>
      </Form.Item>
      <Form.Item name="urgency" label={t("caseFields.urgency")}>
        <Select<Urgency>
          options={URGENCIES.map((u) => ({ value: u, label: t(`caseUrgency.${u}`) }))}
          style={{ width: 160 }}
          data-testid="case-urgency"
        />
      </Form.Item>
      <Form.Item name="reportedAt" label={t("caseFields.reportedAt")} extra={t("caseForm.reportedAtHelp")}>
        <DatePicker
          showTime={{ format: "HH:mm" }}
          format="YYYY-MM-DD HH:mm"
          disabledDate={(d) => d.isAfter(dayjs(), "day")}
          data-testid="case-reported-at"
        />
      </Form.Item>
      <Form.Item name="photos" label={t("caseFields.photos")} extra={t("caseForm.photosHelp")}>
        <PhotoPicker testId="case-photos" />
      </Form.Item>
    </>
  );
}
