// Signing in, locking and the first administrator, driven through App against a backend that
// keeps its session state like the real one.
import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { AppStatus } from "./api/bindings";
import { signedIn } from "./test/accessFixtures";
import { emptyBoard } from "./test/deskFixtures";
import { renderWithProviders } from "./test/render";
import { workstation } from "./test/rosterFixtures";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const { default: App } = await import("./App");

const ready = signedIn("admin");
const locked: AppStatus = { ...ready, session: { ...ready.session!, locked: true } };
const signedOut: AppStatus = { ...ready, session: null };

/** A backend whose status follows the session calls; `failWith` makes the next call of a command fail. */
function backend(start: AppStatus, failWith: Record<string, unknown> = {}) {
  let current = start;
  invoke.mockImplementation(async (command: string, args?: Record<string, unknown>) => {
    if (command in failWith) throw failWith[command];
    switch (command) {
      case "app_status":
        return current;
      case "create_first_admin":
      case "sign_in":
        current = ready;
        return current;
      case "lock_session":
        current = locked;
        return current;
      case "sign_out":
        current = signedOut;
        return current;
      case "get_workstation":
        if (current.session?.locked) throw { code: "SESSION_LOCKED", message: "the session is locked" };
        return workstation;
      case "get_stats":
        return { schemaVersion: 5, communities: 1, grids: 0, people: 0, assignments: 0, changes: 0, sizeBytes: 1 };
      case "today_board":
        return emptyBoard;
      case "duty_now":
        return { today: [], now: [], next: null };
      case "get_roster_counts":
        return { grids: 0, members: 0, gaps: 0 };
      default:
        throw { code: "INTERNAL", message: `unexpected ${command} ${JSON.stringify(args)}` };
    }
  });
  return { lockFromElsewhere: () => (current = locked) };
}

const type = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });

describe("signing in", () => {
  beforeEach(() => {
    invoke.mockReset();
    window.location.hash = "";
  });

  it("creates the first administrator, who is then signed in", async () => {
    backend({ ...signedOut, state: "needs_admin" });
    renderWithProviders(<App />);
    await screen.findByTestId("page-create-admin");
    type("admin-login", " limei ");
    type("admin-name", "站长 李梅");
    type("admin-password", "short");
    type("admin-password2", "short");
    fireEvent.click(screen.getByTestId("admin-submit"));
    expect(await screen.findByText("密码至少需要 8 个字符")).toBeInTheDocument();
    type("admin-password", "huayuan-2026");
    type("admin-password2", "huayuan-2027");
    fireEvent.click(screen.getByTestId("admin-submit"));
    expect(await screen.findByText("两次输入的密码不一致，请重新输入")).toBeInTheDocument();
    type("admin-password2", "huayuan-2026");
    fireEvent.click(screen.getByTestId("admin-submit"));
    expect(await screen.findByTestId("page-today")).toBeInTheDocument();
    expect(invoke).toHaveBeenCalledWith("create_first_admin", {
      input: { login: "limei", displayName: "站长 李梅", password: "huayuan-2026" },
    });
  });

  it("says what to do when the login or password is wrong, and clears the password", async () => {
    backend(signedOut, { sign_in: { code: "BAD_CREDENTIALS", message: "wrong login name or password" } });
    renderWithProviders(<App />);
    await screen.findByTestId("page-sign-in");
    type("signin-login", "limei");
    type("signin-secret", "wrong-one");
    fireEvent.click(screen.getByTestId("signin-submit"));
    expect(await screen.findByTestId("signin-error")).toHaveTextContent("登录名或密码不正确");
    expect(screen.getByTestId("signin-secret")).toHaveValue("");
    expect(screen.getByTestId("signin-login")).toHaveValue("limei");
  });

  it("tells how long to wait after too many failures", async () => {
    backend(signedOut, { sign_in: { code: "TOO_MANY_ATTEMPTS", message: "too many failed sign-ins; try again in 30 s" } });
    renderWithProviders(<App />);
    await screen.findByTestId("page-sign-in");
    type("signin-login", "limei");
    type("signin-secret", "again-wrong");
    fireEvent.click(screen.getByTestId("signin-submit"));
    expect(await screen.findByTestId("signin-error")).toHaveTextContent("请在 30 秒后再试");
  });

  it("opens the main layout after signing in", async () => {
    backend(signedOut);
    renderWithProviders(<App />);
    await screen.findByTestId("page-sign-in");
    type("signin-login", "limei");
    type("signin-secret", "1234");
    fireEvent.click(screen.getByTestId("signin-submit"));
    expect(await screen.findByTestId("page-today")).toBeInTheDocument();
    expect(invoke).toHaveBeenCalledWith("sign_in", { input: { login: "limei", secret: "1234" } });
  });

  it("locks from the header and unlocks as the same operator", async () => {
    backend(ready);
    renderWithProviders(<App />);
    fireEvent.click(await screen.findByTestId("lock-button"));
    expect(await screen.findByTestId("lock-screen")).toHaveTextContent("李梅");
    type("unlock-secret", "huayuan-2026");
    fireEvent.click(screen.getByTestId("unlock-submit"));
    expect(await screen.findByTestId("page-today")).toBeInTheDocument();
    expect(invoke).toHaveBeenCalledWith("sign_in", { input: { login: "limei", secret: "huayuan-2026" } });
  });

  it("locks with Ctrl+L", async () => {
    backend(ready);
    renderWithProviders(<App />);
    await screen.findByTestId("page-today");
    fireEvent.keyDown(window, { key: "l", ctrlKey: true });
    expect(await screen.findByTestId("lock-screen")).toBeInTheDocument();
    expect(invoke).toHaveBeenCalledWith("lock_session", undefined);
  });

  it("lets someone else sign in from the lock screen", async () => {
    backend(locked);
    renderWithProviders(<App />);
    fireEvent.click(await screen.findByTestId("switch-operator"));
    expect(await screen.findByTestId("signin-login")).toHaveValue("");
    fireEvent.click(screen.getByTestId("back-to-unlock"));
    expect(await screen.findByTestId("unlock-secret")).toBeInTheDocument();
  });

  it("signs out to the sign-in screen", async () => {
    backend(ready);
    renderWithProviders(<App />);
    fireEvent.click(await screen.findByTestId("sign-out"));
    expect(await screen.findByTestId("page-sign-in")).toBeInTheDocument();
  });

  it("shows the lock screen when the backend refuses a call because the session was locked", async () => {
    const server = backend(ready);
    const { client } = renderWithProviders(<App />);
    await screen.findByTestId("page-today");
    server.lockFromElsewhere();
    await act(() => client.invalidateQueries({ queryKey: ["workstation"] }));
    expect(await screen.findByTestId("lock-screen")).toBeInTheDocument();
  });

  it("switches the sign-in screen's language without asking the backend", async () => {
    backend(signedOut);
    renderWithProviders(<App />);
    await screen.findByTestId("page-sign-in");
    fireEvent.change(screen.getByTestId("local-language-select"), { target: { value: "en-US" } });
    await waitFor(() => expect(screen.getByTestId("signin-submit")).toHaveTextContent("Sign in"));
    expect(invoke.mock.calls.map((c) => c[0])).not.toContain("set_language");
  });
});
