import { useState } from "react";
import { App, Button, Card, Popconfirm, Space, Table, Tag, Typography } from "antd";
import { PlusOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import type { Category } from "../../../api/bindings";
import { useArchiveCaseCategory, useCaseCategories } from "../../../api/caseQueries";
import { usePerm } from "../../../common/useSession";
import { byParent, limitText } from "../categoryOptions";
import { caseErrorText } from "../caseErrorText";
import { CategoryFormModal, type Editing } from "./CategoryFormModal";

type Row = Category & { children?: Category[] };

/** The two-level category dictionary and each subcategory's time limit; administrators edit it. */
export function CaseCategoriesSection() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const categories = useCaseCategories();
  const archive = useArchiveCaseCategory();
  const admin = usePerm("admin");
  const [editing, setEditing] = useState<Editing | null>(null);
  const all = categories.data ?? [];
  const rows: Row[] = byParent(all).map(({ parent, children }) => ({ ...parent, children: children.length ? children : undefined }));

  const actions = (c: Category) =>
    c.archived || !admin ? null : (
      <Space size={4} wrap>
        <Button size="small" onClick={() => setEditing({ category: c })} data-testid={`category-edit-${c.id}`}>
          {t("caseCategories.edit")}
        </Button>
        {c.parentId === null && (
          <Button size="small" onClick={() => setEditing({ parentId: c.id })} data-testid={`category-add-child-${c.id}`}>
            {t("caseCategories.addChild")}
          </Button>
        )}
        <Popconfirm
          title={t("caseCategories.archiveTitle", { name: c.name })}
          description={t("caseCategories.archiveText")}
          okText={t("caseCategories.archive")}
          cancelText={t("settings.cancel")}
          onConfirm={() =>
            archive.mutateAsync(c.id).then(
              () => void message.success(t("caseCategories.archivedDone")),
              (err) => void message.error(caseErrorText(err, t)),
            )
          }
        >
          <Button size="small" data-testid={`category-archive-${c.id}`}>
            {t("caseCategories.archive")}
          </Button>
        </Popconfirm>
      </Space>
    );

  return (
    <Card
      title={t("caseCategories.title")}
      data-testid="case-categories-section"
      extra={
        admin && (
          <Button icon={<PlusOutlined />} onClick={() => setEditing({ parentId: null })} data-testid="category-add">
            {t("caseCategories.addParent")}
          </Button>
        )
      }
    >
      <Typography.Paragraph type="secondary">{t("caseCategories.help")}</Typography.Paragraph>
      {categories.isError && <Typography.Text type="danger">{caseErrorText(categories.error, t)}</Typography.Text>}
      <Table<Row>
        rowKey="id"
        size="small"
        pagination={false}
        loading={categories.isPending}
        dataSource={rows}
        columns={[
          { key: "name", title: t("caseFields.name"), render: (_, c) => (c.archived ? <Typography.Text delete>{c.name}</Typography.Text> : c.name) },
          { key: "code", title: t("caseFields.code"), dataIndex: "code", width: 110 },
          { key: "limit", title: t("caseFields.limit"), width: 130, render: (_, c) => limitText(c.limit, t) },
          { key: "state", title: "", width: 80, render: (_, c) => (c.archived ? <Tag>{t("caseCategories.archived")}</Tag> : null) },
          { key: "actions", title: "", width: 240, render: (_, c) => actions(c) },
        ]}
      />
      {editing && <CategoryFormModal editing={editing} parents={all.filter((c) => c.parentId === null)} onClose={() => setEditing(null)} />}
    </Card>
  );
}
