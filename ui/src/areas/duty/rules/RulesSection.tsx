import { usePerm } from "../../../common/useSession";
import { App, Button, Collapse, Empty, List, Popconfirm, Space, Tag, Typography } from "antd";
import { EditOutlined, InboxOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import type { DutyRuleView } from "../../../api/bindings";
import { useArchiveDutyRule } from "../../../api/queries";
import { errorText } from "../../../i18n/errorText";
import { formatDate } from "../../../i18n/format";
import { timeRange, weekdaysText } from "../labels";

type Props = { rules: DutyRuleView[]; loading: boolean; onEdit: (rule: DutyRuleView) => void };

/** The rules the schedule is computed from, folded away until asked for. */
export function RulesSection({ rules, loading, onEdit }: Props) {
  const { t } = useTranslation();
  const active = rules.filter((r) => !r.archived);
  return (
    <Collapse
      data-testid="duty-rules"
      // Folded from the start, even with no rules yet: open, it pushes the calendar below the fold
      // on a 1280×800 screen, and the empty calendar's own notice says to add a rule.
      defaultActiveKey={[]}
      items={[
        {
          key: "rules",
          label: <span data-testid="duty-rules-toggle">{t("duty.rulesTitle", { count: active.length })}</span>,
          children:
            active.length === 0 ? (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={<div style={{ maxWidth: 560, margin: "0 auto" }}>{t("duty.rulesEmpty")}</div>}
              />
            ) : (
              <List
                loading={loading}
                dataSource={active}
                rowKey={(r) => r.rule.id}
                renderItem={(r) => <RuleRow view={r} onEdit={() => onEdit(r)} />}
              />
            ),
        },
      ]}
    />
  );
}

function RuleRow({ view, onEdit }: { view: DutyRuleView; onEdit: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const archive = useArchiveDutyRule();
  const canEdit = usePerm("duty_edit");
  const { rule } = view;
  const confirm = () =>
    archive.mutateAsync(rule.id).then(
      () => void message.success(t("duty.ruleArchived")),
      (err) => void message.error(errorText(err, t, "duty")),
    );
  return (
    <List.Item
      data-testid={`duty-rule-${rule.id}`}
      actions={canEdit ? [
        <Button key="edit" size="small" icon={<EditOutlined />} onClick={onEdit} data-testid={`rule-edit-${rule.id}`}>
          {t("duty.editRule")}
        </Button>,
        <Popconfirm
          key="archive"
          title={t("duty.archiveRuleTitle", { name: view.name })}
          description={<div style={{ maxWidth: 320 }}>{t("duty.archiveRuleText")}</div>}
          okText={t("settings.archiveOk")}
          cancelText={t("settings.cancel")}
          onConfirm={confirm}
        >
          <Button size="small" icon={<InboxOutlined />} loading={archive.isPending} data-testid={`rule-archive-${rule.id}`}>
            {t("duty.archiveRule")}
          </Button>
        </Popconfirm>,
      ] : []}
    >
      <List.Item.Meta
        title={
          <Space wrap size={4}>
            <span>{view.name}</span>
            <Tag color="blue">{view.communityName ?? t("duty.wholeStationShort")}</Tag>
            {rule.skipHolidays && <Tag>{t("duty.ruleSkipsHolidays")}</Tag>}
          </Space>
        }
        description={
          <>
            <div>
              {t("duty.ruleLine", { weekdays: weekdaysText(rule.weekdays, t), time: timeRange(rule), perSlot: rule.perSlot })}
              <Typography.Text type="secondary" style={{ marginInlineStart: 12 }}>
                {rule.endDate
                  ? t("duty.ruleBetween", { start: formatDate(rule.startDate), end: formatDate(rule.endDate) })
                  : t("duty.ruleFrom", { start: formatDate(rule.startDate) })}
              </Typography.Text>
            </div>
            <Typography.Text type="secondary">{t("duty.ruleMembers", { names: view.memberNames.join(" → ") })}</Typography.Text>
          </>
        }
      />
    </List.Item>
  );
}
