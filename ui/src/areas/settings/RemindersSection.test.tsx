import { fireEvent, screen, waitFor } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { signedIn } from "../../test/accessFixtures";
import { renderWithProviders } from "../../test/render";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const { RemindersSection } = await import("./RemindersSection");

describe("reminder settings", () => {
  beforeEach(() => invoke.mockReset());

  it("shows both switches as stored and sends the one turned off", async () => {
    invoke.mockImplementation(async (command: string, args: { input?: unknown }) => {
      if (command === "get_reminders") return { caseRed: true, missingArrival: true };
      if (command === "set_reminders") return args.input;
      return null;
    });
    renderWithProviders(<RemindersSection />, { status: signedIn("admin") });
    const arrival = await screen.findByTestId("reminder-missingArrival");
    expect(arrival).toHaveAttribute("aria-checked", "true");
    fireEvent.click(arrival);
    await waitFor(() =>
      expect(invoke).toHaveBeenCalledWith("set_reminders", { input: { caseRed: true, missingArrival: false } }),
    );
    await waitFor(() => expect(screen.getByTestId("reminder-missingArrival")).toHaveAttribute("aria-checked", "false"));
  });
});
