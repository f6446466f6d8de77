import { describe, expect, it } from "vitest";
import { grid1, roster } from "../../test/rosterFixtures";
import { rosterCounts } from "./RosterCard";

describe("roster counts on Today", () => {
  it("counts grids, people and gaps", () => {
    expect(rosterCounts(roster)).toEqual({ grids: 2, members: 5, gaps: 4 });
  });

  it("counts a person in two grids once", () => {
    const wang = grid1.core[0];
    const twice = {
      ...roster,
      communities: [
        {
          ...roster.communities[0],
          grids: [grid1, { ...grid1, grid: { ...grid1.grid, id: 9 }, core: [{ ...wang, assignmentId: 99 }], forces: [] }],
        },
      ],
    };
    expect(rosterCounts(twice).members).toBe(4);
  });
});
