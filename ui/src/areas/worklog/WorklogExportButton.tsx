import { useState } from "react";
import { App, Button, DatePicker, Form, Modal, Typography } from "antd";
import { ExportOutlined } from "@ant-design/icons";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { chooseSheetToSave, toAppError } from "../../api";
import { useExportWorklog } from "../../api/deskQueries";
import { formatNumber } from "../../i18n/format";
import { deskErrorText } from "../visits/deskErrorText";

type Values = { range: [Dayjs, Dayjs] };

/** The work log (工作日志) of a span of days, as a spreadsheet for the record books. */
export function WorklogExportButton() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const exportWorklog = useExportWorklog();

  const run = async ({ range }: Values) => {
    const [from, to] = [range[0].format("YYYY-MM-DD"), range[1].format("YYYY-MM-DD")];
    let path: string | null;
    try {
      path = await chooseSheetToSave(
        `${t("worklog.exportFileName")}-${from.replace(/-/g, "")}-${to.replace(/-/g, "")}.xlsx`,
        t("visitExport.sheetFilter"),
      );
    } catch (err) {
      void message.error(deskErrorText(toAppError(err), t));
      return;
    }
    if (!path) return;
    const chosen = path;
    exportWorklog.mutate(
      { path: chosen, from, to },
      {
        onSuccess: (rows) => {
          void message.success(t("worklog.exportDone", { rows: formatNumber(rows), path: chosen }));
          setOpen(false);
        },
        onError: (err) => void message.error(deskErrorText(err, t)),
      },
    );
  };

  return (
    <>
      <Button icon={<ExportOutlined />} onClick={() => setOpen(true)} data-testid="worklog-export">
        {t("worklog.export")}
      </Button>
      <Modal
        open={open}
        title={t("worklog.exportTitle")}
        onCancel={() => setOpen(false)}
        okText={t("worklog.exportChoosePath")}
        onOk={() => form.submit()}
        confirmLoading={exportWorklog.isPending}
        destroyOnHidden
      >
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={(v) => void run(v)}
          initialValues={{ range: [dayjs().startOf("month"), dayjs()] }}
        >
          <Form.Item
            name="range"
            label={t("worklog.exportRange")}
            rules={[{ required: true, message: t("worklog.exportRangeRequired") }]}
          >
            <DatePicker.RangePicker allowClear={false} disabledDate={(d) => d.isAfter(dayjs(), "day")} data-testid="worklog-export-range" />
          </Form.Item>
          <Typography.Text type="secondary">{t("worklog.exportHelp")}</Typography.Text>
        </Form>
      </Modal>
    </>
  );
}
