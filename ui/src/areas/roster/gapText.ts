import type { TFunction } from "i18next";
import type { Gap } from "../../api/bindings";

/** A gap as the short tag the front desk reads on a grid card: 缺网格长 / 任期已满：张三 / 无电话：李四. */
export function gapText(gap: Gap, t: TFunction): string {
  switch (gap.kind) {
    case "missing_core_role":
      return t("roster.gapMissing", { role: gap.role ?? "" });
    case "term_ended":
      return t("roster.gapEnded", { person: gap.person ?? "" });
    case "no_phone":
      return t("roster.gapNoPhone", { person: gap.person ?? "" });
  }
}
