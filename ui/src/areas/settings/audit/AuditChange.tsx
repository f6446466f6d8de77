import { Table, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { AuditRecord } from "../../../api/bindings";

type Row = { key: string; before: string; after: string; changed: boolean };

function parse(json: string | null): unknown {
  if (json === null) return null;
  try {
    return JSON.parse(json);
  } catch {
    return json;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** A value as a person reads it: text as is, empty as a dash, anything else as compact JSON. */
function show(value: unknown): string {
  if (value === undefined || value === null || value === "") return "—";
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}

/** One line per field, with the changed ones marked, rather than two blobs of JSON to compare by eye. */
export function AuditChange({ record }: { record: AuditRecord }) {
  const { t } = useTranslation();
  const before = parse(record.beforeJson);
  const after = parse(record.afterJson);
  if (before === null && after === null) return <Typography.Text type="secondary">{t("audit.noDetail")}</Typography.Text>;

  const objects = (isObject(before) || before === null) && (isObject(after) || after === null);
  const rows: Row[] = objects
    ? [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].map((key) => {
        const b = show((before as Record<string, unknown> | null)?.[key]);
        const a = show((after as Record<string, unknown> | null)?.[key]);
        return { key, before: b, after: a, changed: before !== null && after !== null && a !== b };
      })
    : [{ key: "", before: show(before), after: show(after), changed: false }];

  return (
    <Table<Row>
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={rows}
      data-testid={`audit-change-${record.id}`}
      columns={[
        ...(objects ? [{ title: t("audit.item"), dataIndex: "key", key: "key", width: 160 }] : []),
        { title: t("audit.before"), dataIndex: "before", key: "before", render: (v: string) => <Cell text={v} /> },
        {
          title: t("audit.after"),
          dataIndex: "after",
          key: "after",
          render: (v: string, row: Row) => <Cell text={v} strong={row.changed} />,
        },
      ]}
    />
  );
}

function Cell({ text, strong = false }: { text: string; strong?: boolean }) {
  return (
    <Typography.Text strong={strong} style={{ whiteSpace: "pre-wrap", wordBreak: "break-all" }} mark={strong}>
      {text}
    </Typography.Text>
  );
}
