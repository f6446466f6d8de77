import { useEffect, useState } from "react";
import { useAppStatus } from "./api/queries";
import { applyLanguage } from "./i18n";
import { Loading } from "./common/Loading";
import { StartupFailed } from "./areas/startup/StartupFailed";
import { SetupPage } from "./areas/setup/SetupPage";
import { AppRoutes } from "./layout/AppRoutes";

/** The startup state decides the whole screen: failed, first start, or the main layout. */
export default function App() {
  const status = useAppStatus();
  const language = status.data?.language;
  // Only the start waits for the remembered language, so the first real screen
  // does not flash in the default one. Later switches apply before the status changes.
  const [languageApplied, setLanguageApplied] = useState(false);

  useEffect(() => {
    if (language) void applyLanguage(language).then(() => setLanguageApplied(true));
  }, [language]);

  if (status.isPending) return <Loading />;
  if (status.isError) return <StartupFailed error={status.error} />;
  if (!languageApplied) return <Loading />;

  const s = status.data;
  switch (s.state) {
    case "failed":
      return (
        <StartupFailed
          error={s.error ?? { code: "INTERNAL", message: "state failed without error" }}
          dataDir={s.dataDir}
          dbPath={s.dbPath}
        />
      );
    case "needs_setup":
      return <SetupPage />;
    case "ready":
      return <AppRoutes status={s} />;
  }
}
