/**
 * A saved filter laid over the list's defaults, or null when its JSON is not an object.
 * Only the fields the list knows are taken, and only in the shape of their default, so a filter
 * saved by an older version (a field missing, dropped or retyped since) still applies: the odd
 * field falls back to its default rather than reaching the list query.
 */
export function mergeSaved<F extends object>(json: string, defaults: F): F | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return null;
  const saved = parsed as Record<string, unknown>;
  const merged: Record<string, unknown> = Object.fromEntries(Object.entries(defaults));
  for (const [key, fallback] of Object.entries(merged)) {
    if (key in saved && fits(saved[key], fallback)) merged[key] = saved[key];
  }
  return merged as F;
}

/** A null default stands for "any one value" (an id, a date, a choice), never a list or object. */
function fits(value: unknown, fallback: unknown): boolean {
  if (Array.isArray(fallback)) return Array.isArray(value);
  if (fallback === null) return value === null || typeof value === "string" || typeof value === "number";
  return typeof value === typeof fallback;
}
