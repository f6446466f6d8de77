import { DatePicker, Flex, Select } from "antd";
import type { Dayjs } from "dayjs";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import type { AuditArea } from "../../../api/bindings";
import { actorText } from "./auditText";

export type AuditFilter = { actor: string | null; area: AuditArea | null; from: string | null; to: string | null };

const AREAS: readonly AuditArea[] = ["access", "workstation", "roster", "duty"];

type Props = { value: AuditFilter; actors: string[]; onChange: (value: AuditFilter) => void };

/** Who, which part of the program, and which days. */
export function AuditFilters({ value, actors, onChange }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<AuditFilter>) => onChange({ ...value, ...patch });
  const range: [Dayjs, Dayjs] | null = value.from && value.to ? [dayjs(value.from), dayjs(value.to)] : null;
  return (
    <Flex gap={8} wrap>
      <Select<string>
        allowClear
        showSearch
        placeholder={t("audit.allActors")}
        aria-label={t("audit.actor")}
        value={value.actor ?? undefined}
        onChange={(actor) => set({ actor: actor ?? null })}
        options={actors.map((a) => ({ value: a, label: actorText(a, t) }))}
        style={{ width: 200 }}
        data-testid="audit-actor"
      />
      <Select<AuditArea>
        allowClear
        placeholder={t("audit.allAreas")}
        aria-label={t("audit.area")}
        value={value.area ?? undefined}
        onChange={(area) => set({ area: area ?? null })}
        options={AREAS.map((a) => ({ value: a, label: t(`audit.areas.${a}`) }))}
        style={{ width: 180 }}
        data-testid="audit-area"
      />
      <DatePicker.RangePicker
        value={range}
        onChange={(dates) =>
          set({ from: dates?.[0]?.format("YYYY-MM-DD") ?? null, to: dates?.[1]?.format("YYYY-MM-DD") ?? null })
        }
        data-testid="audit-dates"
      />
    </Flex>
  );
}
