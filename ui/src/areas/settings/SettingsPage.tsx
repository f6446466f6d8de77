import { Space } from "antd";
import type { AppStatus } from "../../api/bindings";
import { usePerm } from "../../common/useSession";
import { CaseCategoriesSection } from "../cases/settings/CaseCategoriesSection";
import { HolidaysSection } from "../duty/settings/HolidaysSection";
import { BoardTextsSection } from "../roster/settings/BoardTextsSection";
import { RolesSection } from "../roster/settings/RolesSection";
import { AboutSection } from "./AboutSection";
import { AuditSection } from "./audit/AuditSection";
import { BackupSection } from "./BackupSection";
import { ChangePasswordSection } from "./ChangePasswordSection";
import { CommunitiesSection } from "./CommunitiesSection";
import { DataSection } from "./DataSection";
import { IdleLockSection } from "./IdleLockSection";
import { LanguageSection } from "./LanguageSection";
import { OperatorsSection } from "./operators/OperatorsSection";
import { ProfileSection } from "./ProfileSection";
import { RemindersSection } from "./RemindersSection";

/** Everyone sets their language and password here; the rest is the administrator's. */
export function SettingsPage({ status }: { status: AppStatus }) {
  const admin = usePerm("admin");
  return (
    <div data-testid="page-settings" style={{ maxWidth: 880 }}>
      <Space direction="vertical" size={16} style={{ width: "100%" }}>
        {admin && (
          <>
            <ProfileSection />
            <CommunitiesSection />
            <OperatorsSection />
            <IdleLockSection minutes={status.idleLockMinutes} />
            <RemindersSection />
            <RolesSection />
            <BoardTextsSection />
            <HolidaysSection />
            <CaseCategoriesSection />
          </>
        )}
        <LanguageSection />
        <ChangePasswordSection />
        {admin && <DataSection status={status} />}
        {admin && <BackupSection />}
        <AboutSection status={status} admin={admin} />
        {/* Last: a long, paged table would push the everyday settings out of sight. */}
        {admin && <AuditSection />}
      </Space>
    </div>
  );
}
