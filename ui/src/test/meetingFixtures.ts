// Coordination-meeting data shaped as the backend sends it, for component tests: the Rongchang
// estate's parties, a monthly meeting with a carried-over action, and the action list.
import type { AgendaItem, Attendee, Estate, Meeting, MeetingDetail, Outcome, Party } from "../api/bindings";

export const parties: Party[] = [
  { id: 1, kind: "property_company", name: "融昌物业服务中心", communityId: 1, contactName: "郑建平", contactPhone: "0596-2671180", archived: false },
  { id: 2, kind: "owners_committee", name: "融昌花园业主委员会", communityId: 1, contactName: "林国华", contactPhone: "13860991301", archived: false },
  { id: 3, kind: "residents_committee", name: "仁和社区居委会", communityId: 1, contactName: "王建国", contactPhone: "", archived: false },
];

export const estates: Estate[] = [
  {
    id: 1,
    name: "融昌花园",
    communityId: 1,
    communityName: "仁和社区",
    address: "融昌路8号",
    propertyPartyId: 1,
    propertyPartyName: "融昌物业服务中心",
    ownersPartyId: 2,
    ownersPartyName: "融昌花园业主委员会",
    archived: false,
  },
];

export const aMeeting = (over: Partial<Meeting> = {}): Meeting => ({
  id: 5,
  kind: "monthly",
  title: "2026年11月月度联席会议",
  heldAt: "2026-11-27T15:00:00+08:00",
  place: "社区会议室",
  communityId: 1,
  communityName: "仁和社区",
  estateId: 1,
  estateName: "融昌花园",
  chair: "王建国",
  recorder: "李梅",
  closedAt: null,
  closedBy: null,
  openActions: 2,
  ...over,
});

export const anOutcome = (over: Partial<Outcome> = {}): Outcome => ({
  id: 101,
  meetingId: 5,
  itemId: 12,
  kind: "action",
  text: "清理2号楼楼道杂物",
  ownerPartyId: 1,
  ownerPartyName: "融昌物业服务中心",
  ownerName: "郑建平",
  dueOn: "2026-12-05",
  caseId: 7,
  caseNumber: "AJ-2026-0007",
  amendment: false,
  doneAt: null,
  doneBy: null,
  doneNote: "",
  createdAt: "2026-11-27T15:20:00+08:00",
  createdBy: "李梅",
  overdue: false,
  ...over,
});

/** An earlier meeting's action, open and past its due day: the new meeting carries it over. */
export const carriedAction = anOutcome({
  id: 90,
  meetingId: 4,
  itemId: 8,
  text: "清理消防通道电动车",
  ownerPartyId: 1,
  ownerName: "",
  dueOn: "2026-11-20",
  caseId: null,
  caseNumber: null,
  overdue: true,
});

export const attendees: Attendee[] = [
  { id: 1, side: "urban", partyId: null, partyName: null, name: "陈志强", title: "城管队员" },
  { id: 2, side: "residents_committee", partyId: 3, partyName: "仁和社区居委会", name: "王建国", title: "主任" },
  { id: 3, side: "property_company", partyId: 1, partyName: "融昌物业服务中心", name: "郑建平", title: "经理" },
];

const item = (over: Partial<AgendaItem> & Pick<AgendaItem, "id" | "position" | "title">): AgendaItem => ({
  caseId: null,
  caseNumber: null,
  caseStatus: null,
  carriedFrom: null,
  notes: "",
  outcomes: [],
  ...over,
});

/**
 * The carried item comes last in the stored order here, so a test can tell that the page puts
 * it first itself.
 */
export const detail = (over: Partial<MeetingDetail> = {}): MeetingDetail => ({
  meeting: aMeeting(),
  attendees,
  items: [
    item({
      id: 12,
      position: 1,
      title: "仁和路12号门前占道经营",
      caseId: 7,
      caseNumber: "AJ-2026-0007",
      caseStatus: "assigned",
      notes: "物业称已多次劝导",
      outcomes: [anOutcome({ id: 100, kind: "decision", text: "由物业牵头劝离", ownerPartyId: null, ownerPartyName: null, ownerName: "", dueOn: null }), anOutcome()],
    }),
    item({ id: 13, position: 2, title: "小区充电桩选址" }),
    item({ id: 11, position: 3, title: "清理消防通道电动车", carriedFrom: 90 }),
  ],
  general: [],
  ...over,
});

export const closedDetail = (): MeetingDetail =>
  detail({
    meeting: aMeeting({ closedAt: "2026-11-27T17:00:00+08:00", closedBy: "李梅" }),
    general: [anOutcome({ id: 120, itemId: null, kind: "info", text: "补记：业委会林国华列席", amendment: true, ownerPartyId: null, ownerPartyName: null, ownerName: "", dueOn: null, caseId: null, caseNumber: null })],
  });
