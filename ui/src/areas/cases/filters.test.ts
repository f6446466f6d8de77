import { describe, expect, it } from "vitest";
import { linkFilters, NO_FILTERS, toQuery } from "./filters";

describe("case list links from Today", () => {
  it("takes light, due day and sort from the address, and nothing else", () => {
    expect(linkFilters(new URLSearchParams("light=red&sort=due"))).toEqual({ ...NO_FILTERS, light: "red", sort: "due" });
    expect(linkFilters(new URLSearchParams("dueOn=2026-11-27&sort=due"))).toEqual({ ...NO_FILTERS, dueOn: "2026-11-27", sort: "due" });
    expect(linkFilters(new URLSearchParams("sort=newest"))).toEqual(NO_FILTERS);
    expect(linkFilters(new URLSearchParams("sort=updated"))).toEqual({ ...NO_FILTERS, sort: "updated" });
    expect(linkFilters(new URLSearchParams(""))).toBeNull();
  });

  it("ignores malformed values", () => {
    expect(linkFilters(new URLSearchParams("light=purple&dueOn=tomorrow"))).toBeNull();
  });

  it("sends the due day only when there is one", () => {
    const state = { filters: NO_FILTERS, page: 0, pageSize: 20 };
    expect(toQuery(state, "")).not.toHaveProperty("dueOn");
    expect(toQuery({ ...state, filters: { ...NO_FILTERS, dueOn: "2026-11-27" } }, "")).toHaveProperty("dueOn", "2026-11-27");
  });
});
