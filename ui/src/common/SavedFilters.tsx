import { useState, type ReactNode, type SyntheticEvent } from "react";
import { App, Button, Dropdown, Flex, Popconfirm, Typography, type MenuProps } from "antd";
import { DeleteOutlined, DownOutlined, SaveOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import type { SavedFilter } from "../api/bindings";
import { useArchiveSavedFilter, useSavedFilters } from "../api/savedFilterQueries";
import type { SavedFilterArea } from "../api/savedFilters";
import { errorText } from "../i18n/errorText";
import { mergeSaved } from "./savedFilterValues";
import { SaveFilterModal } from "./SaveFilterModal";

type Props<F extends object> = {
  area: SavedFilterArea;
  /** The list's filters as they stand, search text included; the page is not a filter. */
  current: F;
  /** The list's empty filters, which a saved filter is laid over. */
  defaults: F;
  /** Nothing set: there is nothing worth saving. */
  isEmpty: boolean;
  onApply: (filters: F) => void;
};

// The delete button and its confirmation sit inside a menu entry (the confirmation only in the
// React tree, its popup is a portal): a click or key there must not also apply the entry.
const stop = (e: SyntheticEvent) => e.stopPropagation();

/** The operator's own named filters of a list: apply one, delete one, or save the current ones. */
export function SavedFilters<F extends object>({ area, current, defaults, isEmpty, onApply }: Props<F>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  // The dropdown (and its styles) is built on first use, not with every list page: in the tests'
  // jsdom each added style rule slows every later layout read. Once built, it stays.
  const [used, setUsed] = useState(false);
  const [saving, setSaving] = useState(false);
  const list = useSavedFilters(area, open);
  const archive = useArchiveSavedFilter(area);

  const apply = (saved: SavedFilter) => {
    const filters = mergeSaved(saved.filters, defaults);
    if (filters) onApply(filters);
    else void message.error(t("savedFilters.damaged", { name: saved.name }));
  };
  const remove = (saved: SavedFilter) =>
    archive.mutateAsync(saved.id).then(
      () => void message.success(t("savedFilters.deleted")),
      (err) => void message.error(errorText(err, t)),
    );

  const entry = (saved: SavedFilter) => ({
    key: `filter-${saved.id}`,
    label: (
      <Flex justify="space-between" align="center" gap={12} data-testid={`saved-filter-${saved.id}`}>
        <Typography.Text ellipsis style={{ maxWidth: 240 }}>
          {saved.name}
        </Typography.Text>
        <span onClick={stop} onKeyDown={stop}>
          <Popconfirm
            title={t("savedFilters.deleteTitle", { name: saved.name })}
            description={t("savedFilters.deleteText")}
            okText={t("savedFilters.deleteOk")}
            cancelText={t("savedFilters.cancel")}
            onConfirm={() => remove(saved)}
          >
            <Button
              type="text"
              size="small"
              icon={<DeleteOutlined />}
              aria-label={t("savedFilters.delete", { name: saved.name })}
              data-testid={`saved-filter-delete-${saved.id}`}
            />
          </Popconfirm>
        </span>
      </Flex>
    ),
  });

  const note = (key: string, label: ReactNode) => ({ key, disabled: true, label });
  const entries: MenuProps["items"] = list.isPending
    ? [note("loading", t("savedFilters.loading"))]
    : list.isError
      ? [note("error", <Typography.Text type="danger">{errorText(list.error, t)}</Typography.Text>)]
      : list.data.length === 0
        ? [note("none", t("savedFilters.none"))]
        : list.data.map(entry);

  const items: MenuProps["items"] = [
    ...entries,
    { type: "divider" },
    {
      key: "save",
      icon: <SaveOutlined />,
      disabled: isEmpty,
      label: (
        <span title={isEmpty ? t("savedFilters.nothingToSave") : undefined} data-testid="saved-filter-save">
          {t("savedFilters.saveCurrent")}
        </span>
      ),
    },
  ];

  const onClick: MenuProps["onClick"] = ({ key }) => {
    setOpen(false);
    if (key === "save") return setSaving(true);
    const saved = list.data?.find((s) => `filter-${s.id}` === key);
    if (saved) apply(saved);
  };

  const firstOpen = () => {
    setUsed(true);
    setOpen(true);
  };
  const button = (
    <Button onClick={used ? undefined : firstOpen} data-testid="saved-filters">
      {t("savedFilters.button")} <DownOutlined />
    </Button>
  );
  return (
    <>
      {used ? (
        <Dropdown trigger={["click"]} open={open} onOpenChange={setOpen} autoFocus menu={{ items, onClick }}>
          {button}
        </Dropdown>
      ) : (
        button
      )}
      {saving && <SaveFilterModal area={area} filters={current} onClose={() => setSaving(false)} />}
    </>
  );
}
