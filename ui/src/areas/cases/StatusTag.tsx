import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import type { CaseStatus } from "../../api/bindings";
import { STATUS_COLOR } from "./labels";

export function StatusTag({ status }: { status: CaseStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOR[status]} data-testid="case-status" style={{ marginInlineEnd: 0 }}>
      {t(`caseStatus.${status}`)}
    </Tag>
  );
}
