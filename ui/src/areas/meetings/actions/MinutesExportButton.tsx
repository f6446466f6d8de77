import { useState } from "react";
import { App, Button, DatePicker, Form, Modal, Typography } from "antd";
import { ExportOutlined } from "@ant-design/icons";
import type { Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { chooseSheetToSave, toAppError } from "../../../api";
import { useExportMinutes } from "../../../api/meetingQueries";
import { formatNumber } from "../../../i18n/format";
import { meetingErrorText } from "../meetingErrorText";

type Values = { range?: [Dayjs | null, Dayjs | null] | null };

/** The meeting minutes book (会议记录本) of a span of meeting dates, or of every meeting. */
export function MinutesExportButton() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const exportMinutes = useExportMinutes();

  const run = async ({ range }: Values) => {
    const from = range?.[0]?.format("YYYY-MM-DD") ?? "";
    const to = range?.[1]?.format("YYYY-MM-DD") ?? "";
    const span = from || to ? `-${from.replace(/-/g, "")}-${to.replace(/-/g, "")}` : "";
    let path: string | null;
    try {
      path = await chooseSheetToSave(`${t("meetingExport.minutesFileName")}${span}.xlsx`, t("meetingExport.sheetFilter"));
    } catch (err) {
      void message.error(meetingErrorText(toAppError(err), t));
      return;
    }
    if (!path) return;
    const chosen = path;
    exportMinutes.mutate(
      { path: chosen, from, to },
      {
        onSuccess: (rows) => {
          void message.success(t("meetingExport.minutesDone", { rows: formatNumber(rows), path: chosen }));
          setOpen(false);
        },
        onError: (err) => void message.error(meetingErrorText(err, t)),
      },
    );
  };

  return (
    <>
      <Button icon={<ExportOutlined />} onClick={() => setOpen(true)} data-testid="minutes-export">
        {t("meetingExport.minutes")}
      </Button>
      <Modal
        open={open}
        title={t("meetingExport.minutesTitle")}
        onCancel={() => setOpen(false)}
        okText={t("meetingExport.choosePath")}
        okButtonProps={{ "data-testid": "minutes-export-ok" }}
        onOk={() => form.submit()}
        confirmLoading={exportMinutes.isPending}
        destroyOnHidden
      >
        <Form<Values> form={form} layout="vertical" onFinish={(v) => void run(v)}>
          <Form.Item name="range" label={t("meetingExport.range")} extra={t("meetingExport.rangeHelp")}>
            <DatePicker.RangePicker allowEmpty={[true, true]} data-testid="minutes-export-range" />
          </Form.Item>
          <Typography.Text type="secondary">{t("meetingExport.help")}</Typography.Text>
        </Form>
      </Modal>
    </>
  );
}
