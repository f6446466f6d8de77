// Choosing where to save a duty export and writing it: shared by the toolbar's export and a
// person's iCal export, which differ only in the default name, the range and the person.
import { App } from "antd";
import { useTranslation } from "react-i18next";
import { chooseDutyExportPath, toAppError } from "../../api";
import { useExportDuty } from "../../api/queries";
import { errorText } from "../../i18n/errorText";
import { formatNumber } from "../../i18n/format";

type Request = { defaultName: string; from: string; to: string; personId: number | null; doneKey: "dutyExport.exported" | "dutyPerson.exported" };

export function useDutyExport() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const exportDuty = useExportDuty();

  const run = async ({ defaultName, from, to, personId, doneKey }: Request) => {
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
      { path: chosen, from, to, personId },
      {
        onSuccess: (count) => void message.success(t(doneKey, { count, shifts: formatNumber(count), path: chosen })),
        onError: (err) => void message.error(errorText(err, t, "duty")),
      },
    );
  };

  return { run, isPending: exportDuty.isPending };
}
