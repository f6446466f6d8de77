import { DatePicker, Form, Input, Select } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import type { Urgency } from "../../api/bindings";
import { useCommunityGrids } from "../../api/caseQueries";
import { URGENCIES } from "../cases/labels";

/**
 * The case intake's optional fields minus the reporter and photos: the reporter is the visitor,
 * whom the core carries over in full (the window only holds the masked contact).
 */
export function VisitCaseFields() {
  const { t } = useTranslation();
  const communityId = Form.useWatch<number | undefined>("communityId");
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
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={4000} data-testid="case-description" />
      </Form.Item>
      <Form.Item name="urgency" label={t("caseFields.urgency")}>
        <Select<Urgency>
          options={URGENCIES.map((u) => ({ value: u, label: t(`caseUrgency.${u}`) }))}
          style={{ width: 160 }}
          data-testid="case-urgency"
        />
      </Form.Item>
      <Form.Item name="reportedAt" label={t("caseFields.reportedAt")}>
        <DatePicker
          showTime={{ format: "HH:mm" }}
          format="YYYY-MM-DD HH:mm"
          disabledDate={(d) => d.isAfter(dayjs(), "day")}
          data-testid="case-reported-at"
        />
      </Form.Item>
    </>
  );
}
