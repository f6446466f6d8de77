import { usePerm, useSession } from "../../../common/useSession";
import { useState } from "react";
import { App, Button, Space, Tag, Tooltip } from "antd";
import { useTranslation } from "react-i18next";
import type { Attendance, DutyPerson, ShiftView } from "../../../api/bindings";
import { useMarkAttendance } from "../../../api/queries";
import { errorText } from "../../../i18n/errorText";
import { todayString } from "../../roster/dates";
import { nowTime } from "../dates";
import { AttendanceTimeModal, NoShowModal } from "./AttendanceModals";

/** 08:32 到岗 · 17:35 离岗, 未到岗：reason, or 未登记; an arrival after the shift's start (`HH:MM`) is late. */
export function AttendanceState({ attendance: a, start }: { attendance: Attendance | null; start?: string }) {
  const { t } = useTranslation();
  if (!a || (!a.noShow && !a.arrivedAt && !a.leftAt)) return <Tag>{t("dutyAttendance.notMarked")}</Tag>;
  if (a.noShow) {
    return (
      <Tag color="red">{a.reason ? t("dutyAttendance.noShowReason", { reason: a.reason }) : t("dutyAttendance.noShow")}</Tag>
    );
  }
  return (
    <Space size={4}>
      {a.arrivedAt &&
        (start && a.arrivedAt > start ? (
          <Tag color="gold" data-testid="attendance-late">
            {t("dutyAttendance.arrivedLate", { time: a.arrivedAt })}
          </Tag>
        ) : (
          <Tag color="green">{t("dutyAttendance.arrivedAt", { time: a.arrivedAt })}</Tag>
        ))}
      {a.leftAt && <Tag color="blue">{t("dutyAttendance.leftAt", { time: a.leftAt })}</Tag>}
    </Space>
  );
}

type Asking = "arrive" | "leave" | "noShow" | null;

/**
 * 到岗 / 离岗 / 未到岗. Today the click records the time now; a past day asks for the time,
 * starting from the shift's own. A day still to come cannot be marked.
 */
export function AttendanceButtons({ shift, person, only }: { shift: ShiftView; person: DutyPerson; only?: "arrive" }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const mark = useMarkAttendance();
  const session = useSession();
  const mayAttend = usePerm("duty_attend");
  const [asking, setAsking] = useState<Asking>(null);
  const today = todayString();
  const future = shift.date > today;
  const prev = person.attendance;
  const base = { date: shift.date, ruleId: shift.ruleId, personId: person.personId };
  const id = `${shift.date}-${person.personId}`;

  const save = (input: Attendance) =>
    mark.mutate(input, {
      onSuccess: () => {
        setAsking(null);
        void message.success(t("dutyAttendance.saved"));
      },
      onError: (err) => void message.error(errorText(err, t, "duty")),
    });
  const arrive = (time: string) => save({ ...base, arrivedAt: time, leftAt: prev?.leftAt ?? null, noShow: false, reason: "" });
  const leave = (time: string) =>
    save({ ...base, arrivedAt: prev?.arrivedAt ?? null, leftAt: time, noShow: false, reason: prev?.reason ?? "" });
  const noShow = (reason: string) => save({ ...base, arrivedAt: null, leftAt: null, noShow: true, reason });
  const timeOrAsk = (kind: "arrive" | "leave", run: (time: string) => void) => () =>
    shift.date === today ? run(nowTime()) : setAsking(kind);

  const buttons = (
    <Space size={4}>
      <Button
        size="small"
        type={prev?.arrivedAt ? "default" : "primary"}
        disabled={future}
        loading={mark.isPending && asking === null}
        onClick={timeOrAsk("arrive", arrive)}
        data-testid={`attend-arrive-${id}`}
      >
        {t("dutyAttendance.arrive")}
      </Button>
      {only !== "arrive" && (
        <>
          <Button
            size="small"
            disabled={future || !prev?.arrivedAt}
            onClick={timeOrAsk("leave", leave)}
            data-testid={`attend-leave-${id}`}
          >
            {t("dutyAttendance.leave")}
          </Button>
          <Button size="small" danger disabled={future} onClick={() => setAsking("noShow")} data-testid={`attend-noshow-${id}`}>
            {t("dutyAttendance.noShow")}
          </Button>
        </>
      )}
    </Space>
  );

  // An officer marks only their own duties; the core refuses the rest anyway.
  const own = session?.operator.role !== "officer" || session.operator.personId === person.personId;
  if (!mayAttend || !own) return null;

  return (
    <>
      {future ? <Tooltip title={t("dutyAttendance.future")}>{buttons}</Tooltip> : buttons}
      {(asking === "arrive" || asking === "leave") && (
        <AttendanceTimeModal
          title={t(asking === "arrive" ? "dutyAttendance.arriveTitle" : "dutyAttendance.leaveTitle", { name: person.name })}
          initial={asking === "arrive" ? (prev?.arrivedAt ?? shift.startTime) : (prev?.leftAt ?? shift.endTime)}
          busy={mark.isPending}
          onSave={asking === "arrive" ? arrive : leave}
          onClose={() => setAsking(null)}
        />
      )}
      {asking === "noShow" && (
        <NoShowModal
          title={t("dutyAttendance.noShowTitle", { name: person.name })}
          initial={prev?.noShow ? prev.reason : ""}
          busy={mark.isPending}
          onSave={noShow}
          onClose={() => setAsking(null)}
        />
      )}
    </>
  );
}
