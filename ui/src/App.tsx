import { useEffect, useState } from "react";
import { useAppStatus } from "./api/queries";
import { applyLanguage } from "./i18n";
import { Loading } from "./common/Loading";
import { usePaintReport } from "./common/usePaintReport";
import { CreateAdminPage } from "./areas/access/CreateAdminPage";
import { LockScreen } from "./areas/access/LockScreen";
import { SetupWaiting } from "./areas/access/SetupWaiting";
import { SignInPage } from "./areas/access/SignInPage";
import { StartupFailed } from "./areas/startup/StartupFailed";
import { SetupPage } from "./areas/setup/SetupPage";
import { AppRoutes } from "./layout/AppRoutes";

/**
 * The startup state and the session decide the whole screen, in this order: data that cannot be
 * opened, no account yet, nobody signed in, a locked window, no workstation yet, the main layout.
 */
export default function App() {
  const status = useAppStatus();
  const language = status.data?.language;
  // Only the start waits for the remembered language, so the first real screen
  // does not flash in the default one. Later switches apply before the status changes.
  const [languageApplied, setLanguageApplied] = useState(false);

  useEffect(() => {
    if (language) void applyLanguage(language).then(() => setLanguageApplied(true));
  }, [language]);
  // The first real screen (sign-in, with the workstation's name from the store) is up.
  usePaintReport(status.isSuccess && languageApplied);

  if (status.isPending) return <Loading />;
  if (status.isError) return <StartupFailed error={status.error} />;
  if (!languageApplied) return <Loading />;

  const s = status.data;
  if (s.state === "failed") {
    return (
      <StartupFailed
        error={s.error ?? { code: "INTERNAL", message: "state failed without error" }}
        dataDir={s.dataDir}
        dbPath={s.dbPath}
        offerRestore
      />
    );
  }
  if (s.state === "needs_admin") return <CreateAdminPage />;
  if (!s.session) return <SignInPage status={s} />;
  if (s.session.locked) return <LockScreen status={s} session={s.session} />;
  if (s.state === "needs_setup") return s.session.perms.includes("admin") ? <SetupPage /> : <SetupWaiting />;
  return <AppRoutes status={s} />;
}
