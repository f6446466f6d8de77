import { useState } from "react";
import { App, Button, Checkbox, DatePicker, Form, Modal, Typography } from "antd";
import { ExportOutlined } from "@ant-design/icons";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { chooseSheetToSave, toAppError } from "../../api";
import { useExportCases } from "../../api/caseQueries";
import { usePerm } from "../../common/useSession";
import { formatNumber } from "../../i18n/format";
import { caseErrorText } from "./caseErrorText";

type Values = { range: [Dayjs, Dayjs]; fullContacts: boolean };

/** The case register (案件登记本) for a span of registration dates, as a spreadsheet. */
export function CaseExportButton() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const exportCases = useExportCases();
  const mayReveal = usePerm("personal_data");

  const run = async ({ range, fullContacts }: Values) => {
    const [from, to] = [range[0].format("YYYY-MM-DD"), range[1].format("YYYY-MM-DD")];
    let path: string | null;
    try {
      path = await chooseSheetToSave(`${t("caseExport.fileName")}-${from.replace(/-/g, "")}-${to.replace(/-/g, "")}.xlsx`, t("caseExport.sheetFilter"));
    } catch (err) {
      void message.error(caseErrorText(toAppError(err), t));
      return;
    }
    if (!path) return;
    const chosen = path;
    exportCases.mutate(
      { path: chosen, from, to, fullContacts: mayReveal && fullContacts },
      {
        onSuccess: (rows) => {
          void message.success(t("caseExport.done", { rows: formatNumber(rows), path: chosen }));
          setOpen(false);
        },
        onError: (err) => void message.error(caseErrorText(err, t)),
      },
    );
  };

  return (
    <>
      <Button icon={<ExportOutlined />} onClick={() => setOpen(true)} data-testid="case-export">
        {t("caseExport.export")}
      </Button>
      <Modal
        open={open}
        title={t("caseExport.title")}
        onCancel={() => setOpen(false)}
        okText={t("caseExport.choosePath")}
        onOk={() => form.submit()}
        confirmLoading={exportCases.isPending}
        destroyOnHidden
      >
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={(v) => void run(v)}
          initialValues={{ range: [dayjs().startOf("month"), dayjs()], fullContacts: false }}
        >
          <Form.Item name="range" label={t("caseExport.range")} rules={[{ required: true, message: t("caseExport.rangeRequired") }]}>
            <DatePicker.RangePicker allowClear={false} data-testid="case-export-range" />
          </Form.Item>
          {mayReveal && (
            <Form.Item name="fullContacts" valuePropName="checked" extra={t("caseExport.fullContactsHelp")}>
              <Checkbox data-testid="case-export-full">{t("caseExport.fullContacts")}</Checkbox>
            </Form.Item>
          )}
          <Typography.Text type="secondary">{t("caseExport.help")}</Typography.Text>
        </Form>
      </Modal>
    </>
  );
}
