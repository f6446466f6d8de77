import { describe, expect, it, vi } from "vitest";
import { screen, waitFor } from "@testing-library/react";
import { invoke } from "@tauri-apps/api/core";
import { renderWithProviders } from "../../test/render";
import { RosterCard } from "./RosterCard";

vi.mock("@tauri-apps/api/core", () => ({ invoke: vi.fn() }));

describe("the roster card on Today", () => {
  it("shows the core's counts and marks gaps", async () => {
    vi.mocked(invoke).mockImplementation(async (command: string) => {
      if (command === "get_roster_counts") return { grids: 723, members: 3182, gaps: 12 };
      throw { code: "INTERNAL", message: `unexpected ${command}` };
    });
    renderWithProviders(<RosterCard />);
    const card = screen.getByTestId("today-roster");
    await waitFor(() => expect(card).toHaveTextContent("网格723"));
    expect(card).toHaveTextContent("3,182");
    expect(card).toHaveTextContent("缺口12");
    // Only the counts are asked for, never the whole roster.
    expect(vi.mocked(invoke).mock.calls.map((c) => c[0])).toEqual(["get_roster_counts"]);
  });

  it("says why when the counts cannot be read", async () => {
    vi.mocked(invoke).mockRejectedValue({ code: "FORBIDDEN", message: "no" });
    renderWithProviders(<RosterCard />);
    expect(await screen.findByRole("alert")).toBeInTheDocument();
  });
});
