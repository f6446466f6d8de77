import { usePerm } from "../../common/useSession";
import { Button, Flex, Segmented, Typography } from "antd";
import {
  CalendarOutlined,
  EditOutlined,
  LeftOutlined,
  PlusOutlined,
  PrinterOutlined,
  RightOutlined,
  SwapOutlined,
  UserAddOutlined,
  UserOutlined,
} from "@ant-design/icons";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import type { Community } from "../../api/bindings";
import { formatMonth, formatMonthDay } from "../../i18n/format";
import { MONTH_FORMAT, type Period, type View } from "./dates";
import { DutyExportButton } from "./DutyExportButton";

export type ChangeKind = "override" | "adhoc" | "swap" | "leave";

type Props = {
  view: View;
  onView: (view: View) => void;
  anchor: Dayjs;
  onAnchor: (anchor: Dayjs) => void;
  period: Period;
  communities: Community[];
  communityId: number | null;
  onCommunity: (id: number | null) => void;
  onAddRule: () => void;
  onChange: (kind: ChangeKind) => void;
  onPerson: () => void;
};

const ALL = "all";

export function DutyToolbar(props: Props) {
  const { view, onView, anchor, onAnchor, period, communities, communityId, onCommunity, onAddRule, onChange, onPerson } = props;
  const { t } = useTranslation();
  const canEdit = usePerm("duty_edit");
  const navigate = useNavigate();
  const unit = view === "month" ? "month" : "week";
  const month = anchor.format(MONTH_FORMAT);
  const title =
    view === "month"
      ? formatMonth(month)
      : t("duty.weekRange", { from: formatMonthDay(period.from), to: formatMonthDay(period.to) });
  const community = communityId !== null ? `?community=${communityId}` : "";
  // Print what is on screen: the week shown (named by its Monday), or the month.
  const board = view === "week" ? `/duty/board/week/${period.from}${community}` : `/duty/board/${month}${community}`;

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap align="center">
        <Segmented<View>
          value={view}
          onChange={onView}
          options={[
            { value: "week", label: <span data-testid="duty-view-week">{t("duty.viewWeek")}</span> },
            { value: "month", label: <span data-testid="duty-view-month">{t("duty.viewMonth")}</span> },
          ]}
        />
        <Button
          icon={<LeftOutlined />}
          onClick={() => onAnchor(anchor.subtract(1, unit))}
          aria-label={view === "month" ? t("duty.prevMonth") : t("duty.prevWeek")}
          data-testid="duty-prev"
        />
        <Button onClick={() => onAnchor(dayjs())} data-testid="duty-today">
          {t("duty.today")}
        </Button>
        <Button
          icon={<RightOutlined />}
          onClick={() => onAnchor(anchor.add(1, unit))}
          aria-label={view === "month" ? t("duty.nextMonth") : t("duty.nextWeek")}
          data-testid="duty-next"
        />
        <Typography.Title level={4} style={{ margin: "0 8px" }} data-testid="duty-period">
          {title}
        </Typography.Title>
        <div style={{ flex: 1 }} />
        <Button icon={<UserOutlined />} onClick={onPerson} data-testid="duty-person-open">
          {t("dutyPerson.open")}
        </Button>
        <DutyExportButton period={period} />
        <Button icon={<PrinterOutlined />} onClick={() => navigate(board)} data-testid="duty-print">
          {t("duty.print")}
        </Button>
      </Flex>
      <Flex gap={8} wrap align="center">
        <Segmented<number | typeof ALL>
          value={communityId ?? ALL}
          onChange={(value) => onCommunity(value === ALL ? null : value)}
          options={[
            { value: ALL, label: <span data-testid="duty-community-all">{t("duty.allCommunities")}</span> },
            ...communities.map((c) => ({ value: c.id, label: <span data-testid={`duty-community-${c.id}`}>{c.name}</span> })),
          ]}
        />
        <div style={{ flex: 1 }} />
        {canEdit && (
          <>
        <Button type="primary" icon={<PlusOutlined />} onClick={onAddRule} data-testid="duty-rule-add">
          {t("duty.addRule")}
        </Button>
        <Button icon={<EditOutlined />} onClick={() => onChange("override")} data-testid="duty-override-add">
          {t("duty.override")}
        </Button>
        <Button icon={<SwapOutlined />} onClick={() => onChange("swap")} data-testid="duty-swap">
          {t("duty.swap")}
        </Button>
        <Button icon={<CalendarOutlined />} onClick={() => onChange("leave")} data-testid="duty-leave">
          {t("duty.leave")}
        </Button>
        <Button icon={<UserAddOutlined />} onClick={() => onChange("adhoc")} data-testid="duty-adhoc-add">
          {t("duty.adhoc")}
        </Button>
          </>
        )}
      </Flex>
    </Flex>
  );
}
