import { useState } from "react";
import { App, Button, Form, Image, Input, Modal, Select, Space, Typography } from "antd";
import { DeleteOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import type { AppError, Community, Grid, GridInput } from "../../api/bindings";
import { useCreateGrid, useImage, useSetGridMap, useUpdateGrid } from "../../api/queries";
import { showOnField } from "../../common/serverFieldError";
import { errorText } from "../../i18n/errorText";
import type { ReadImage } from "./imageFile";
import { ImageFileButton } from "./ImageFileButton";

const FIELDS = ["communityId", "name", "code", "area"] as const;

/** What happens to the map on save: left alone, replaced, or removed. */
type MapChange = { kind: "keep" } | { kind: "set"; image: ReadImage } | { kind: "remove" };

type Props = { grid: Grid | null; communities: Community[]; defaultCommunityId: number | null; onClose: () => void };

export function GridFormModal({ grid, communities, defaultCommunityId, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<GridInput>();
  const create = useCreateGrid();
  const update = useUpdateGrid();
  const setMap = useSetGridMap();
  const [map, setMapChange] = useState<MapChange>({ kind: "keep" });
  // Once created here, saving again (say after a failed map upload) must update, not create a second grid.
  const [savedId, setSavedId] = useState<number | null>(grid?.id ?? null);
  const stored = useImage(map.kind === "keep" ? (grid?.mapImage ?? null) : null);
  const preview = map.kind === "set" ? map.image.dataUrl : map.kind === "keep" ? stored.data : undefined;
  const busy = create.isPending || update.isPending || setMap.isPending;

  const save = async (values: GridInput) => {
    const input: GridInput = {
      communityId: values.communityId,
      name: values.name.trim(),
      code: (values.code ?? "").trim(),
      area: (values.area ?? "").trim(),
    };
    let saved: Grid;
    try {
      saved = savedId !== null ? await update.mutateAsync({ id: savedId, input }) : await create.mutateAsync(input);
      setSavedId(saved.id);
    } catch (err) {
      const e = err as AppError;
      if (!showOnField(form, e, t, FIELDS, { scope: "grid" })) void message.error(errorText(e, t, "grid"));
      return;
    }
    if (map.kind !== "keep") {
      try {
        await setMap.mutateAsync({ id: saved.id, image: map.kind === "set" ? map.image.upload : null });
      } catch (err) {
        // The grid itself is saved; only the map needs another try.
        void message.error(errorText(err as AppError, t, "grid"));
        return;
      }
    }
    void message.success(t("settings.saved"));
    onClose();
  };

  return (
    <Modal
      open
      title={grid ? t("gridForm.editTitle", { name: grid.name }) : t("gridForm.addTitle")}
      onCancel={onClose}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t("settings.cancel")}
        </Button>,
        <Button key="ok" type="primary" loading={busy} onClick={() => form.submit()} data-testid="grid-submit">
          {t("settings.save")}
        </Button>,
      ]}
      maskClosable={false}
    >
      <Form<GridInput>
        form={form}
        layout="vertical"
        onFinish={save}
        data-testid="grid-form"
        initialValues={
          grid
            ? { communityId: grid.communityId, name: grid.name, code: grid.code, area: grid.area }
            : { communityId: defaultCommunityId ?? undefined, name: "", code: "", area: "" }
        }
      >
        <Form.Item
          name="communityId"
          label={t("rosterFields.communityId")}
          rules={[{ required: true, message: t("validationSpecial.communityId_required") }]}
        >
          <Select options={communities.map((c) => ({ value: c.id, label: c.name }))} data-testid="grid-community" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t("rosterFields.gridName")}
          rules={[{ required: true, whitespace: true, message: t("validation.required", { field: t("rosterFields.gridName") }) }]}
        >
          <Input placeholder={t("gridForm.namePlaceholder")} data-testid="grid-name" />
        </Form.Item>
        <Form.Item name="code" label={t("rosterFields.code")} extra={t("gridForm.codeHelp")}>
          <Input data-testid="grid-code" />
        </Form.Item>
        <Form.Item name="area" label={t("rosterFields.area")}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} placeholder={t("gridForm.areaPlaceholder")} data-testid="grid-area" />
        </Form.Item>
        <Form.Item label={t("gridForm.map")} extra={t("gridForm.mapHelp")}>
          <Space align="start">
            {preview && <Image src={preview} alt={t("gridForm.map")} width={120} data-testid="grid-map-preview" />}
            <Space direction="vertical">
              <ImageFileButton testId="grid-map" onImage={(image) => setMapChange({ kind: "set", image })}>
                {preview ? t("gridForm.replaceMap") : t("gridForm.chooseMap")}
              </ImageFileButton>
              {preview && (
                <Button icon={<DeleteOutlined />} onClick={() => setMapChange({ kind: "remove" })}>
                  {t("gridForm.removeMap")}
                </Button>
              )}
              {map.kind === "remove" && grid?.mapImage && <Typography.Text type="secondary">{t("gridForm.mapRemoved")}</Typography.Text>}
            </Space>
          </Space>
        </Form.Item>
      </Form>
    </Modal>
  );
}
