import { Card, Table, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { BalanceView } from "../../../api/bindings";
import { formatNumber } from "../../../i18n/format";

/** Who carries how many duty days in the period, and how uneven that is. */
export function BalanceTable({ balance, spread }: { balance: BalanceView[]; spread: number }) {
  const { t } = useTranslation();
  const rows = [...balance].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, "zh-CN"));
  return (
    <Card size="small" title={t("dutyBalance.title")} data-testid="duty-balance">
      <Table<BalanceView>
        size="small"
        pagination={false}
        rowKey="personId"
        dataSource={rows}
        locale={{ emptyText: t("dutyBalance.empty") }}
        columns={[
          { key: "name", title: t("dutyBalance.name"), dataIndex: "name" },
          {
            key: "count",
            title: t("dutyBalance.count"),
            dataIndex: "count",
            align: "right",
            render: (n: number) => formatNumber(n),
          },
          {
            key: "present",
            title: t("dutyBalance.present"),
            dataIndex: "present",
            align: "right",
            render: (n: number) => formatNumber(n),
          },
          {
            key: "noShows",
            title: t("dutyBalance.noShows"),
            dataIndex: "noShows",
            align: "right",
            render: (n: number) => <Typography.Text type={n > 0 ? "danger" : undefined}>{formatNumber(n)}</Typography.Text>,
          },
        ]}
      />
      {rows.length > 0 && (
        <Typography.Text
          type={spread > 1 ? "warning" : "secondary"}
          style={{ display: "block", marginTop: 8 }}
          data-testid="duty-spread"
        >
          {t("dutyBalance.spread", { count: spread })}
        </Typography.Text>
      )}
    </Card>
  );
}
