import { Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { RosterMember } from "../../api/bindings";
import { termText } from "./dates";
import { MemberAvatar } from "./MemberAvatar";

type Props = { member: RosterMember; prominent?: boolean; onOpen: () => void };

/** One member on a grid card; the core ("2") ones larger. Clicking opens the person. */
export function MemberItem({ member: m, prominent = false, onOpen }: Props) {
  const { t } = useTranslation();
  const line = [m.organisation, m.party].filter(Boolean).join(" · ");
  return (
    <div
      role="button"
      tabIndex={0}
      onClick={onOpen}
      onKeyDown={(e) => {
        if (e.key !== "Enter" && e.key !== " ") return;
        e.preventDefault();
        onOpen();
      }}
      data-testid={`member-${m.assignmentId}`}
      style={{
        display: "flex",
        gap: 12,
        padding: prominent ? 12 : 8,
        borderRadius: 8,
        cursor: "pointer",
        height: "100%",
        background: prominent ? "#fffbe6" : "#fafafa",
        border: `1px solid ${prominent ? "#ffe58f" : "#f0f0f0"}`,
        opacity: m.ended ? 0.55 : 1,
      }}
    >
      <MemberAvatar name={m.name} photo={m.photo} size={prominent ? 56 : 36} />
      <div style={{ minWidth: 0 }}>
        <div>
          <Typography.Text strong style={{ fontSize: prominent ? 16 : 14, marginRight: 6 }}>
            {m.name}
          </Typography.Text>
          <Tag color={m.isCore ? "red" : "blue"}>{m.roleName}</Tag>
          {m.ended && <Tag data-testid={`member-ended-${m.assignmentId}`}>{t("roster.termEnded")}</Tag>}
        </div>
        {line && (
          <Typography.Text type="secondary" style={{ display: "block" }}>
            {line}
          </Typography.Text>
        )}
        <Typography.Text style={{ display: "block" }} type={m.phone ? undefined : "warning"}>
          {m.phone || t("roster.noPhone")}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ display: "block", fontSize: 12 }}>
          {termText(m.startDate, m.endDate, t)}
        </Typography.Text>
      </div>
    </div>
  );
}
