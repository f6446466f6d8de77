import { DatePicker, Flex, Form, Segmented, Select, TimePicker, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import type { Community, DutyChange, DutyRuleView, OverrideKind, ShiftView } from "../../../api/bindings";
import { useDutyRules } from "../../../api/queries";
import { fromDay, toDay } from "../../roster/dates";
import { PersonPicker } from "../../roster/member/PersonPicker";
import { fromTime, toTime } from "../dates";
import { shiftName, timeRange } from "../labels";
import { useDayShifts } from "../useNames";
import { ChangeModal } from "./ChangeModal";

/** What opens the form: a bare button, or a person or shift picked on the calendar. */
export type OverridePrefill = {
  kind: OverrideKind;
  /** 临时值班: an "add" without a rule. */
  adhoc?: boolean;
  date?: string;
  ruleId?: number | null;
  communityId?: number | null;
  startTime?: string;
  endTime?: string;
  personId?: number;
};

const ADHOC = "adhoc";
const ALL = "all";
const FIELDS = ["date", "personId", "replacementId", "startTime", "endTime", "reason"] as const;
const KIND_LABEL = { add: "dutyChange.kindAdd", remove: "dutyChange.kindRemove", replace: "dutyChange.kindReplace" } as const;

type Values = {
  kind: OverrideKind;
  date?: Dayjs | null;
  /** A shift of the day (remove, replace) or, for add, a rule ("rule:3") or ADHOC. */
  slot?: string;
  communityId?: number | typeof ALL;
  startTime?: Dayjs | null;
  endTime?: Dayjs | null;
  personId?: number;
  replacementId?: number;
  reason?: string;
};

/** A shift of a day, without the date: the same rule's shift on another day keeps its key. */
const slotOf = (s: { ruleId: number | null; communityId: number | null; startTime: string }) =>
  `${s.ruleId ?? ADHOC}-${s.communityId ?? 0}-${s.startTime}`;

function toChange(v: Values, shifts: ShiftView[], rules: DutyRuleView[]): DutyChange | null {
  if (!v.date || !v.slot || v.personId === undefined) return null;
  const base = { kind: v.kind, date: toDay(v.date), personId: v.personId, reason: (v.reason ?? "").trim() };
  if (v.kind === "add") {
    if (v.slot === ADHOC) {
      if (!v.startTime || !v.endTime || v.communityId === undefined) return null;
      const communityId = v.communityId === ALL ? null : v.communityId;
      const input = {
        ...base,
        ruleId: null,
        communityId,
        startTime: toTime(v.startTime),
        endTime: toTime(v.endTime),
        replacementId: null,
      };
      return { type: "override", input };
    }
    const rule = rules.find((r) => `rule:${r.rule.id}` === v.slot)?.rule;
    if (!rule) return null;
    const input = {
      ...base,
      ruleId: rule.id,
      communityId: rule.communityId,
      startTime: rule.startTime,
      endTime: rule.endTime,
      replacementId: null,
    };
    return { type: "override", input };
  }
  const shift = shifts.find((s) => slotOf(s) === v.slot);
  if (!shift || (v.kind === "replace" && v.replacementId === undefined)) return null;
  const { ruleId, communityId, startTime, endTime } = shift;
  const replacementId = v.kind === "replace" ? (v.replacementId as number) : null;
  return { type: "override", input: { ...base, ruleId, communityId, startTime, endTime, replacementId } };
}

function initialSlot(p: OverridePrefill): string | undefined {
  if (p.adhoc) return ADHOC;
  if (p.kind === "add") return p.ruleId != null ? `rule:${p.ruleId}` : undefined;
  if (p.startTime === undefined) return undefined;
  return slotOf({ ruleId: p.ruleId ?? null, communityId: p.communityId ?? null, startTime: p.startTime });
}

function initial(p: OverridePrefill): Values {
  return {
    kind: p.kind,
    date: fromDay(p.date),
    slot: initialSlot(p),
    communityId: p.communityId === null ? ALL : p.communityId,
    startTime: fromTime(p.startTime ?? "08:30"),
    endTime: fromTime(p.endTime ?? "17:30"),
    personId: p.personId,
    reason: "",
  };
}

/** Add, take off or replace one person on one day; 临时值班 is an add without a rule. */
export function OverrideForm({
  prefill,
  communities,
  onClose,
}: {
  prefill: OverridePrefill;
  communities: Community[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const rules = (useDutyRules().data ?? []).filter((r) => !r.archived);
  const kind = Form.useWatch("kind", { form, preserve: true }) ?? prefill.kind;
  const date = Form.useWatch("date", form) as Dayjs | null | undefined;
  const slot = Form.useWatch("slot", form) as string | undefined;
  const day = useDayShifts(date ? toDay(date) : null);
  const shift = day.shifts.find((s) => slotOf(s) === slot);
  const required = (key: "date_required" | "ruleId_required" | "personId_required" | "replacementId_required") => [
    { required: true, message: t(`dutyValidation.${key}`) },
  ];

  const slotOptions =
    kind === "add"
      ? [...rules.map((r) => ({ value: `rule:${r.rule.id}`, label: r.name })), { value: ADHOC, label: t("dutyChange.adhocRule") }]
      : // Only a rule's shift has a turn to take someone off or replace; ad-hoc duty is undone instead.
        day.shifts
          .filter((s) => s.ruleId !== null)
          .map((s) => ({ value: slotOf(s), label: `${shiftName(s, t)} ${timeRange(s)}` }));

  return (
    <ChangeModal<Values>
      title={prefill.adhoc ? t("dutyChange.adhocTitle") : t("dutyChange.overrideTitle")}
      testId="override-form"
      form={form}
      initialValues={initial(prefill)}
      toChange={(v) => toChange(v, day.shifts, rules)}
      fields={FIELDS}
      onClose={onClose}
    >
      <Form.Item name="kind" label={t("dutyFields.kind")} hidden={prefill.adhoc}>
        <Segmented<OverrideKind>
          onChange={() => form.setFieldsValue({ slot: undefined, personId: undefined })}
          options={(["add", "remove", "replace"] as const).map((k) => ({
            value: k,
            label: <span data-testid={`override-kind-${k}`}>{t(KIND_LABEL[k])}</span>,
          }))}
        />
      </Form.Item>
      <Form.Item name="date" label={t("dutyFields.date")} rules={required("date_required")}>
        <DatePicker style={{ width: 200 }} data-testid="override-date" />
      </Form.Item>
      <Form.Item
        name="slot"
        label={kind === "add" ? t("dutyChange.rule") : t("dutyChange.shift")}
        rules={required("ruleId_required")}
        hidden={prefill.adhoc}
        extra={kind !== "add" && date && !day.loading && slotOptions.length === 0 ? t("dutyChange.noShiftsThatDay") : undefined}
      >
        <Select
          options={slotOptions}
          loading={kind !== "add" && day.loading}
          placeholder={kind !== "add" && !date ? t("dutyChange.pickDateFirst") : undefined}
          data-testid="override-slot"
        />
      </Form.Item>
      {kind === "add" && slot === ADHOC && (
        <>
          <Form.Item
            name="communityId"
            label={t("dutyFields.communityId")}
            rules={[{ required: true, message: t("validationSpecial.communityId_required") }]}
          >
            <Select
              data-testid="override-community"
              options={[
                { value: ALL, label: t("duty.wholeStation") },
                ...communities.map((c) => ({ value: c.id, label: c.name })),
              ]}
            />
          </Form.Item>
          <Flex gap={16}>
            <Form.Item
              name="startTime"
              label={t("dutyFields.startTime")}
              rules={[{ required: true, message: t("dutyValidation.startTime_required") }]}
            >
              <TimePicker format="HH:mm" minuteStep={5} data-testid="override-start" />
            </Form.Item>
            <Form.Item
              name="endTime"
              label={t("dutyFields.endTime")}
              rules={[{ required: true, message: t("dutyValidation.endTime_required") }]}
            >
              <TimePicker format="HH:mm" minuteStep={5} data-testid="override-end" />
            </Form.Item>
          </Flex>
        </>
      )}
      <Form.Item name="personId" label={t("dutyFields.personId")} rules={required("personId_required")}>
        {kind === "add" ? (
          <PersonPicker known={[]} testId="override-person" />
        ) : (
          <Select<number>
            data-testid="override-person"
            options={(shift?.people ?? []).map((p) => ({ value: p.personId, label: p.name }))}
            notFoundContent={<Typography.Text type="secondary">{t("dutyChange.pickShiftFirst")}</Typography.Text>}
          />
        )}
      </Form.Item>
      {kind === "replace" && (
        <Form.Item name="replacementId" label={t("dutyFields.replacementId")} rules={required("replacementId_required")}>
          <PersonPicker known={[]} testId="override-replacement" />
        </Form.Item>
      )}
    </ChangeModal>
  );
}
