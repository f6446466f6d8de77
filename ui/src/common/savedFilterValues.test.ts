import { describe, expect, it } from "vitest";
import { mergeSaved } from "./savedFilterValues";

const defaults = { text: "", statuses: [] as string[], light: null as string | null, includeArchived: false };

describe("a saved filter laid over the list's defaults", () => {
  it("takes every field it names", () => {
    const json = JSON.stringify({ text: "占道", statuses: ["assigned"], light: "red", includeArchived: true });
    expect(mergeSaved(json, defaults)).toEqual({ text: "占道", statuses: ["assigned"], light: "red", includeArchived: true });
  });

  it("fills a field saved before the list had it with the default", () => {
    expect(mergeSaved(JSON.stringify({ text: "占道" }), defaults)).toEqual({ ...defaults, text: "占道" });
  });

  it("drops a field the list no longer knows and one of the wrong shape", () => {
    const json = JSON.stringify({ text: 5, statuses: "assigned", gone: 1, light: "red" });
    expect(mergeSaved(json, defaults)).toEqual({ ...defaults, light: "red" });
  });

  it("refuses what is not a JSON object", () => {
    expect(mergeSaved("{text:", defaults)).toBeNull();
    expect(mergeSaved("[]", defaults)).toBeNull();
    expect(mergeSaved("null", defaults)).toBeNull();
    expect(mergeSaved('"占道"', defaults)).toBeNull();
  });
});
