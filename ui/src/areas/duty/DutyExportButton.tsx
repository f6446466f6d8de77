import { Button } from "antd";
import { ExportOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { useDutyExport } from "./useDutyExport";
import type { Period } from "./dates";

/** The shown period as a spreadsheet, or as an iCal file officers can load into their phones. */
export function DutyExportButton({ period }: { period: Period }) {
  const { t } = useTranslation();
  const exporter = useDutyExport();

  const start = () =>
    exporter.run({
      defaultName: `${t("dutyExport.fileName")}-${period.from.slice(0, 7).replace("-", "")}.xlsx`,
      from: period.from,
      to: period.to,
      personId: null,
      doneKey: "dutyExport.exported",
    });

  return (
    <Button icon={<ExportOutlined />} loading={exporter.isPending} onClick={() => void start()} data-testid="duty-export">
      {t("dutyExport.export")}
    </Button>
  );
}
