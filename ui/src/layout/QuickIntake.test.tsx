import { fireEvent, screen } from "@testing-library/react";
import { Route, Routes, useLocation } from "react-router-dom";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { AppStatus } from "../api/bindings";
import { signedIn } from "../test/accessFixtures";
import { renderWithProviders } from "../test/render";
import { workstation } from "../test/rosterFixtures";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const { QuickIntake } = await import("./QuickIntake");

function Where() {
  return <div data-testid="where">{useLocation().pathname}</div>;
}

function renderIntake(status: AppStatus) {
  window.location.hash = "#/roster";
  invoke.mockImplementation(async (command: string) => {
    if (command === "get_workstation") return workstation;
    throw { code: "INTERNAL", message: `unexpected ${command}` };
  });
  return renderWithProviders(
    <>
      <QuickIntake />
      <Routes>
        <Route path="*" element={<Where />} />
      </Routes>
    </>,
    { status },
  );
}

const ctrlN = () => fireEvent.keyDown(window, { key: "n", ctrlKey: true });

describe("quick intake", () => {
  beforeEach(() => {
    invoke.mockReset();
  });

  it("asks what to log on Ctrl+N and opens the visit form", async () => {
    renderIntake(signedIn("desk"));
    ctrlN();
    expect(await screen.findByTestId("quick-intake")).toBeInTheDocument();
    fireEvent.click(screen.getByTestId("quick-intake-visit"));
    expect(await screen.findByTestId("visit-form")).toBeInTheDocument();
  });

  it("takes a case to the intake page", async () => {
    renderIntake(signedIn("desk"));
    ctrlN();
    fireEvent.click(await screen.findByTestId("quick-intake-case"));
    expect(await screen.findByTestId("where")).toHaveTextContent("/cases/new");
  });

  it("does nothing for a role that may log neither", async () => {
    renderIntake(signedIn("viewer"));
    ctrlN();
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByTestId("quick-intake")).not.toBeInTheDocument();
  });
});
