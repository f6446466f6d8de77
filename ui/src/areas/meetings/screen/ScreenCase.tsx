import { useTranslation } from "react-i18next";
import type { Light } from "../../../api/bindings";
import { useCase, useCasePhoto } from "../../../api/caseQueries";

/** Brighter than the register's colours: they sit on black and are read across a room. */
export const SCREEN_LIGHT: Record<Light, string> = { red: "#ff4d4f", yellow: "#fadb14", green: "#52c41a" };

const PHOTOS = 3;

/** A case's number, its light (dot and word), where it is, and its first photos. */
export function ScreenCase({ caseId }: { caseId: number }) {
  const { t } = useTranslation();
  const detail = useCase(caseId);
  if (!detail.data) return null;
  const c = detail.data.case;
  const photos = detail.data.timeline.flatMap((e) => e.photos).slice(0, PHOTOS);
  return (
    <div className="screen-case" data-testid="screen-case">
      <div className="screen-case-line">
        <ScreenLight light={c.light} />
        <span>{c.number}</span>
        <span className="screen-muted">{t(`caseStatus.${c.status}`)}</span>
        {c.address && <span className="screen-muted">{c.address}</span>}
      </div>
      {photos.length > 0 && (
        <div className="screen-photos">
          {photos.map((name) => (
            <ScreenPhoto key={name} caseId={caseId} name={name} />
          ))}
        </div>
      )}
    </div>
  );
}

export function ScreenLight({ light }: { light: Light | null }) {
  const { t } = useTranslation();
  if (!light) return <span className="screen-muted" data-testid="screen-light">{t("cases.noLight")}</span>;
  return (
    <span className="screen-light" data-testid="screen-light">
      <span aria-hidden className="screen-dot" style={{ background: SCREEN_LIGHT[light] }} />
      <span style={{ color: SCREEN_LIGHT[light] }}>{t(`caseLight.${light}`)}</span>
    </span>
  );
}

function ScreenPhoto({ caseId, name }: { caseId: number; name: string }) {
  const photo = useCasePhoto(caseId, name);
  return photo.data ? <img className="screen-photo" src={photo.data} alt={name} data-testid="screen-photo" /> : <div className="screen-photo" />;
}
