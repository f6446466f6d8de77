import { useMemo, useState } from "react";
import { Alert, Col, Row, Skeleton, Space } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import type { DutyRuleView } from "../../api/bindings";
import { useDutyRules, useDutySchedule, useWorkstation } from "../../api/queries";
import { errorText } from "../../i18n/errorText";
import { todayString } from "../roster/dates";
import { holidayOf, holidaysByDate } from "./calendar/byDate";
import { DayDrawer } from "./calendar/DayDrawer";
import { MonthView } from "./calendar/MonthView";
import { usePeriodHolidays } from "./calendar/usePeriodHolidays";
import { WeekView } from "./calendar/WeekView";
import { LeaveForm } from "./changes/LeaveForm";
import { OverrideForm, type OverridePrefill } from "./changes/OverrideForm";
import { SwapForm } from "./changes/SwapForm";
import { periodOf, type View } from "./dates";
import { DutyToolbar, type ChangeKind } from "./DutyToolbar";
import { PersonDutyDrawer } from "./PersonDutyDrawer";
import { BalanceTable } from "./panels/BalanceTable";
import { ChangesList } from "./panels/ChangesList";
import { ProblemsPanel } from "./panels/ProblemsPanel";
import { RuleFormModal } from "./rules/RuleFormModal";
import { RulesSection } from "./rules/RulesSection";

type Changing = { kind: ChangeKind; prefill?: OverridePrefill; date?: string };

/** The duty schedule: computed from rules and changes, never typed day by day. */
export function DutyPage() {
  const { t } = useTranslation();
  const workstation = useWorkstation();
  const communities = useMemo(() => workstation.data?.communities.filter((c) => !c.archived) ?? [], [workstation.data]);
  const [view, setView] = useState<View>("month");
  const [anchor, setAnchor] = useState(() => dayjs());
  const [communityId, setCommunityId] = useState<number | null>(null);
  const [ruleForm, setRuleForm] = useState<{ rule: DutyRuleView | null } | null>(null);
  const [changing, setChanging] = useState<Changing | null>(null);
  const [openDate, setOpenDate] = useState<string | null>(null);
  const [personOpen, setPersonOpen] = useState(false);
  const period = periodOf(view, anchor);
  const schedule = useDutySchedule({ ...period, communityId, personId: null });
  const rules = useDutyRules();
  const holidays = usePeriodHolidays(period);
  const data = schedule.data;
  const shifts = data?.shifts ?? [];

  // Extra hands are usually wanted today; the day can be changed in the form.
  const startChange = (kind: ChangeKind) =>
    setChanging(kind === "adhoc" ? { kind, prefill: { kind: "add", adhoc: true, date: openDate ?? todayString() } } : { kind });

  return (
    <div data-testid="page-duty">
      <Space direction="vertical" size={16} style={{ width: "100%" }}>
        <DutyToolbar
          view={view}
          onView={setView}
          anchor={anchor}
          onAnchor={setAnchor}
          period={period}
          communities={communities}
          communityId={communityId}
          onCommunity={setCommunityId}
          onAddRule={() => setRuleForm({ rule: null })}
          onChange={startChange}
          onPerson={() => setPersonOpen(true)}
        />
        <RulesSection rules={rules.data ?? []} loading={rules.isPending} onEdit={(rule) => setRuleForm({ rule })} />
        {rules.isError && <Alert type="error" showIcon message={errorText(rules.error, t)} />}
        {schedule.isError && <Alert type="error" showIcon message={errorText(schedule.error, t)} />}
        {schedule.isPending && <Skeleton active />}
        {data && shifts.length === 0 && (
          <Alert type="info" showIcon message={t("duty.emptyTitle")} description={t("duty.emptyHelp")} data-testid="duty-empty" />
        )}
        {data && view === "month" && (
          <MonthView month={anchor} shifts={shifts} problems={data.problems} holidays={holidays} onOpenDay={setOpenDate} />
        )}
        {data && view === "week" && <WeekView week={anchor} shifts={shifts} holidays={holidays} onOpenDay={setOpenDate} />}
        {data && (
          <>
            <ProblemsPanel problems={data.problems} onOpenDay={setOpenDate} />
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={10}>
                <BalanceTable balance={data.balance} spread={data.spread} />
              </Col>
              <Col xs={24} xl={14}>
                <ChangesList overrides={data.overrides} leaves={data.leaves} />
              </Col>
            </Row>
          </>
        )}
      </Space>
      <DayDrawer
        date={openDate}
        shifts={openDate ? shifts.filter((s) => s.date === openDate) : []}
        holiday={
          openDate
            ? holidayOf(
                openDate,
                holidaysByDate(holidays),
                shifts.filter((s) => s.date === openDate),
              )
            : undefined
        }
        onClose={() => setOpenDate(null)}
        onOverride={(prefill) => setChanging({ kind: "override", prefill })}
      />
      {personOpen && <PersonDutyDrawer onClose={() => setPersonOpen(false)} />}
      {ruleForm && (
        <RuleFormModal
          rule={ruleForm.rule}
          communities={communities}
          defaultCommunityId={communityId ?? (communities.length === 1 ? communities[0].id : null)}
          onClose={() => setRuleForm(null)}
        />
      )}
      {(changing?.kind === "override" || changing?.kind === "adhoc") && (
        <OverrideForm
          prefill={changing.prefill ?? { kind: "replace", date: openDate ?? undefined }}
          communities={communities}
          onClose={() => setChanging(null)}
        />
      )}
      {changing?.kind === "swap" && <SwapForm date={openDate ?? undefined} onClose={() => setChanging(null)} />}
      {changing?.kind === "leave" && <LeaveForm onClose={() => setChanging(null)} />}
    </div>
  );
}
