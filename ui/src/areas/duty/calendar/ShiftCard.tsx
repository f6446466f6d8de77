import type { ReactNode } from "react";
import { Card, Flex, Space, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { DutyPerson, ShiftView } from "../../../api/bindings";
import { shiftKey, shiftName, shortage, SOURCE_COLOR, sourceText, timeRange } from "../labels";
import { AttendanceState } from "./Attendance";

type Props = {
  shift: ShiftView;
  /** Controls for one person (attendance, remove, replace); none on the week overview. */
  personActions?: (person: DutyPerson) => ReactNode;
  extra?: ReactNode;
  onClick?: () => void;
  compact?: boolean;
};

/** One shift: where, when, how many it needs, and each officer with why they are on it. */
export function ShiftCard({ shift, personActions, extra, onClick, compact = false }: Props) {
  const { t } = useTranslation();
  const short = shortage(shift);
  return (
    <Card
      size="small"
      hoverable={onClick !== undefined}
      onClick={onClick}
      data-testid={`duty-shift-${shiftKey(shift)}`}
      style={short > 0 ? { borderColor: "#ff4d4f", background: "#fff1f0" } : undefined}
      title={
        <Space size={4} wrap>
          <span>{shiftName(shift, t)}</span>
          {short > 0 && <Tag color="red">{t("duty.gapTag", { count: short })}</Tag>}
        </Space>
      }
      extra={extra}
    >
      <Typography.Text type="secondary" style={{ display: "block", marginBottom: 4 }}>
        {timeRange(shift)} · {t("duty.staffing", { needed: shift.needed, have: shift.people.length })}
      </Typography.Text>
      {shift.people.length === 0 && <Typography.Text type="danger">{t("duty.nobody")}</Typography.Text>}
      <Flex vertical gap={compact ? 2 : 8}>
        {shift.people.map((p) => (
          <div key={p.personId} data-testid={`duty-person-${shift.date}-${p.personId}`}>
            <Flex gap={6} wrap align="center">
              <Typography.Text strong>{p.name}</Typography.Text>
              {p.source !== "rotation" && <Tag color={SOURCE_COLOR[p.source]}>{sourceText(p, t)}</Tag>}
              {!compact && (
                <>
                  {p.source === "rotation" && <Tag>{sourceText(p, t)}</Tag>}
                  <Typography.Text type={p.phone ? undefined : "warning"}>{p.phone || t("duty.noPhone")}</Typography.Text>
                  <AttendanceState attendance={p.attendance} start={shift.startTime} />
                </>
              )}
            </Flex>
            {compact && p.phone && (
              <Typography.Text type="secondary" style={{ display: "block", fontSize: 12 }}>
                {p.phone}
              </Typography.Text>
            )}
            {personActions && <div style={{ marginTop: 4 }}>{personActions(p)}</div>}
          </div>
        ))}
      </Flex>
    </Card>
  );
}
