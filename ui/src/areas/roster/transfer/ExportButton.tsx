import { App, Button } from "antd";
import { ExportOutlined } from "@ant-design/icons";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { chooseSheetToSave, toAppError } from "../../../api";
import { useExportRoster } from "../../../api/queries";
import { errorText } from "../../../i18n/errorText";
import { formatNumber } from "../../../i18n/format";

/** Every current member as a sheet, in the same columns the import reads. */
export function ExportButton() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const exportRoster = useExportRoster();

  const start = async () => {
    const defaultName = `${t("rosterImport.exportFileName")}-${dayjs().format("YYYYMMDD")}.xlsx`;
    let path: string | null;
    try {
      path = await chooseSheetToSave(defaultName, t("rosterImport.sheetFilter"));
    } catch (err) {
      void message.error(errorText(toAppError(err), t));
      return;
    }
    if (!path) return;
    const chosen = path;
    exportRoster.mutate(chosen, {
      onSuccess: (rows) => void message.success(t("rosterImport.exported", { count: rows, rows: formatNumber(rows), path: chosen })),
      onError: (err) => void message.error(errorText(err, t)),
    });
  };

  return (
    <Button icon={<ExportOutlined />} loading={exportRoster.isPending} onClick={() => void start()} data-testid="roster-export">
      {t("rosterImport.export")}
    </Button>
  );
}
