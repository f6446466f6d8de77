import { App, Button } from "antd";
import { ExportOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { chooseDutyExportPath, toAppError } from "../../api";
import { useExportDuty } from "../../api/queries";
import { errorText } from "../../i18n/errorText";
import { formatNumber } from "../../i18n/format";
import type { Period } from "./dates";

/** The shown period as a spreadsheet, or as an iCal file officers can load into their phones. */
export function DutyExportButton({ period }: { period: Period }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const exportDuty = useExportDuty();

  const start = async () => {
    const defaultName = `${t("dutyExport.fileName")}-${period.from.slice(0, 7).replace("-", "")}.xlsx`;
    let path: string | null;
    try {
      path = await chooseDutyExportPath(defaultName, {
        xlsx: t("dutyExport.xlsx"),
        ics: t("dutyExport.ics"),
        csv: t("dutyExport.csv"),
      });
    } catch (err) {
      void message.error(errorText(toAppError(err), t));
      return;
    }
    if (!path) return;
    const chosen = path;
    exportDuty.mutate(
      { path: chosen, from: period.from, to: period.to, personId: null },
      {
        onSuccess: (count) =>
          void message.success(t("dutyExport.exported", { count, shifts: formatNumber(count), path: chosen })),
        onError: (err) => void message.error(errorText(err, t, "duty")),
      },
    );
  };

  return (
    <Button icon={<ExportOutlined />} loading={exportDuty.isPending} onClick={() => void start()} data-testid="duty-export">
      {t("dutyExport.export")}
    </Button>
  );
}
