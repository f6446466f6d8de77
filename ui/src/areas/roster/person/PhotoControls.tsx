import { App, Button, Popconfirm, Space } from "antd";
import { DeleteOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import type { ImageUpload, Person } from "../../../api/bindings";
import { useSetPersonPhoto } from "../../../api/queries";
import { errorText } from "../../../i18n/errorText";
import { ImageFileButton } from "../ImageFileButton";

/** Upload or remove the photo printed on the wall board. */
export function PhotoControls({ person }: { person: Person }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const setPhoto = useSetPersonPhoto();

  const send = (image: ImageUpload | null) =>
    setPhoto.mutate(
      { id: person.id, image },
      {
        onSuccess: () => void message.success(image ? t("person.photoSaved") : t("person.photoRemoved")),
        onError: (err) => void message.error(errorText(err, t, "person")),
      },
    );

  return (
    <Space>
      <ImageFileButton testId="person-photo" loading={setPhoto.isPending} onImage={(image) => send(image.upload)}>
        {person.photo ? t("person.replacePhoto") : t("person.uploadPhoto")}
      </ImageFileButton>
      {person.photo && (
        <Popconfirm
          title={t("person.removePhotoTitle")}
          okText={t("person.removePhoto")}
          cancelText={t("settings.cancel")}
          onConfirm={() => send(null)}
        >
          <Button icon={<DeleteOutlined />} data-testid="person-photo-remove">
            {t("person.removePhoto")}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}
