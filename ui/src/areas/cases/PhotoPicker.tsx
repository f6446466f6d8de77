import { useRef } from "react";
import { App, Button, Flex, Image } from "antd";
import { CameraOutlined, CloseOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { toAppError } from "../../api";
import { IMAGE_ACCEPT, readImageFile, type ReadImage } from "../roster/imageFile";
import { caseErrorText } from "./caseErrorText";

/** The backend takes at most this many photos with one step. */
export const MAX_PHOTOS = 12;

type Props = { value?: ReadImage[]; onChange?: (photos: ReadImage[]) => void; testId: string };

/** Several photos at once (PNG, JPEG or WebP, 5 MB each), shown as thumbnails that can be taken out again. */
export function PhotoPicker({ value = [], onChange, testId }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const input = useRef<HTMLInputElement>(null);

  const chosen = async (files: File[]) => {
    if (input.current) input.current.value = ""; // choosing the same file again must fire again
    const read: ReadImage[] = [];
    for (const file of files) {
      try {
        read.push(await readImageFile(file));
      } catch (err) {
        // One wrong file is explained by name; the good ones are still taken.
        void message.error(`${file.name}：${caseErrorText(toAppError(err), t)}`);
      }
    }
    const all = [...value, ...read];
    if (all.length > MAX_PHOTOS) void message.warning(t("caseForm.tooManyPhotos", { max: MAX_PHOTOS }));
    onChange?.(all.slice(0, MAX_PHOTOS));
  };

  return (
    <Flex gap={8} wrap align="center">
      {value.map((photo, i) => (
        <div key={`${photo.upload.fileName}-${i}`} style={{ position: "relative" }}>
          <Image src={photo.dataUrl} alt={photo.upload.fileName} width={72} height={72} style={{ objectFit: "cover" }} />
          <Button
            size="small"
            shape="circle"
            icon={<CloseOutlined />}
            aria-label={t("caseForm.removePhoto", { name: photo.upload.fileName })}
            onClick={() => onChange?.(value.filter((_, j) => j !== i))}
            style={{ position: "absolute", top: -8, right: -8 }}
          />
        </div>
      ))}
      <input
        ref={input}
        type="file"
        multiple
        accept={IMAGE_ACCEPT}
        style={{ display: "none" }}
        onChange={(e) => void chosen([...(e.target.files ?? [])])}
        data-testid={testId}
      />
      {value.length < MAX_PHOTOS && (
        <Button icon={<CameraOutlined />} onClick={() => input.current?.click()}>
          {t("caseForm.addPhotos")}
        </Button>
      )}
    </Flex>
  );
}
