import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { AuditCheck, AuditPage } from "../../../api/bindings";
import { signedIn } from "../../../test/accessFixtures";
import { renderWithProviders } from "../../../test/render";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const { AuditSection } = await import("./AuditSection");

const page: AuditPage = {
  records: [
    {
      id: 12,
      at: "2026-11-27T16:40:00+08:00",
      actor: "limei",
      action: "update",
      entity: "person",
      entityId: "103",
      area: "roster",
      beforeJson: JSON.stringify({ name: "李四", phone: "" }),
      afterJson: JSON.stringify({ name: "李四", phone: "13905960003" }),
    },
    {
      id: 11,
      at: "2026-11-27T08:01:00+08:00",
      actor: "os:desk",
      action: "sign_in_failed",
      entity: "session",
      entityId: null,
      area: "access",
      beforeJson: null,
      afterJson: null,
    },
  ],
  total: 2,
  actors: ["limei", "os:desk"],
};

function backend(check: AuditCheck) {
  invoke.mockImplementation(async (command: string) => {
    if (command === "list_audit") return page;
    if (command === "verify_audit") return check;
    throw { code: "INTERNAL", message: `unexpected ${command}` };
  });
}

const render = () => renderWithProviders(<AuditSection />, { status: signedIn("admin") });

// antd selects and tables are slow to draw in jsdom, more so on a busy machine.
describe("audit trail", { timeout: 60_000 }, () => {
  beforeEach(() => {
    invoke.mockReset();
  });

  it("lists the records in words, and opens one to show what changed", async () => {
    backend({ ok: true, records: 12, firstBroken: null, problem: null });
    render();
    const row = await screen.findByTestId("audit-row-12");
    expect(row).toHaveTextContent("limei");
    expect(row).toHaveTextContent("修改");
    expect(row).toHaveTextContent("人员（编号 103）");
    expect(screen.getByTestId("audit-row-11")).toHaveTextContent("desk（命令行）");
    expect(screen.getByTestId("audit-row-11")).toHaveTextContent("登录失败");
    expect(invoke).toHaveBeenCalledWith("list_audit", {
      query: { actor: null, area: null, from: null, to: null, page: 0, pageSize: 10 },
    });

    fireEvent.click(within(row).getByRole("button"));
    const change = await screen.findByTestId("audit-change-12");
    expect(change).toHaveTextContent("修改前");
    expect(change).toHaveTextContent("13905960003");
  });

  it("filters by the person who acted", async () => {
    backend({ ok: true, records: 12, firstBroken: null, problem: null });
    render();
    await screen.findByTestId("audit-row-12");
    fireEvent.mouseDown(screen.getByTestId("audit-actor").querySelector(".ant-select-selector") as Element);
    fireEvent.click(await screen.findByTitle("desk（命令行）"));
    await waitFor(() =>
      expect(invoke).toHaveBeenCalledWith("list_audit", { query: expect.objectContaining({ actor: "os:desk", page: 0 }) }),
    );
  });

  it("says in red where the chain is broken", async () => {
    backend({ ok: false, records: 12, firstBroken: 7, problem: "record 7 was changed after it was written" });
    render();
    fireEvent.click(screen.getByTestId("audit-verify"));
    const result = await screen.findByTestId("audit-verify-result");
    expect(result).toHaveTextContent("记录在第 7 条处断开");
    expect(result).toHaveClass("ant-alert-error");
  });

  it("says how many records are intact", async () => {
    backend({ ok: true, records: 12, firstBroken: null, problem: null });
    render();
    fireEvent.click(screen.getByTestId("audit-verify"));
    expect(await screen.findByTestId("audit-verify-result")).toHaveTextContent("记录完整：共 12 条");
  });
});
