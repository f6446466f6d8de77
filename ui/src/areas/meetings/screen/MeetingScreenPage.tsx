import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useNavigate } from "react-router-dom";
import { useMeeting } from "../../../api/meetingQueries";
import { formatDateTime } from "../../../i18n/format";
import { sortAgenda } from "../agenda";
import { useMeetingId } from "../detail/MeetingPage";
import { meetingErrorText } from "../meetingErrorText";
import "./screen.css";
import { ScreenCases } from "./ScreenCases";
import { ScreenItem } from "./ScreenItem";
import { screenTypeStyle } from "./screenType";

/** How often the screen asks again: outcomes typed at the desk appear within seconds. */
const FOLLOW_MS = 3_000;

/**
 * The projector screen (/meetings/12/screen): the whole window, large type, light on dark, one
 * agenda item at a time (← → or the big buttons), its case with its light and photos, and what
 * the recorder types at the desk as it is saved. No menu or header around it.
 */
export function MeetingScreenPage() {
  const id = useMeetingId();
  return id !== null ? <Screen id={id} /> : <Navigate to="/meetings" replace />;
}

function Screen({ id }: { id: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const detail = useMeeting(id, FOLLOW_MS);
  const items = sortAgenda(detail.data?.items ?? []);
  const [index, setIndex] = useState(0);
  const last = Math.max(items.length - 1, 0);
  const current = items[Math.min(index, last)];
  const exit = useCallback(() => navigate(`/meetings/${id}`), [navigate, id]);
  const move = useCallback((by: number) => setIndex((i) => Math.min(Math.max(Math.min(i, last) + by, 0), last)), [last]);

  useEffect(() => {
    const keys = (e: KeyboardEvent) => {
      if (e.key === "ArrowRight" || e.key === "PageDown") move(1);
      else if (e.key === "ArrowLeft" || e.key === "PageUp") move(-1);
      else if (e.key === "Escape") exit();
      else return;
      e.preventDefault();
    };
    window.addEventListener("keydown", keys);
    return () => window.removeEventListener("keydown", keys);
  }, [move, exit]);

  const m = detail.data?.meeting;
  return (
    <div className="meeting-screen" style={screenTypeStyle} data-testid="meeting-screen-view">
      <header className="screen-header">
        <div>
          <div className="screen-title">{m?.title ?? ""}</div>
          <div className="screen-sub">{m ? `${formatDateTime(m.heldAt)}  ${m.place}` : ""}</div>
        </div>
        <button type="button" className="screen-button" onClick={exit} data-testid="screen-exit">
          {t("meetingScreen.exit")}
        </button>
      </header>
      {detail.isError && <div className="screen-error">{meetingErrorText(detail.error, t)}</div>}
      <main className="screen-main">
        <section className="screen-current">
          {current ? (
            <ScreenItem item={current} n={Math.min(index, last) + 1} total={items.length} />
          ) : (
            <div className="screen-muted" data-testid="screen-current-item">
              {detail.data ? t("meetingScreen.empty") : ""}
            </div>
          )}
        </section>
        <ScreenCases items={items} currentId={current?.id ?? null} onPick={(i) => setIndex(i)} />
      </main>
      <footer className="screen-footer">
        <button type="button" className="screen-button screen-nav" onClick={() => move(-1)} disabled={index <= 0} data-testid="screen-prev">
          ← {t("meetingScreen.prev")}
        </button>
        <span className="screen-muted screen-keys">{t("meetingScreen.keys")}</span>
        <button type="button" className="screen-button screen-nav" onClick={() => move(1)} disabled={index >= last} data-testid="screen-next">
          {t("meetingScreen.next")} →
        </button>
      </footer>
    </div>
  );
}
