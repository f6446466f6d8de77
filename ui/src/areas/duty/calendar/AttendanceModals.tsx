import { useState } from "react";
import { Form, Input, Modal, TimePicker } from "antd";
import type { Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { fromTime, toTime } from "../dates";

type TimeProps = { title: string; initial: string; busy: boolean; onSave: (time: string) => void; onClose: () => void };

/** For a past day: the time the officer came or went, defaulting to the shift's own time. */
export function AttendanceTimeModal({ title, initial, busy, onSave, onClose }: TimeProps) {
  const { t } = useTranslation();
  const [time, setTime] = useState<Dayjs | null>(fromTime(initial));
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={() => time && onSave(toTime(time))}
      okButtonProps={{ disabled: !time, loading: busy, "data-testid": "attend-time-submit" }}
      okText={t("settings.save")}
      cancelText={t("settings.cancel")}
      width={360}
    >
      <Form layout="vertical">
        <Form.Item label={t("dutyAttendance.time")}>
          <TimePicker format="HH:mm" value={time} onChange={setTime} needConfirm={false} data-testid="attend-time" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

type NoShowProps = { title: string; initial: string; busy: boolean; onSave: (reason: string) => void; onClose: () => void };

/** 未到岗, with the reason the desk was given (or none). */
export function NoShowModal({ title, initial, busy, onSave, onClose }: NoShowProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState(initial);
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={() => onSave(reason.trim())}
      okButtonProps={{ loading: busy, "data-testid": "attend-noshow-submit" }}
      okText={t("settings.save")}
      cancelText={t("settings.cancel")}
      width={420}
    >
      <Form layout="vertical" data-testid="attend-noshow-form">
        <Form.Item label={t("dutyAttendance.reason")}>
          <Input.TextArea
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            autoSize={{ minRows: 2, maxRows: 4 }}
            placeholder={t("dutyAttendance.reasonPlaceholder")}
            data-testid="attend-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
