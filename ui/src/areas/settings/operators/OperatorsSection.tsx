import { useState } from "react";
import { Alert, Button, Card, Typography } from "antd";
import { PlusOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { useOperators } from "../../../api/accessQueries";
import type { Operator } from "../../../api/bindings";
import { errorText } from "../../../i18n/errorText";
import { OperatorFormModal } from "./OperatorFormModal";
import { OperatorTable } from "./OperatorTable";

/** The administrator's list of who may sign in at this workstation, in which role. */
export function OperatorsSection() {
  const { t } = useTranslation();
  const operators = useOperators();
  // null: adding a new account; an operator: editing it.
  const [form, setForm] = useState<{ operator: Operator | null } | null>(null);

  return (
    <Card
      title={t("operators.title")}
      data-testid="operators-section"
      extra={
        <Button icon={<PlusOutlined />} onClick={() => setForm({ operator: null })} data-testid="operator-add">
          {t("operators.add")}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t("operators.help")}</Typography.Paragraph>
      {operators.isError && <Alert type="error" showIcon message={errorText(operators.error, t)} />}
      <OperatorTable
        operators={operators.data ?? []}
        loading={operators.isPending}
        onEdit={(operator) => setForm({ operator })}
      />
      {form && <OperatorFormModal operator={form.operator} onClose={() => setForm(null)} />}
    </Card>
  );
}
