import { App, Button, Flex } from "antd";
import { FileOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import type { CaseDocument } from "../../../api/bindings";
import { useOpenCaseDocument } from "../../../api/caseQueries";
import { caseErrorText } from "../caseErrorText";

/** A step's documents by their original names; each opens in the desktop's own program. */
export function CaseDocuments({ caseId, documents }: { caseId: number; documents: CaseDocument[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const open = useOpenCaseDocument();
  if (documents.length === 0) return null;
  return (
    <Flex vertical align="flex-start">
      {documents.map((doc) => (
        <Button
          key={doc.file}
          type="link"
          size="small"
          icon={<FileOutlined />}
          style={{ paddingInline: 0 }}
          title={t("caseDocuments.open", { name: doc.name })}
          onClick={() =>
            open.mutate(
              { caseId, name: doc.file },
              { onError: (err) => void message.error(t("caseDocuments.openFailed", { name: doc.name, reason: caseErrorText(err, t) })) },
            )
          }
          data-testid="case-document"
        >
          {doc.name}
        </Button>
      ))}
    </Flex>
  );
}
