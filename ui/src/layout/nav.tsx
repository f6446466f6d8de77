import type { ReactNode } from "react";
import type { Perm } from "../api/bindings";
import {
  BarChartOutlined,
  CalendarOutlined,
  CustomerServiceOutlined,
  DashboardOutlined,
  FileTextOutlined,
  FormOutlined,
  SettingOutlined,
  ShopOutlined,
  TeamOutlined,
  UsergroupAddOutlined,
} from "@ant-design/icons";

export type NavKey =
  | "today"
  | "visits"
  | "roster"
  | "duty"
  | "cases"
  | "worklog"
  | "merchants"
  | "meetings"
  | "reports"
  | "settings";

/**
 * The left menu, in the order front-desk staff use the areas. Paths are `/${key}`. An entry with
 * a `perm` is shown only to operators who have it (the backend would refuse the area's data).
 */
export const NAV: readonly { key: NavKey; icon: ReactNode; perm?: Perm }[] = [
  { key: "today", icon: <DashboardOutlined /> },
  { key: "visits", icon: <CustomerServiceOutlined />, perm: "visit_view" },
  { key: "roster", icon: <TeamOutlined />, perm: "roster_view" },
  { key: "duty", icon: <CalendarOutlined />, perm: "duty_view" },
  { key: "cases", icon: <FileTextOutlined />, perm: "case_view" },
  { key: "worklog", icon: <FormOutlined />, perm: "visit_view" },
  { key: "merchants", icon: <ShopOutlined /> },
  { key: "meetings", icon: <UsergroupAddOutlined />, perm: "meeting_view" },
  { key: "reports", icon: <BarChartOutlined /> },
  { key: "settings", icon: <SettingOutlined /> },
];

/** The menu entries `perms` may open. */
export function navFor(perms: readonly Perm[]) {
  return NAV.filter((item) => !item.perm || perms.includes(item.perm));
}
