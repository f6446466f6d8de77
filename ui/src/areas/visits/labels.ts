// The visit log's fixed vocabularies, in the order the desk offers them. Their texts live in
// i18n under visitHandling and visitChannel.
import type { Handling, VisitChannel } from "../../api/bindings";

/** The five handling types (DOMAIN.md), most settled first. */
export const HANDLINGS: readonly Handling[] = ["on_spot", "passed_on", "on_behalf", "told_path", "explained"];

export const CHANNELS: readonly VisitChannel[] = ["walk_in", "phone"];

export const HANDLING_COLOR: Record<Handling, string> = {
  on_spot: "green",
  passed_on: "blue",
  on_behalf: "geekblue",
  told_path: "cyan",
  explained: "default",
};
