import { useTranslation } from "react-i18next";
import type { Light } from "../../api/bindings";
import { LIGHT_COLOR } from "./labels";

/** A coloured dot always followed by its word: red and green look alike to many people. */
export function LightDot({ light }: { light: Light | null }) {
  const { t } = useTranslation();
  if (!light) return <span data-testid="case-light">{t("cases.noLight")}</span>;
  return (
    <span style={{ display: "inline-flex", alignItems: "center", gap: 4, whiteSpace: "nowrap" }} data-testid="case-light">
      <span
        aria-hidden
        style={{ display: "inline-block", width: 10, height: 10, borderRadius: "50%", background: LIGHT_COLOR[light] }}
      />
      <span>{t(`caseLight.${light}`)}</span>
    </span>
  );
}
