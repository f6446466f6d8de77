import { useRef, type ReactNode } from "react";
import { App, Button } from "antd";
import { UploadOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { toAppError } from "../../api";
import { errorText } from "../../i18n/errorText";
import { IMAGE_ACCEPT, readImageFile, type ReadImage } from "./imageFile";

type Props = { onImage: (image: ReadImage) => void; loading?: boolean; testId: string; children: ReactNode };

/** A button over a hidden file input that only takes PNG, JPEG or WebP up to 5 MB. */
export function ImageFileButton({ onImage, loading, testId, children }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const input = useRef<HTMLInputElement>(null);

  const chosen = (file: File | undefined) => {
    if (input.current) input.current.value = ""; // choosing the same file again must fire again
    if (!file) return;
    readImageFile(file).then(onImage, (err: unknown) => void message.error(errorText(toAppError(err), t, "person")));
  };

  return (
    <>
      <input
        ref={input}
        type="file"
        accept={IMAGE_ACCEPT}
        style={{ display: "none" }}
        onChange={(e) => chosen(e.target.files?.[0])}
        data-testid={`${testId}-input`}
      />
      <Button icon={<UploadOutlined />} loading={loading} onClick={() => input.current?.click()} data-testid={testId}>
        {children}
      </Button>
    </>
  );
}
