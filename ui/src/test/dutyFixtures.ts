// Duty data shaped as the backend sends it, for component tests. November 2025: the 26th is a
// Wednesday and the 30th a Sunday, the story's duty days.
import type { DutyPerson, DutyRuleView, DutySchedule, ShiftView, Workstation } from "../api/bindings";

export const dutyWorkstation: Workstation = {
  name: "华元社区城管工作站",
  street: "碧湖街道",
  district: "芗城区",
  address: "仁和路 12 号",
  phone: "0596-0000000",
  isDemo: false,
  communities: [
    { id: 1, name: "仁和社区", code: null, archived: false },
    { id: 3, name: "花园社区", code: null, archived: false },
  ],
  createdAt: "2025-10-01T09:00:00+08:00",
  updatedAt: "2025-10-01T09:00:00+08:00",
};

export const gardenRule: DutyRuleView = {
  rule: {
    id: 1,
    communityId: 3,
    weekdays: [3, 7],
    startTime: "08:30",
    endTime: "17:30",
    perSlot: 2,
    members: [201, 202, 203, 204],
    startDate: "2025-09-01",
    endDate: null,
    skipHolidays: true,
  },
  name: "花园社区周三周日值班",
  communityName: "花园社区",
  memberNames: ["韩怡莉", "王五", "陈明", "赵六"],
  archived: false,
};

export const person = (personId: number, name: string, over: Partial<DutyPerson> = {}): DutyPerson => ({
  personId,
  name,
  phone: `1390596${String(personId).padStart(4, "0")}`,
  source: "rotation",
  coversName: null,
  attendance: null,
  ...over,
});

export const gardenShift = (date: string, people: DutyPerson[], over: Partial<ShiftView> = {}): ShiftView => ({
  date,
  ruleId: 1,
  ruleName: "花园社区周三周日值班",
  communityId: 3,
  communityName: "花园社区",
  startTime: "08:30",
  endTime: "17:30",
  needed: 2,
  holiday: null,
  people,
  ...over,
});

export const adhocShift: ShiftView = {
  date: "2025-11-29",
  ruleId: null,
  ruleName: null,
  communityId: 1,
  communityName: "仁和社区",
  startTime: "09:00",
  endTime: "12:00",
  needed: 1,
  holiday: null,
  people: [person(205, "李强", { source: "added" })],
};

export const november: DutySchedule = {
  from: "2025-11-01",
  to: "2025-11-30",
  shifts: [
    gardenShift("2025-11-23", [
      person(201, "韩怡莉", {
        attendance: {
          date: "2025-11-23",
          ruleId: 1,
          personId: 201,
          arrivedAt: "08:25",
          leftAt: "17:40",
          noShow: false,
          reason: "",
        },
      }),
      person(202, "王五"),
    ]),
    gardenShift("2025-11-26", [person(202, "王五")]),
    adhocShift,
    gardenShift("2025-11-30", [person(201, "韩怡莉"), person(204, "赵六", { source: "covering", coversName: "陈明" })]),
  ],
  problems: [
    {
      problem: { kind: "gap", date: "2025-11-26", ruleId: 1, communityId: 3, needed: 2, have: 1 },
      personName: null,
      ruleName: "花园社区周三周日值班",
    },
    {
      problem: { kind: "on_leave", date: "2025-11-30", personId: 201, ruleId: 1 },
      personName: "韩怡莉",
      ruleName: "花园社区周三周日值班",
    },
  ],
  balance: [
    { personId: 201, name: "韩怡莉", count: 2, present: 1, noShows: 0 },
    { personId: 202, name: "王五", count: 2, present: 0, noShows: 1 },
    { personId: 205, name: "李强", count: 1, present: 0, noShows: 0 },
    { personId: 204, name: "赵六", count: 1, present: 0, noShows: 0 },
  ],
  spread: 1,
  leaves: [{ leave: { id: 7, personId: 203, from: "2025-11-28", to: "2025-11-30" }, name: "陈明", reason: "外出培训" }],
  overrides: [
    {
      override: {
        id: 9,
        kind: "add",
        date: "2025-11-29",
        ruleId: null,
        communityId: 1,
        startTime: "09:00",
        endTime: "12:00",
        personId: 205,
        replacementId: null,
      },
      personName: "李强",
      replacementName: null,
      reason: "周末集市加派",
      createdBy: "李梅",
      createdAt: "2025-11-20T10:15:00+08:00",
    },
  ],
};

/** The schedule of one day, as the change forms ask for it. */
export const dayOf = (date: string): DutySchedule => ({
  ...november,
  from: date,
  to: date,
  shifts: november.shifts.filter((s) => s.date === date),
  problems: [],
  leaves: [],
  overrides: [],
});
