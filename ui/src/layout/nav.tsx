import type { ReactNode } from "react";
import {
  BarChartOutlined,
  CalendarOutlined,
  DashboardOutlined,
  FileTextOutlined,
  SettingOutlined,
  ShopOutlined,
  TeamOutlined,
  UsergroupAddOutlined,
} from "@ant-design/icons";

export type NavKey = "today" | "roster" | "duty" | "cases" | "merchants" | "meetings" | "reports" | "settings";

/** The left menu, in the order front-desk staff use the areas. Paths are `/${key}`. */
export const NAV: readonly { key: NavKey; icon: ReactNode }[] = [
  { key: "today", icon: <DashboardOutlined /> },
  { key: "roster", icon: <TeamOutlined /> },
  { key: "duty", icon: <CalendarOutlined /> },
  { key: "cases", icon: <FileTextOutlined /> },
  { key: "merchants", icon: <ShopOutlined /> },
  { key: "meetings", icon: <UsergroupAddOutlined /> },
  { key: "reports", icon: <BarChartOutlined /> },
  { key: "settings", icon: <SettingOutlined /> },
];
