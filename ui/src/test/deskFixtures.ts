// Front-desk data shaped as the backend sends it, for component tests: visits, Today's board
// and a day's work log.
import type { DaySummary, TodayBoard, Visit, VisitPage, Worklog } from "../api/bindings";
import { aCase } from "./caseFixtures";

export const aVisit = (over: Partial<Visit> = {}): Visit => ({
  id: 31,
  channel: "walk_in",
  visitedAt: "2026-11-27T09:15:00+08:00",
  visitorName: "张**",
  visitorPhone: "138****5678",
  communityId: 1,
  communityName: "仁和社区",
  topic: "仁和路12号门前早点摊占道，早上走不过去",
  handling: "passed_on",
  outcome: "已转告中队，明早巡查",
  caseId: null,
  caseNumber: null,
  recordedBy: "李梅",
  archived: false,
  archiveReason: "",
  ...over,
});

export const visitPage = (visits: Visit[], total = visits.length, capped = false): VisitPage => ({ visits, total, capped });

export const emptyBoard: TodayBoard = {
  date: "2026-11-27",
  dueToday: [],
  dueTodayCount: 0,
  yellow: [],
  yellowCount: 0,
  red: [],
  redCount: 0,
  newest: [],
  visits: [],
  visitCount: 0,
};

export const board: TodayBoard = {
  date: "2026-11-27",
  dueToday: [aCase({ id: 11, title: "花园小区消防通道电动车", light: "yellow" })],
  dueTodayCount: 3,
  yellow: [aCase()],
  yellowCount: 1,
  red: [aCase({ id: 8, number: "AJ-2026-0008", title: "乱堆建材", light: "red", status: "registered" })],
  redCount: 12,
  newest: [aCase({ id: 12, title: "沿街晾晒", light: "green", status: "registered" })],
  visits: [aVisit()],
  visitCount: 5,
};

export const summary: DaySummary = {
  day: "2026-11-27",
  visits: 5,
  byHandling: [
    { handling: "on_spot", count: 2 },
    { handling: "passed_on", count: 0 },
    { handling: "on_behalf", count: 0 },
    { handling: "told_path", count: 3 },
    { handling: "explained", count: 0 },
  ],
  visitsToCases: 1,
  casesOpened: 1,
  casesClosed: 1,
  rechecksPassed: 0,
  rechecksFailed: 0,
  overdue: 2,
  duty: [
    { name: "韦正宇", shift: "花园社区周三周日值班", startTime: "08:30", endTime: "17:30", arrivedAt: "08:30", late: false, noShow: false },
    { name: "王五", shift: "花园社区周三周日值班", startTime: "08:30", endTime: "17:30", arrivedAt: null, late: false, noShow: true },
    { name: "赵六", shift: "花园社区周三周日值班", startTime: "08:30", endTime: "17:30", arrivedAt: null, late: false, noShow: false },
  ],
};

export const worklog = (over: Partial<Worklog> = {}): Worklog => ({
  day: "2026-11-27",
  summary,
  text: "",
  saved: false,
  updatedBy: null,
  updatedAt: null,
  signedBy: null,
  signedAt: null,
  ...over,
});
