// Case register data shaped as the backend sends it, for component tests.
import type { AppStatus, Case, CaseDetail, CaseEvent, CasePage, Category, OperatorRole, Perm } from "../api/bindings";
import { signedIn } from "./accessFixtures";

/** A signed-in status with the case permissions of the core's matrix (access/roles.rs) added. */
export function caseStatus(role: OperatorRole = "desk"): AppStatus {
  const status = signedIn(role);
  const session = status.session;
  if (!session) return status;
  const extra: Perm[] = ["case_view"];
  if (role === "admin" || role === "desk" || role === "officer") extra.push("case_intake", "case_work");
  return { ...status, session: { ...session, perms: [...new Set([...session.perms, ...extra])] } };
}

export const categories: Category[] = [
  { id: 1, parentId: null, code: "SR", name: "市容环境", limit: null, filingCriteria: "", closingCriteria: "", archived: false },
  { id: 2, parentId: 1, code: "SR01", name: "占道经营", limit: { unit: "days", value: 3 }, filingCriteria: "", closingCriteria: "", archived: false },
  { id: 3, parentId: 1, code: "SR02", name: "乱堆乱放", limit: { unit: "hours", value: 24 }, filingCriteria: "", closingCriteria: "", archived: false },
  { id: 4, parentId: null, code: "JZ", name: "建筑管理", limit: null, filingCriteria: "", closingCriteria: "", archived: false },
  { id: 5, parentId: 4, code: "JZ01", name: "违章搭建", limit: { unit: "days", value: 10 }, filingCriteria: "", closingCriteria: "", archived: true },
];

export const aCase = (over: Partial<Case> = {}): Case => ({
  id: 7,
  number: "AJ-2026-0007",
  source: "desk",
  categoryId: 2,
  categoryName: "占道经营",
  communityId: 1,
  communityName: "仁和社区",
  gridId: 1,
  gridName: "第一网格",
  address: "仁和路12号",
  title: "仁和路12号门前占道经营",
  description: "早上七点到九点摆摊卖早点。",
  reporterName: "张**",
  reporterPhone: "138****5678",
  anonymous: false,
  respondentKind: "shop",
  respondentName: "老王早点",
  urgency: "normal",
  status: "assigned",
  assigneeId: 102,
  assigneeName: "陈志强",
  responsibleParty: "",
  reportedAt: "2026-11-27T08:10:00+08:00",
  registeredAt: "2026-11-27T08:20:00+08:00",
  dueAt: "2026-12-02T18:00:00+08:00",
  light: "yellow",
  parkedAt: null,
  extensions: 0,
  reworks: 1,
  reopens: 0,
  closedAt: null,
  duplicateOf: null,
  referredTo: "",
  satisfaction: null,
  ...over,
});

export const page = (cases: Case[], total = cases.length, capped = false): CasePage => ({ cases, total, capped });

export const detail = (over: Partial<CaseDetail> = {}): CaseDetail => ({
  case: aCase(),
  timeline: [
    { id: 1, at: "2026-11-27T08:20:00+08:00", actor: "李梅", step: "register", fromStatus: null, toStatus: "registered", note: "", promisedDate: null, photos: ["case-before-1.jpg"], documents: [] },
    { id: 2, at: "2026-11-27T09:00:00+08:00", actor: "李梅", step: "assign", fromStatus: "registered", toStatus: "assigned", note: "请尽快处理", promisedDate: null, photos: [], documents: [] },
  ],
  duplicates: [],
  nextSteps: ["persuade", "park", "follow_up"],
  estateId: null,
  estateName: null,
  ...over,
});

/** A note with a document attached: the stored name differs from the one shown, as the core stores by content. */
export const documentEvent: CaseEvent = {
  id: 3,
  at: "2026-11-28T10:00:00+08:00",
  actor: "陈志强",
  step: "note",
  fromStatus: "assigned",
  toStatus: "assigned",
  note: "已送达整改通知书",
  promisedDate: null,
  photos: [],
  documents: [{ file: "doc-4f2a.pdf", name: "整改通知书.pdf" }],
};
