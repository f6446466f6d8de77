import { useState } from "react";
import { Alert, Button, Drawer, Empty, Flex, List, Skeleton, Tag, Typography } from "antd";
import { ExportOutlined } from "@ant-design/icons";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import type { Person } from "../../api/bindings";
import { useDutySchedule } from "../../api/queries";
import { errorText } from "../../i18n/errorText";
import { formatDate, formatWeekday } from "../../i18n/format";
import { DAY_FORMAT } from "../roster/dates";
import { PersonPicker } from "../roster/member/PersonPicker";
import { isoWeekdayOf, type Period } from "./dates";
import { shiftKey, SOURCE_COLOR, sourceText, timeRange } from "./labels";
import { useDutyExport } from "./useDutyExport";

/** How far ahead a person's duties are listed and exported. */
const DAYS_AHEAD = 90;

/** From today for the next 90 days, today included. */
export function personPeriod(): Period {
  const today = dayjs();
  return { from: today.format(DAY_FORMAT), to: today.add(DAYS_AHEAD - 1, "day").format(DAY_FORMAT) };
}

type Props = { onClose: () => void };

/** One officer's coming duties, and the same as an iCal file for their phone. Shown while mounted. */
export function PersonDutyDrawer({ onClose }: Props) {
  const { t } = useTranslation();
  const [person, setPerson] = useState<Person | null>(null);
  // Fixed while the drawer is open, so the list and the export cover the same days.
  const [period] = useState(personPeriod);
  const personId = person?.id ?? null;
  const schedule = useDutySchedule({ ...period, communityId: null, personId }, personId !== null);
  const exporter = useDutyExport();
  // The previous person's list stays on screen while the next one loads; it must not be shown as theirs.
  const data = schedule.isPlaceholderData ? undefined : schedule.data;
  const rows = (data?.shifts ?? []).flatMap((shift) => {
    const me = shift.people.find((p) => p.personId === personId);
    return me ? [{ shift, me }] : [];
  });

  const exportIcs = () => {
    if (!person) return;
    void exporter.run({
      defaultName: t("dutyPerson.icsFileName", { name: person.name }),
      from: period.from,
      to: period.to,
      personId: person.id,
      doneKey: "dutyPerson.exported",
    });
  };

  return (
    <Drawer open onClose={onClose} width={620} title={t("dutyPerson.title")}>
      <Flex vertical gap={12} data-testid="duty-person-drawer">
        <Flex gap={8} align="center">
          <div style={{ flex: 1 }}>
            <PersonPicker
              value={person?.id}
              onChange={(_, picked) => setPerson(picked ?? null)}
              known={person ? [person] : []}
              testId="duty-person-pick"
            />
          </div>
          <Button
            icon={<ExportOutlined />}
            disabled={!person}
            loading={exporter.isPending}
            onClick={() => void exportIcs()}
            data-testid="duty-person-ics"
          >
            {t("dutyPerson.ics")}
          </Button>
        </Flex>
        <Typography.Text type="secondary">
          {t("dutyPerson.range", { from: formatDate(period.from), to: formatDate(period.to) })}
        </Typography.Text>
        {!person && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("dutyPerson.pickFirst")} />}
        {person && schedule.isError && <Alert type="error" showIcon message={errorText(schedule.error, t)} />}
        {person && !data && !schedule.isError && <Skeleton active />}
        {person && data && rows.length === 0 && (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={t("dutyPerson.empty", { name: person.name })}
            data-testid="duty-person-empty"
          />
        )}
        {person && data && rows.length > 0 && (
          <List
            dataSource={rows}
            rowKey={({ shift }) => shiftKey(shift)}
            renderItem={({ shift, me }) => (
              <List.Item data-testid={`duty-person-row-${shift.date}`}>
                <Flex gap={12} wrap align="center" style={{ width: "100%" }}>
                  <span style={{ minWidth: 170 }}>
                    {t("duty.dayTitle", {
                      date: formatDate(shift.date),
                      weekday: formatWeekday(isoWeekdayOf(shift.date), "medium"),
                    })}
                  </span>
                  <span>{timeRange(shift)}</span>
                  <span style={{ flex: 1 }}>{shift.communityName ?? t("duty.wholeStationShort")}</span>
                  <Tag color={SOURCE_COLOR[me.source]}>{sourceText(me, t)}</Tag>
                </Flex>
              </List.Item>
            )}
          />
        )}
      </Flex>
    </Drawer>
  );
}
