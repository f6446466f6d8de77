import { Suspense, useEffect, useState } from "react";
import { useAppStatus } from "./api/queries";
import { applyLanguage } from "./i18n";
import { Loading } from "./common/Loading";
import { usePaintReport } from "./common/usePaintReport";
import { lazyAntdScreen, loadAntdShell } from "./common/lazyPage";
import { SignInPage } from "./areas/access/SignInPage";

// The sign-in screen is the usual first screen, so it alone is in the start-up chunk, drawn in plain
// HTML without antd; the rest load with antd when needed, and the main layout and antd are fetched
// while the user types their password.
const loadRoutes = () => import("./layout/AppRoutes");
const AppRoutes = lazyAntdScreen(loadRoutes, (m) => m.AppRoutes);
const CreateAdminPage = lazyAntdScreen(() => import("./areas/access/CreateAdminPage"), (m) => m.CreateAdminPage);
const LockScreen = lazyAntdScreen(() => import("./areas/access/LockScreen"), (m) => m.LockScreen);
const SetupWaiting = lazyAntdScreen(() => import("./areas/access/SetupWaiting"), (m) => m.SetupWaiting);
const StartupFailed = lazyAntdScreen(() => import("./areas/startup/StartupFailed"), (m) => m.StartupFailed);
const SetupPage = lazyAntdScreen(() => import("./areas/setup/SetupPage"), (m) => m.SetupPage);

/**
 * The startup state and the session decide the whole screen, in this order: data that cannot be
 * opened, no account yet, nobody signed in, a locked window, no workstation yet, the main layout.
 */
export default function App() {
  return (
    <Suspense fallback={<Loading />}>
      <Screen />
    </Suspense>
  );
}

function Screen() {
  const status = useAppStatus();
  const language = status.data?.language;
  // Only the start waits for the remembered language, so the first real screen
  // does not flash in the default one. Later switches apply before the status changes.
  const [languageApplied, setLanguageApplied] = useState(false);

  useEffect(() => {
    if (language) void applyLanguage(language).then(() => setLanguageApplied(true));
  }, [language]);
  // The first real screen (sign-in, with the workstation's name from the store) is up.
  const painted = status.isSuccess && languageApplied;
  usePaintReport(painted);
  useEffect(() => {
    if (!painted) return;
    // Only a head start, after the first paint has had its frames: the route loads it again.
    const timer = setTimeout(() => {
      void loadAntdShell().catch(() => undefined);
      void loadRoutes().catch(() => undefined);
    }, 500);
    return () => clearTimeout(timer);
  }, [painted]);

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
