import { Space } from "antd";
import type { AppStatus } from "../../api/bindings";
import { HolidaysSection } from "../duty/settings/HolidaysSection";
import { BoardTextsSection } from "../roster/settings/BoardTextsSection";
import { RolesSection } from "../roster/settings/RolesSection";
import { AboutSection } from "./AboutSection";
import { CommunitiesSection } from "./CommunitiesSection";
import { DataSection } from "./DataSection";
import { LanguageSection } from "./LanguageSection";
import { ProfileSection } from "./ProfileSection";

export function SettingsPage({ status }: { status: AppStatus }) {
  return (
    <div data-testid="page-settings" style={{ maxWidth: 880 }}>
      <Space direction="vertical" size={16} style={{ width: "100%" }}>
        <ProfileSection />
        <CommunitiesSection />
        <RolesSection />
        <BoardTextsSection />
        <HolidaysSection />
        <LanguageSection />
        <DataSection status={status} />
        <AboutSection status={status} />
      </Space>
    </div>
  );
}
