import { describe, expect, it } from "vitest";
import type { ProblemView } from "../../api/bindings";
import i18n from "../../i18n";
import { november } from "../../test/dutyFixtures";
import { problemText } from "./problemText";

const names = {
  ruleName: (id: number) => (id === 1 ? "花园社区周三周日值班" : null),
  communityName: (id: number) => (id === 1 ? "仁和社区" : null),
};

describe("problem sentences", () => {
  it("says which day and shift is short, by how many, in Chinese", () => {
    expect(problemText(november.problems[0], i18n.t)).toBe("11月26日 花园社区周三周日值班 缺1人（需2人，现1人）");
  });

  it("says who is scheduled while on leave", () => {
    expect(problemText(november.problems[1], i18n.t)).toBe("韩怡莉 11月30日 在请假期间被排班");
  });

  it("names an ad-hoc shift by its community when it has no rule", () => {
    const gap: ProblemView = {
      problem: { kind: "gap", date: "2025-11-29", ruleId: null, communityId: 1, needed: 2, have: 0 },
      personName: null,
      ruleName: null,
    };
    expect(problemText(gap, i18n.t, names)).toBe("11月29日 仁和社区临时值班 缺2人（需2人，现0人）");
  });

  it("lists the overlapping shifts of a double-booked person", () => {
    const double: ProblemView = {
      problem: {
        kind: "double_booked",
        date: "2025-11-30",
        personId: 202,
        shifts: [
          [1, "08:30"],
          [null, "09:00"],
        ],
      },
      personName: "王五",
      ruleName: null,
    };
    expect(problemText(double, i18n.t, names)).toBe(
      "王五 11月30日 同时排在时间重叠的班次：花园社区周三周日值班（08:30 起）、临时值班（09:00 起）",
    );
  });

  it("points to the undo for an adjustment that found nothing to change", () => {
    const unused: ProblemView = {
      problem: { kind: "override_unused", overrideId: 4, date: "2025-11-27" },
      personName: null,
      ruleName: null,
    };
    expect(problemText(unused, i18n.t)).toContain("11月27日 有一条调整没有用上");
    expect(problemText(unused, i18n.t)).toContain("撤销");
  });

  it("reads in English when the UI is in English", async () => {
    await i18n.changeLanguage("en-US");
    expect(problemText(november.problems[0], i18n.t)).toBe("November 26 花园社区周三周日值班: 1 short (needs 2, has 1)");
    expect(problemText(november.problems[1], i18n.t)).toBe("韩怡莉 is scheduled on November 30 while on leave");
  });
});
