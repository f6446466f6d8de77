import { useTranslation } from "react-i18next";
import type { AgendaItem } from "../../../api/bindings";
import { useCase } from "../../../api/caseQueries";
import { ScreenLight } from "./ScreenCase";

type Props = { items: AgendaItem[]; currentId: number | null; onPick: (index: number) => void };

/** The side panel: every case on the agenda with its light; picking one shows its item. */
export function ScreenCases({ items, currentId, onPick }: Props) {
  const { t } = useTranslation();
  const withCase = items.map((item, index) => ({ item, index })).filter(({ item }) => item.caseId !== null);
  return (
    <aside className="screen-side" data-testid="screen-cases">
      <h2 className="screen-heading">{t("meetingScreen.cases")}</h2>
      {withCase.length === 0 && <div className="screen-muted">{t("meetingScreen.noCases")}</div>}
      {withCase.map(({ item, index }) => (
        <button
          type="button"
          key={item.id}
          className={`screen-side-case${item.id === currentId ? " screen-side-current" : ""}`}
          onClick={() => onPick(index)}
          data-testid={`screen-case-${item.id}`}
        >
          <SideLight caseId={item.caseId as number} />
          <span className="screen-side-title">{item.title}</span>
        </button>
      ))}
    </aside>
  );
}

function SideLight({ caseId }: { caseId: number }) {
  const detail = useCase(caseId);
  return <ScreenLight light={detail.data?.case.light ?? null} />;
}
