import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Workstation } from "../../../api/bindings";
import { formatDate } from "../../../i18n/format";
import { todayString } from "../../roster/dates";

type Props = { workstation: Workstation | undefined; title: string; sub: string; children: ReactNode };

/** The paper around a duty board: red title, the line under it, and a foot saying whose board it is and when it was made. */
export function BoardSheet({ workstation, title, sub, children }: Props) {
  const { t } = useTranslation();
  const contact = [
    workstation?.phone && t("board.phone", { phone: workstation.phone }),
    workstation?.address && t("board.address", { address: workstation.address }),
  ]
    .filter(Boolean)
    .join("　");
  return (
    <div className="duty-board-sheet" data-testid="duty-board-sheet">
      <h1 className="duty-board-title" data-testid="duty-board-title">
        {title}
      </h1>
      <div className="duty-board-sub">{sub}</div>
      {children}
      <div className="duty-board-foot">
        <span>{[workstation?.name, contact].filter(Boolean).join("　")}</span>
        <span>{t("dutyBoard.madeOn", { date: formatDate(todayString()) })}</span>
      </div>
    </div>
  );
}
