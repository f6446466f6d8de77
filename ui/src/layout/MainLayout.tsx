import { Suspense } from "react";
import { Flex, Layout, Menu, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Outlet, useLocation, useNavigate } from "react-router-dom";
import type { AppStatus } from "../api/bindings";
import { Loading } from "../common/Loading";
import { useWorkstation } from "../api/queries";
import { navFor } from "./nav";
import { OperatorBar } from "./OperatorBar";
import { QuickIntake } from "./QuickIntake";

export function MainLayout({ status }: { status: AppStatus }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const workstation = useWorkstation();
  const selected = location.pathname.split("/")[1] || "today";

  return (
    <Layout className="app-layout" style={{ height: "100%" }}>
      <Layout.Sider width={200} theme="dark" className="no-print">
        <div style={{ color: "#fff", fontSize: 16, fontWeight: 600, padding: "20px 16px", whiteSpace: "nowrap" }}>
          {t("app.title")}
        </div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={[selected]}
          onClick={({ key }) => navigate(`/${key}`)}
          items={navFor(status.session?.perms ?? []).map(({ key, icon }) => ({
            key,
            icon,
            label: <span data-testid={`nav-${key}`}>{t(`nav.${key}`)}</span>,
          }))}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          className="no-print"
          style={{
            background: "#fff",
            padding: "0 24px",
            display: "flex",
            alignItems: "center",
            justifyContent: "space-between",
            borderBottom: "1px solid #f0f0f0",
          }}
        >
          <Flex align="center" gap={8} style={{ minWidth: 0 }}>
            <Typography.Text strong style={{ fontSize: 18, lineHeight: "28px" }} ellipsis data-testid="workstation-name">
              {workstation.data?.name ?? ""}
            </Typography.Text>
            {workstation.data?.isDemo && (
              <Tag color="orange" data-testid="demo-tag">
                {t("app.demo")}
              </Tag>
            )}
          </Flex>
          {status.session && <OperatorBar session={status.session} idleLockMinutes={status.idleLockMinutes} />}
        </Layout.Header>
        <Layout.Content className="app-content" style={{ padding: 24, overflow: "auto" }}>
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
        <QuickIntake />
      </Layout>
    </Layout>
  );
}
