import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import type { Meeting } from "../../api/bindings";

/** Open (still being recorded) or closed (minutes frozen). */
export function MeetingStateTag({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  return meeting.closedAt ? (
    <Tag data-testid="meeting-state">{t("meetings.closed")}</Tag>
  ) : (
    <Tag color="green" data-testid="meeting-state">
      {t("meetings.open")}
    </Tag>
  );
}
