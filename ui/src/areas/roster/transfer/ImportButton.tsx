import { useState } from "react";
import { App, Button } from "antd";
import { ImportOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { chooseSheetToOpen, toAppError } from "../../../api";
import type { ImportPreview } from "../../../api/bindings";
import { usePreviewRosterImport } from "../../../api/queries";
import { errorText } from "../../../i18n/errorText";
import { ImportPreviewModal } from "./ImportPreviewModal";

/** Choose a file, see what it would change (nothing is written yet), then confirm or cancel. */
export function ImportButton({ testId = "roster-import" }: { testId?: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const preview = usePreviewRosterImport();
  const [shown, setShown] = useState<{ path: string; preview: ImportPreview } | null>(null);

  const start = async () => {
    let path: string | null;
    try {
      path = await chooseSheetToOpen(t("rosterImport.sheetFilter"));
    } catch (err) {
      void message.error(errorText(toAppError(err), t));
      return;
    }
    if (!path) return;
    const chosen = path;
    preview.mutate(chosen, {
      onSuccess: (result) => setShown({ path: chosen, preview: result }),
      onError: (err) => void message.error(errorText(err, t)),
    });
  };

  return (
    <>
      <Button icon={<ImportOutlined />} loading={preview.isPending} onClick={() => void start()} data-testid={testId}>
        {t("rosterImport.import")}
      </Button>
      {shown && <ImportPreviewModal path={shown.path} preview={shown.preview} onClose={() => setShown(null)} />}
    </>
  );
}
