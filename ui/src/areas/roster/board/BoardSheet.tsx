import { Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { GridRoster, WallBoard } from "../../../api/bindings";
import { BoardMember } from "./BoardMember";

export type Orientation = "portrait" | "landscape";

/** The printable 公示栏 of one community. Only roster members appear on it: no resident's data. */
export function BoardSheet({ board, orientation }: { board: WallBoard; orientation: Orientation }) {
  const { t } = useTranslation();
  const { workstation: ws, community, texts } = board;
  const contact = [ws.name, ws.phone && t("board.phone", { phone: ws.phone }), ws.address && t("board.address", { address: ws.address })]
    .filter(Boolean)
    .join("　");
  const sections = [
    ["responsibilities", t("board.responsibilities"), texts.responsibilities],
    ["process", t("board.process"), texts.process],
    ["promise", t("board.promise"), texts.promise],
  ] as const;

  return (
    <div className={`board-sheet board-${orientation}`} data-testid="board-sheet">
      <h1 className="board-title" data-testid="board-title">
        {t("board.title", { community: community.communityName })}
      </h1>
      <div className="board-contact" data-testid="board-contact">
        {contact}
      </div>
      {community.grids.length === 0 && <Typography.Paragraph className="no-print">{t("board.noGrids")}</Typography.Paragraph>}
      <div className="board-grids">
        {community.grids.map((g) => (
          <GridBlock key={g.grid.id} roster={g} />
        ))}
      </div>
      <div className="board-texts">
        {sections.map(([key, title, text]) => (
          <section key={key} className={text ? "board-text" : "board-text no-print"} data-testid={`board-text-${key}`}>
            <h2>{title}</h2>
            {text ? <div className="board-text-body">{text}</div> : <Typography.Text type="secondary">{t("board.textEmpty")}</Typography.Text>}
          </section>
        ))}
      </div>
    </div>
  );
}

function GridBlock({ roster }: { roster: GridRoster }) {
  const { t } = useTranslation();
  const { grid, core, forces } = roster;
  return (
    <section className="board-grid" data-testid={`board-grid-${grid.id}`}>
      <h2>
        {grid.name}
        {grid.code && <span className="board-code">{grid.code}</span>}
      </h2>
      {grid.area && <div className="board-area">{t("board.area", { area: grid.area })}</div>}
      <div className="board-label">{t("board.core")}</div>
      <div className="board-members board-members-core">
        {core.map((m) => (
          <BoardMember key={m.assignmentId} member={m} core />
        ))}
      </div>
      {forces.length > 0 && (
        <>
          <div className="board-label">{t("board.forces")}</div>
          <div className="board-members board-members-forces">
            {forces.map((m) => (
              <BoardMember key={m.assignmentId} member={m} core={false} />
            ))}
          </div>
        </>
      )}
    </section>
  );
}
