import { fireEvent, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useIdleLock } from "./useIdleLock";

describe("idle lock", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it("locks after the idle minutes, and any input starts them again", () => {
    const lock = vi.fn();
    renderHook(() => useIdleLock(10, lock));
    vi.advanceTimersByTime(9 * 60_000);
    fireEvent.mouseMove(window);
    vi.advanceTimersByTime(9 * 60_000);
    fireEvent.keyDown(window, { key: "a" });
    vi.advanceTimersByTime(9 * 60_000);
    expect(lock).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60_000);
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it("never locks by itself at 0 minutes, but Ctrl+L still locks", () => {
    const lock = vi.fn();
    renderHook(() => useIdleLock(0, lock));
    vi.advanceTimersByTime(24 * 60 * 60_000);
    expect(lock).not.toHaveBeenCalled();
    fireEvent.keyDown(window, { key: "L", ctrlKey: true });
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it("stops counting once the layout is gone", () => {
    const lock = vi.fn();
    const { unmount } = renderHook(() => useIdleLock(1, lock));
    unmount();
    vi.advanceTimersByTime(5 * 60_000);
    fireEvent.keyDown(window, { key: "l", ctrlKey: true });
    expect(lock).not.toHaveBeenCalled();
  });
});
