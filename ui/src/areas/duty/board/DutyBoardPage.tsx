import { Alert, Button, Flex, Skeleton, Typography } from "antd";
import { ArrowLeftOutlined, LeftOutlined, PrinterOutlined, RightOutlined } from "@ant-design/icons";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { Navigate, useNavigate, useParams, useSearchParams } from "react-router-dom";
import { useDutySchedule, useWorkstation } from "../../../api/queries";
import { errorText } from "../../../i18n/errorText";
import { MONTH_FORMAT, periodOf } from "../dates";
import { DutyBoardSheet } from "./DutyBoardSheet";
import "./dutyBoard.css";

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The month duty board print view (/duty/board/2026-11). The toolbar and the app around it do not print. */
export function DutyBoardPage() {
  const month = useParams().month ?? "";
  return MONTH.test(month) ? <Board month={month} /> : <Navigate to="/duty" replace />;
}

function Board({ month }: { month: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const community = Number(params.get("community"));
  const communityId = Number.isInteger(community) && community > 0 ? community : null;
  const workstation = useWorkstation();
  const schedule = useDutySchedule({ ...periodOf("month", dayjs(`${month}-01`)), communityId, personId: null });
  const communityName =
    communityId !== null ? (workstation.data?.communities.find((c) => c.id === communityId)?.name ?? null) : null;
  const go = (by: number) => {
    const next = dayjs(`${month}-01`).add(by, "month").format(MONTH_FORMAT);
    navigate(`/duty/board/${next}${communityId !== null ? `?community=${communityId}` : ""}`);
  };

  return (
    <div data-testid="page-duty-board">
      {/* @page cannot be set per element, so the paper is written as a style of this page only. */}
      <style>{"@page { size: A4 landscape; margin: 10mm; }"}</style>
      <Flex className="no-print" gap={8} align="center" wrap style={{ marginBottom: 16 }}>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate("/duty")} data-testid="duty-board-back">
          {t("dutyBoard.back")}
        </Button>
        <Button icon={<LeftOutlined />} onClick={() => go(-1)} aria-label={t("duty.prevMonth")} data-testid="duty-board-prev" />
        <Button icon={<RightOutlined />} onClick={() => go(1)} aria-label={t("duty.nextMonth")} data-testid="duty-board-next" />
        <Button
          type="primary"
          icon={<PrinterOutlined />}
          onClick={() => window.print()}
          disabled={!schedule.data || schedule.isPlaceholderData}
          data-testid="duty-board-print"
        >
          {t("dutyBoard.print")}
        </Button>
        <Typography.Text type="secondary">{t("dutyBoard.printHelp")}</Typography.Text>
      </Flex>
      {schedule.isError && <Alert type="error" showIcon message={errorText(schedule.error, t)} />}
      {schedule.isPending && <Skeleton active />}
      {schedule.data && (
        <DutyBoardSheet
          workstation={workstation.data}
          month={month}
          communityName={communityName}
          shifts={schedule.data.shifts}
        />
      )}
    </div>
  );
}
