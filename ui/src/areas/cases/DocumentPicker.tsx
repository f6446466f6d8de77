import { useRef } from "react";
import { App, Button, Flex, Typography } from "antd";
import { CloseOutlined, FileOutlined, PaperClipOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { toAppError } from "../../api";
import { formatBytes } from "../../i18n/format";
import { caseErrorText } from "./caseErrorText";
import { DOCUMENT_ACCEPT, MAX_DOCUMENTS, readDocumentFile, type ReadDocument } from "./documentFile";

type Props = { value?: ReadDocument[]; onChange?: (docs: ReadDocument[]) => void; testId: string };

/** Several documents at once (PDF, Word, Excel, text or pictures, 20 MB each), listed by name. */
export function DocumentPicker({ value = [], onChange, testId }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const input = useRef<HTMLInputElement>(null);

  const chosen = async (files: File[]) => {
    if (input.current) input.current.value = ""; // choosing the same file again must fire again
    const read: ReadDocument[] = [];
    for (const file of files) {
      try {
        read.push(await readDocumentFile(file));
      } catch (err) {
        // One wrong file is explained by name; the good ones are still taken.
        void message.error(`${file.name}：${caseErrorText(toAppError(err), t)}`);
      }
    }
    const all = [...value, ...read];
    if (all.length > MAX_DOCUMENTS) void message.warning(t("caseDocuments.tooMany", { max: MAX_DOCUMENTS }));
    onChange?.(all.slice(0, MAX_DOCUMENTS));
  };

  return (
    <Flex vertical gap={4} align="flex-start">
      {value.map((doc, i) => (
        <Flex key={`${doc.upload.fileName}-${i}`} gap={8} align="center" data-testid="step-document">
          <FileOutlined />
          <Typography.Text>{doc.upload.fileName}</Typography.Text>
          <Typography.Text type="secondary">{formatBytes(doc.size)}</Typography.Text>
          <Button
            size="small"
            type="text"
            icon={<CloseOutlined />}
            aria-label={t("caseDocuments.remove", { name: doc.upload.fileName })}
            onClick={() => onChange?.(value.filter((_, j) => j !== i))}
          />
        </Flex>
      ))}
      <input
        ref={input}
        type="file"
        multiple
        accept={DOCUMENT_ACCEPT}
        style={{ display: "none" }}
        onChange={(e) => void chosen([...(e.target.files ?? [])])}
        data-testid={testId}
      />
      {value.length < MAX_DOCUMENTS && (
        <Button icon={<PaperClipOutlined />} onClick={() => input.current?.click()}>
          {t("caseDocuments.add")}
        </Button>
      )}
    </Flex>
  );
}
