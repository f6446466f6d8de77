// The two-level category dictionary as the pickers want it.
import type { TFunction } from "i18next";
import type { Category, Limit } from "../../api/bindings";

/** First-level categories, each with its second level, in the dictionary's order. */
export function byParent(categories: readonly Category[]): { parent: Category; children: Category[] }[] {
  return categories
    .filter((c) => c.parentId === null)
    .map((parent) => ({ parent, children: categories.filter((c) => c.parentId === parent.id) }));
}

const name = (c: Category, t: TFunction) => (c.archived ? t("cases.archivedCategory", { name: c.name }) : c.name);

/** For the list filter: a first-level choice includes its children, and archived ones still find old cases. */
export function filterTree(categories: readonly Category[], t: TFunction) {
  return byParent(categories).map(({ parent, children }) => ({
    value: parent.id,
    title: name(parent, t),
    children: children.map((c) => ({ value: c.id, title: name(c, t) })),
  }));
}

/**
 * For intake: only live second-level categories can be chosen, grouped under their parent. The
 * search text includes the parent, so typing "市容" finds all of its children.
 */
export function intakeGroups(categories: readonly Category[]) {
  return byParent(categories.filter((c) => !c.archived))
    .filter(({ children }) => children.length > 0)
    .map(({ parent, children }) => ({
      label: parent.name,
      title: parent.name,
      options: children.map((c) => ({ value: c.id, label: c.name, search: `${parent.name} ${c.name} ${c.code}` })),
    }));
}

export function limitText(limit: Limit | null, t: TFunction): string {
  if (!limit) return "";
  return limit.unit === "hours" ? t("caseCategories.hours", { value: limit.value }) : t("caseCategories.days", { value: limit.value });
}
