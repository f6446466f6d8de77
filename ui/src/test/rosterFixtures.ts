// Roster data shaped as the backend sends it, for component tests.
import type { GridRoster, Role, Roster, RosterMember, WallBoard, Workstation } from "../api/bindings";

export const roles: Role[] = [
  { id: 1, name: "网格长", isCore: true, archived: false },
  { id: 2, name: "城管队员", isCore: true, archived: false },
  { id: 3, name: "物业", isCore: false, archived: false },
  { id: 4, name: "志愿者", isCore: false, archived: false },
];

const member = (over: Partial<RosterMember> & Pick<RosterMember, "assignmentId" | "personId" | "name" | "roleId">): RosterMember => {
  const role = roles.find((r) => r.id === over.roleId) as Role;
  return {
    organisation: "",
    party: "",
    phone: "13800000000",
    photo: null,
    roleName: role.name,
    isCore: role.isCore,
    startDate: "2025-01-01",
    endDate: null,
    duties: "",
    ended: false,
    ...over,
  };
};

export const grid1: GridRoster = {
  grid: { id: 1, communityId: 1, name: "第一网格", code: "RH-01", area: "仁和路以东", mapImage: null, archived: false },
  core: [
    member({ assignmentId: 11, personId: 101, name: "王建国", roleId: 1, organisation: "仁和社区居委会", party: "社区", phone: "13905960001" }),
    member({ assignmentId: 12, personId: 102, name: "陈志强", roleId: 2, organisation: "碧湖街道城管中队", party: "城管", phone: "0596-2345678" }),
  ],
  forces: [
    member({ assignmentId: 13, personId: 103, name: "李四", roleId: 3, organisation: "仁和花园物业", party: "物业", phone: "" }),
    member({ assignmentId: 14, personId: 104, name: "赵敏", roleId: 4, party: "志愿者", phone: "13705960004", duties: "周末巡查" }),
  ],
  gaps: [{ kind: "no_phone", role: "物业", person: "李四" }],
};

export const grid2: GridRoster = {
  grid: { id: 2, communityId: 1, name: "第二网格", code: "", area: "", mapImage: null, archived: false },
  core: [
    member({ assignmentId: 21, personId: 105, name: "张三", roleId: 2, startDate: "2022-01-01", endDate: "2024-12-31", ended: true }),
  ],
  forces: [],
  gaps: [
    { kind: "missing_core_role", role: "网格长", person: null },
    { kind: "missing_core_role", role: "城管队员", person: null },
    { kind: "term_ended", role: "城管队员", person: "张三" },
  ],
};

export const roster: Roster = {
  communities: [{ communityId: 1, communityName: "仁和社区", grids: [grid1, grid2] }],
  gapCount: 4,
  roles,
  parties: ["城管", "物业", "社区", "志愿者"],
};

export const emptyRoster: Roster = {
  communities: [{ communityId: 1, communityName: "仁和社区", grids: [] }],
  gapCount: 0,
  roles,
  parties: [],
};

export const workstation: Workstation = {
  name: "华元社区城管工作站",
  street: "碧湖街道",
  district: "芗城区",
  address: "仁和路 12 号",
  phone: "0596-0000000",
  isDemo: false,
  communities: [
    { id: 1, name: "仁和社区", code: null, archived: false },
    { id: 2, name: "旧社区", code: null, archived: true },
  ],
  createdAt: "2026-11-27T16:40:00+08:00",
  updatedAt: "2026-11-27T16:40:00+08:00",
};

export const board: WallBoard = {
  workstation,
  community: { communityId: 1, communityName: "仁和社区", grids: [{ ...grid1, gaps: [] }] },
  texts: {
    responsibilities: "宣传城市管理法规；\n劝导和纠正违章行为。",
    process: "来访登记 → 立案 → 处置 → 复查 → 结案",
    promise: "接报后 30 分钟内到场。",
  },
};
