import { useState } from "react";
import { Alert, App, Button, Card, Flex, Popconfirm, Select, Space, Table, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import type { Holiday } from "../../../api/bindings";
import { useHolidays, useRemoveHoliday } from "../../../api/queries";
import { errorText } from "../../../i18n/errorText";
import { formatDate, formatWeekday } from "../../../i18n/format";
import { isoWeekdayOf } from "../dates";
import { HolidayForm } from "./HolidayForm";

// Dates for the coming year are often entered before the State Council publishes them.
const PROVISIONAL = /预排|provisional/i;

/** The holiday calendar the duty rules skip: days off, and weekend days worked instead (调休上班). */
export function HolidaysSection() {
  const { t } = useTranslation();
  const thisYear = dayjs().year();
  const [year, setYear] = useState(thisYear);
  const [editing, setEditing] = useState<Holiday | null>(null);
  const holidays = useHolidays(year);
  const list = [...(holidays.data ?? [])].sort((a, b) => a.date.localeCompare(b.date));
  const provisional = list.some((h) => PROVISIONAL.test(h.name));

  return (
    <Card title={t("holidays.title")} data-testid="holidays-section">
      <Typography.Paragraph type="secondary">{t("holidays.help")}</Typography.Paragraph>
      <Flex vertical gap={12}>
        <Space>
          <span>{t("holidays.year")}</span>
          <Select<number>
            value={year}
            onChange={(y) => {
              setYear(y);
              setEditing(null);
            }}
            options={[thisYear - 1, thisYear, thisYear + 1, thisYear + 2].map((y) => ({ value: y, label: String(y) }))}
            style={{ width: 100 }}
            aria-label={t("holidays.year")}
            data-testid="holiday-year"
          />
        </Space>
        {provisional && (
          <Alert type="warning" showIcon message={t("holidays.provisional", { year })} data-testid="holiday-provisional" />
        )}
        <HolidayForm
          editing={editing}
          onSaved={(h) => {
            setEditing(null);
            setYear(Number(h.date.slice(0, 4)));
          }}
          onCancel={() => setEditing(null)}
        />
        {holidays.isError && <Typography.Text type="danger">{errorText(holidays.error, t)}</Typography.Text>}
        <Table<Holiday>
          size="small"
          rowKey="date"
          loading={holidays.isPending}
          dataSource={list}
          pagination={false}
          scroll={{ y: 360 }}
          locale={{ emptyText: t("holidays.empty", { year }) }}
          data-testid="holiday-table"
          onRow={(h) => ({ "data-testid": `holiday-${h.date}` }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            {
              key: "date",
              title: t("holidays.date"),
              render: (_, h) => `${formatDate(h.date)} ${formatWeekday(isoWeekdayOf(h.date), "medium")}`,
            },
            {
              key: "kind",
              title: t("holidays.kind"),
              render: (_, h) =>
                h.kind === "holiday" ? (
                  <Tag color="red">{t("holidays.kindHoliday")}</Tag>
                ) : (
                  <Tag color="blue">{t("holidays.kindWorkday")}</Tag>
                ),
            },
            { key: "name", title: t("holidays.name"), dataIndex: "name" },
            {
              key: "actions",
              title: "",
              width: 170,
              render: (_, h) => <HolidayActions holiday={h} onEdit={() => setEditing(h)} />,
            },
          ]}
        />
      </Flex>
    </Card>
  );
}

function HolidayActions({ holiday, onEdit }: { holiday: Holiday; onEdit: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const remove = useRemoveHoliday();
  const confirm = () =>
    remove.mutateAsync(holiday.date).then(
      () => void message.success(t("holidays.removed")),
      (err) => void message.error(errorText(err, t, "holiday")),
    );
  return (
    <Space size={4}>
      <Button size="small" onClick={onEdit} data-testid={`holiday-edit-${holiday.date}`}>
        {t("holidays.edit")}
      </Button>
      <Popconfirm
        title={t("holidays.removeTitle", { date: formatDate(holiday.date) })}
        description={t("holidays.removeText")}
        okText={t("holidays.remove")}
        cancelText={t("settings.cancel")}
        onConfirm={confirm}
      >
        <Button size="small" danger loading={remove.isPending} data-testid={`holiday-remove-${holiday.date}`}>
          {t("holidays.remove")}
        </Button>
      </Popconfirm>
    </Space>
  );
}
