import { Alert, Button, Card, Col, Empty, Flex, Row, Skeleton, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router-dom";
import type { DutyNow, ShiftView } from "../../api/bindings";
import { useDutyNow } from "../../api/queries";
import { usePerm } from "../../common/useSession";
import { errorText } from "../../i18n/errorText";
import { formatMonthDay, formatWeekday } from "../../i18n/format";
import { AttendanceButtons, AttendanceState } from "../duty/calendar/Attendance";
import { isoWeekdayOf } from "../duty/dates";
import { shiftKey, shiftName, SOURCE_COLOR, sourceText, timeRange } from "../duty/labels";
import "./today.css";

/**
 * At most this many shifts and people per list: Today is a glance. A bureau's store has hundreds
 * of shifts on a Sunday, and drawing them all took the card over a second on a 2-core PC; the
 * rest are one click away on the duty page.
 */
const SHOWN = 10;

/** "还有 N 个……" under a cut list, opening the duty page. */
function More({ hidden, unit }: { hidden: number; unit: "shifts" | "people" }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  if (hidden <= 0) return null;
  return (
    <Button type="link" size="small" style={{ paddingInline: 0 }} onClick={() => navigate("/duty")} data-testid={`today-duty-more-${unit}`}>
      {t(`dutyToday.more_${unit}`, { count: hidden })}
    </Button>
  );
}

/** People on a running shift whose arrival nobody has marked yet. */
export function unmarkedArrivals(now: DutyNow) {
  return now.now.flatMap((shift) =>
    shift.people
      .filter((p) => !p.attendance || (!p.attendance.arrivedAt && !p.attendance.noShow))
      .map((person) => ({ shift, person })),
  );
}

/** The front desk's answer to "who is on duty today, who is here now, who comes next". */
export function DutyCard() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const now = useDutyNow();
  return (
    <Card
      title={t("dutyToday.today")}
      data-testid="today-duty"
      extra={
        <Button type="link" onClick={() => navigate("/duty")} data-testid="today-duty-open">
          {t("dutyToday.open")}
        </Button>
      }
    >
      {now.isError && <Alert type="error" showIcon message={errorText(now.error, t)} />}
      {now.isPending && <Skeleton active />}
      {now.data && <DutyNowBody now={now.data} />}
    </Card>
  );
}

function DutyNowBody({ now }: { now: DutyNow }) {
  const { t } = useTranslation();
  // A meeting screen sees who has not arrived but cannot mark them.
  const attend = usePerm("duty_attend");
  const unmarked = unmarkedArrivals(now);
  const onDuty = now.now.flatMap((shift) => shift.people.map((person) => ({ shift, person })));
  return (
    <Row gutter={[24, 16]}>
      <Col xs={24} xl={13} data-testid="today-duty-today">
        {now.today.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("dutyToday.none")} />
        ) : (
          <Flex vertical gap={12}>
            {now.today.slice(0, SHOWN).map((s) => (
              <ShiftLines key={shiftKey(s)} shift={s} />
            ))}
            <More hidden={now.today.length - SHOWN} unit="shifts" />
          </Flex>
        )}
      </Col>
      <Col xs={24} xl={11}>
        <Flex vertical gap={12}>
          <div data-testid="today-duty-now">
            <Typography.Text strong>{t("dutyToday.now")}</Typography.Text>
            {now.now.length === 0 ? (
              <Typography.Paragraph type="secondary">{t("dutyToday.nobodyNow")}</Typography.Paragraph>
            ) : (
              <>
                {onDuty.slice(0, SHOWN).map(({ shift: s, person: p }) => (
                  <div key={`${shiftKey(s)}-${p.personId}`} className="today-line">
                    <span>{p.name}</span>
                    <AttendanceState attendance={p.attendance} start={s.startTime} />
                  </div>
                ))}
                <More hidden={onDuty.length - SHOWN} unit="people" />
              </>
            )}
          </div>
          {now.now.length > 0 && (
            <div data-testid="today-duty-unmarked">
              <Typography.Text strong>{t("dutyToday.unmarked")}</Typography.Text>
              {unmarked.length === 0 && <Typography.Paragraph type="secondary">{t("dutyToday.allMarked")}</Typography.Paragraph>}
              {unmarked.slice(0, SHOWN).map(({ shift, person }) => (
                <div key={`${shiftKey(shift)}-${person.personId}`} className="today-line" style={{ marginTop: 4 }}>
                  <span>{person.name}</span>
                  {attend && <AttendanceButtons shift={shift} person={person} only="arrive" />}
                </div>
              ))}
              <More hidden={unmarked.length - SHOWN} unit="people" />
            </div>
          )}
          <div data-testid="today-duty-next">
            <Typography.Text strong>{t("dutyToday.next")}</Typography.Text>
            {now.next ? (
              <NextShift shift={now.next} />
            ) : (
              <Typography.Paragraph type="secondary">{t("dutyToday.noNext")}</Typography.Paragraph>
            )}
          </div>
        </Flex>
      </Col>
    </Row>
  );
}

function ShiftLines({ shift }: { shift: ShiftView }) {
  const { t } = useTranslation();
  // Plain elements (today.css): a Sunday's ten shifts of people were the page's largest part.
  return (
    <div>
      <div className="today-line">
        <strong>{shiftName(shift, t)}</strong>
        <span className="today-muted">{timeRange(shift)}</span>
        {shift.people.length < shift.needed && (
          <Tag color="red">{t("duty.gapTag", { count: shift.needed - shift.people.length })}</Tag>
        )}
      </div>
      {shift.people.map((p) => (
        <div key={p.personId} className="today-line today-indent">
          <span className="today-name">{p.name}</span>
          {p.phone ? <span className="today-phone">{p.phone}</span> : <span className="today-warning">{t("duty.noPhone")}</span>}
          {p.source !== "rotation" && <Tag color={SOURCE_COLOR[p.source]}>{sourceText(p, t)}</Tag>}
        </div>
      ))}
    </div>
  );
}

function NextShift({ shift }: { shift: ShiftView }) {
  const { t } = useTranslation();
  const when = t("dutyToday.nextLine", {
    date: formatMonthDay(shift.date),
    weekday: formatWeekday(isoWeekdayOf(shift.date), "medium"),
    time: timeRange(shift),
  });
  return (
    <div>
      <Typography.Text>{when}</Typography.Text> <Typography.Text type="secondary">{shiftName(shift, t)}</Typography.Text>
      <div>{shift.people.map((p) => p.name).join(t("roster.listSeparator")) || t("duty.nobody")}</div>
    </div>
  );
}
