import { App, Button } from "antd";
import { ExportOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { chooseSheetToSave, toAppError } from "../../../api";
import { useExportActions } from "../../../api/meetingQueries";
import { formatNumber } from "../../../i18n/format";
import { meetingErrorText } from "../meetingErrorText";

/** Every action item, open and done, as a sheet: the path is asked for at once. */
export function ActionsExportButton() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const exportActions = useExportActions();
  const run = async () => {
    let path: string | null;
    try {
      path = await chooseSheetToSave(`${t("meetingExport.actionsFileName")}.xlsx`, t("meetingExport.sheetFilter"));
    } catch (err) {
      void message.error(meetingErrorText(toAppError(err), t));
      return;
    }
    if (!path) return;
    const chosen = path;
    exportActions.mutate(chosen, {
      onSuccess: (rows) => void message.success(t("meetingExport.actionsDone", { rows: formatNumber(rows), path: chosen })),
      onError: (err) => void message.error(meetingErrorText(err, t)),
    });
  };
  return (
    <Button icon={<ExportOutlined />} loading={exportActions.isPending} onClick={() => void run()} data-testid="actions-export">
      {t("meetingExport.actions")}
    </Button>
  );
}
