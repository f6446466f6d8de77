import { Alert, App, Button, Col, List, Modal, Row, Space, Statistic, Tabs, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { ImportPreview, ImportRow } from "../../../api/bindings";
import { useApplyRosterImport } from "../../../api/queries";
import { errorText } from "../../../i18n/errorText";
import { changeText, columnText, rejectedText } from "./importText";
import { TemplateHint } from "./TemplateHint";

type Props = { path: string; preview: ImportPreview; onClose: () => void };

/** What the file would change. Nothing is written until the user confirms, and only if no row is rejected. */
export function ImportPreviewModal({ path, preview, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const apply = useApplyRosterImport();
  const { added, changed, unchanged, rejected, missingColumns } = preview;
  const blocked = rejected.length > 0 || missingColumns.length > 0;
  const nothingToDo = added.length + changed.length === 0;
  const sep = t("roster.listSeparator");

  const confirm = () =>
    apply.mutate(path, {
      onSuccess: (done) => {
        void message.success(t("rosterImport.applied", { added: done.added.length, changed: done.changed.length }));
        onClose();
      },
      // The file is read again on apply: if it changed since the preview and now has a rejected row, nothing was written.
      onError: (err) => void message.error(err.code === "INVALID_FILE" ? t("rosterImport.applyRefused") : errorText(err, t)),
    });

  const rowList = (rows: ImportRow[], showChanges: boolean) => (
    <List
      size="small"
      dataSource={rows}
      rowKey={(r) => r.row}
      style={{ maxHeight: 300, overflow: "auto" }}
      renderItem={(r) => (
        <List.Item>
          <Space size={4} wrap>
            <Typography.Text type="secondary">{t("rosterImport.rowLabel", { row: r.row })}</Typography.Text>
            <span>{[r.community, r.grid, r.name, r.role].join(" · ")}</span>
            {r.changes.map((c) => (
              <Tag key={c} color={showChanges ? "blue" : "green"}>
                {changeText(c, t)}
              </Tag>
            ))}
          </Space>
        </List.Item>
      )}
    />
  );

  const tabs = [
    { key: "added", label: t("rosterImport.addedTab", { count: added.length }), children: rowList(added, false) },
    { key: "changed", label: t("rosterImport.changedTab", { count: changed.length }), children: rowList(changed, true) },
    {
      key: "unchanged",
      label: t("rosterImport.unchangedTab", { count: unchanged }),
      children: <Typography.Paragraph type="secondary">{t("rosterImport.unchangedText", { count: unchanged })}</Typography.Paragraph>,
    },
    {
      key: "rejected",
      label: <span data-testid="import-rejected-tab">{t("rosterImport.rejectedTab", { count: rejected.length })}</span>,
      children: (
        <List
          size="small"
          dataSource={rejected}
          rowKey={(r) => `${r.row}-${r.reason}`}
          style={{ maxHeight: 300, overflow: "auto" }}
          data-testid="import-rejected"
          renderItem={(r) => (
            <List.Item>
              <Typography.Text type="danger">{rejectedText(r, t)}</Typography.Text>
            </List.Item>
          )}
        />
      ),
    },
  ];

  return (
    <Modal
      open
      width={780}
      title={t("rosterImport.previewTitle")}
      onCancel={onClose}
      maskClosable={false}
      modalRender={(node) => <div data-testid="import-preview">{node}</div>}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t("settings.cancel")}
        </Button>,
        <Button
          key="ok"
          type="primary"
          disabled={blocked || nothingToDo}
          loading={apply.isPending}
          onClick={confirm}
          data-testid="import-confirm"
        >
          {t("rosterImport.confirm")}
        </Button>,
      ]}
    >
      <Space direction="vertical" size={12} style={{ width: "100%" }}>
        <Typography.Text type="secondary" ellipsis>
          {t("rosterImport.file", { path })}
        </Typography.Text>
        {missingColumns.length > 0 && (
          <Alert
            type="error"
            showIcon
            data-testid="import-missing-columns"
            message={t("rosterImport.missingColumns", { columns: missingColumns.map((c) => columnText(c, t)).join(sep) })}
            description={<TemplateHint />}
          />
        )}
        {rejected.length > 0 && (
          <Alert type="warning" showIcon message={t("rosterImport.blocked")} data-testid="import-blocked" />
        )}
        {!blocked && nothingToDo && <Alert type="info" showIcon message={t("rosterImport.nothingToDo")} />}
        <Row gutter={16}>
          <Col span={6}>
            <Statistic title={t("rosterImport.added")} value={added.length} />
          </Col>
          <Col span={6}>
            <Statistic title={t("rosterImport.changed")} value={changed.length} />
          </Col>
          <Col span={6}>
            <Statistic title={t("rosterImport.unchanged")} value={unchanged} />
          </Col>
          <Col span={6}>
            <Statistic
              title={t("rosterImport.rejected")}
              value={rejected.length}
              valueStyle={rejected.length > 0 ? { color: "#cf1322" } : undefined}
            />
          </Col>
        </Row>
        <Tabs items={tabs} defaultActiveKey={rejected.length > 0 ? "rejected" : "added"} />
      </Space>
    </Modal>
  );
}
