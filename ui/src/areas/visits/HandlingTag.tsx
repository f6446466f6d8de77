import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import type { Handling } from "../../api/bindings";
import { HANDLING_COLOR } from "./labels";

export function HandlingTag({ handling }: { handling: Handling }) {
  const { t } = useTranslation();
  return (
    <Tag color={HANDLING_COLOR[handling]} data-testid="visit-handling" style={{ marginInlineEnd: 0 }}>
      {t(`visitHandling.${handling}`)}
    </Tag>
  );
}
