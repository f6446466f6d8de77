import { Alert, Button, Space } from "antd";
import { useTranslation } from "react-i18next";
import type { Person } from "../../../api/bindings";
import { useSearchPeople } from "../../../api/queries";
import { useDebounced } from "../../../common/useDebounced";
import { personLabel } from "./PersonPicker";

/** Warns that a person of this name is already on record, so the same person is not entered twice. */
export function SameNameHint({ name, onPick }: { name: string; onPick: (person: Person) => void }) {
  const { t } = useTranslation();
  const query = useDebounced(name.trim(), 250);
  const people = useSearchPeople(query, query !== "");
  const same = query === "" ? [] : (people.data ?? []).filter((p) => p.name === query);
  if (same.length === 0) return null;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="member-same-name"
      message={t("member.sameName")}
      description={
        <Space direction="vertical" size={4}>
          {same.map((p) => (
            <Space key={p.id}>
              <span>{personLabel(p, t)}</span>
              <Button size="small" onClick={() => onPick(p)}>
                {t("member.pickThis")}
              </Button>
            </Space>
          ))}
        </Space>
      }
    />
  );
}
