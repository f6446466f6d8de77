import type { ReactNode } from "react";
import { Alert, Button, Flex, Skeleton, Typography } from "antd";
import { ArrowLeftOutlined, LeftOutlined, PrinterOutlined, RightOutlined } from "@ant-design/icons";
import type { UseQueryResult } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import type { AppError, DutySchedule } from "../../../api/bindings";
import { errorText } from "../../../i18n/errorText";
import "./dutyBoard.css";

type Props = {
  schedule: UseQueryResult<DutySchedule, AppError>;
  prevLabel: string;
  nextLabel: string;
  onPrev: () => void;
  onNext: () => void;
  /** The sheet, drawn once the schedule is there. */
  children: (schedule: DutySchedule) => ReactNode;
};

/** What the month and week boards share: the on-screen toolbar (which does not print) and the A4 landscape paper. */
export function BoardFrame({ schedule, prevLabel, nextLabel, onPrev, onNext, children }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <div data-testid="page-duty-board">
      {/* @page cannot be set per element, so the paper is written as a style of this page only. */}
      <style>{"@page { size: A4 landscape; margin: 10mm; }"}</style>
      <Flex className="no-print" gap={8} align="center" wrap style={{ marginBottom: 16 }}>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate("/duty")} data-testid="duty-board-back">
          {t("dutyBoard.back")}
        </Button>
        <Button icon={<LeftOutlined />} onClick={onPrev} aria-label={prevLabel} data-testid="duty-board-prev" />
        <Button icon={<RightOutlined />} onClick={onNext} aria-label={nextLabel} data-testid="duty-board-next" />
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
      {schedule.data && children(schedule.data)}
    </div>
  );
}
