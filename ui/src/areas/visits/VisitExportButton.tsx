import { useState } from "react";
import { App, Button, Checkbox, DatePicker, Form, Modal, Typography } from "antd";
import { ExportOutlined } from "@ant-design/icons";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { chooseSheetToSave, toAppError } from "../../api";
import { useExportVisits } from "../../api/deskQueries";
import { usePerm } from "../../common/useSession";
import { formatNumber } from "../../i18n/format";
import { deskErrorText } from "./deskErrorText";

type Values = { range: [Dayjs, Dayjs]; fullContacts: boolean };

/** The visit register (信访诉求登记本) for a span of visit dates, as a spreadsheet. */
export function VisitExportButton() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const exportVisits = useExportVisits();
  const mayReveal = usePerm("personal_data");

  const run = async ({ range, fullContacts }: Values) => {
    const [from, to] = [range[0].format("YYYY-MM-DD"), range[1].format("YYYY-MM-DD")];
    let path: string | null;
    try {
      path = await chooseSheetToSave(
        `${t("visitExport.fileName")}-${from.replace(/-/g, "")}-${to.replace(/-/g, "")}.xlsx`,
        t("visitExport.sheetFilter"),
      );
    } catch (err) {
      void message.error(deskErrorText(toAppError(err), t));
      return;
    }
    if (!path) return;
    const chosen = path;
    exportVisits.mutate(
      { path: chosen, from, to, fullContacts: mayReveal && fullContacts },
      {
        onSuccess: (rows) => {
          void message.success(t("visitExport.done", { rows: formatNumber(rows), path: chosen }));
          setOpen(false);
        },
        onError: (err) => void message.error(deskErrorText(err, t)),
      },
    );
  };

  return (
    <>
      <Button icon={<ExportOutlined />} onClick={() => setOpen(true)} data-testid="visit-export">
        {t("visitExport.export")}
      </Button>
      <Modal
        open={open}
        title={t("visitExport.title")}
        onCancel={() => setOpen(false)}
        okText={t("visitExport.choosePath")}
        onOk={() => form.submit()}
        confirmLoading={exportVisits.isPending}
        destroyOnHidden
      >
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={(v) => void run(v)}
          initialValues={{ range: [dayjs().startOf("month"), dayjs()], fullContacts: false }}
        >
          <Form.Item name="range" label={t("visitExport.range")} rules={[{ required: true, message: t("visitExport.rangeRequired") }]}>
            <DatePicker.RangePicker allowClear={false} data-testid="visit-export-range" />
          </Form.Item>
          {mayReveal && (
            <Form.Item name="fullContacts" valuePropName="checked" extra={t("visitExport.fullContactsHelp")}>
              <Checkbox data-testid="visit-export-full">{t("visitExport.fullContacts")}</Checkbox>
            </Form.Item>
          )}
          <Typography.Text type="secondary">{t("visitExport.help")}</Typography.Text>
        </Form>
      </Modal>
    </>
  );
}
