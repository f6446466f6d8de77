import { Alert, Button, DatePicker, Flex, Skeleton, Space } from "antd";
import { PrinterOutlined } from "@ant-design/icons";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router-dom";
import { useWorklog } from "../../api/deskQueries";
import { deskErrorText } from "../visits/deskErrorText";
import { DaySummaryView } from "./DaySummaryView";
import { WorklogEditor } from "./WorklogEditor";
import { WorklogExportButton } from "./WorklogExportButton";

const DAY = "YYYY-MM-DD";

/**
 * The handoff and work log (交接班 / 工作日志, /worklog?day=2026-11-27): the day's numbers, the
 * text staff sign off, the printout and the record-book export. Today unless the address says.
 */
export function WorklogPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const asked = params.get("day");
  // A malformed or future day in the address falls back to today: the core refuses both.
  const valid = asked !== null && /^\d{4}-\d{2}-\d{2}$/.test(asked) && dayjs(asked).isValid();
  const day = valid && !dayjs(asked).isAfter(dayjs(), "day") ? asked : dayjs().format(DAY);
  const worklog = useWorklog(day);

  return (
    <div data-testid="page-worklog">
      <Space direction="vertical" size={16} style={{ width: "100%" }}>
        <Flex gap={8} align="center" wrap>
          <DatePicker
            value={dayjs(day)}
            allowClear={false}
            disabledDate={(d) => d.isAfter(dayjs(), "day")}
            onChange={(d) => d && setParams({ day: d.format(DAY) }, { replace: true })}
            aria-label={t("worklog.day")}
            data-testid="worklog-day"
          />
          <div style={{ flex: 1 }} />
          <Button icon={<PrinterOutlined />} onClick={() => navigate(`/worklog/print/${day}`)} data-testid="worklog-print">
            {t("worklog.print")}
          </Button>
          <WorklogExportButton />
        </Flex>
        {worklog.isError && <Alert type="error" showIcon message={deskErrorText(worklog.error, t)} />}
        {worklog.isPending && <Skeleton active />}
        {worklog.data && (
          <>
            <DaySummaryView summary={worklog.data.summary} />
            <WorklogEditor key={`${worklog.data.day}-${worklog.data.signedAt ?? ""}`} worklog={worklog.data} />
          </>
        )}
      </Space>
    </div>
  );
}
