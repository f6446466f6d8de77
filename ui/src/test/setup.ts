import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach, beforeEach } from "vitest";
import i18n from "../i18n";

// jsdom lacks the layout APIs antd's responsive grid and Select measure with.
Object.defineProperty(window, "matchMedia", {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});

class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver ??= ResizeObserverStub;

// antd asks for pseudo-element styles to size scrollbars; jsdom only logs "not implemented".
// jsdom matches every rule of every <style> antd injected on each call, which made a page
// test take seconds; the tests only need inline display/visibility, so read those alone.
window.getComputedStyle = (elt: Element) => {
  const inline = (elt as HTMLElement).style;
  const style = document.createElement("div").style;
  style.display = inline?.display || "";
  style.visibility = inline?.visibility || "";
  return style;
};

configure({ asyncUtilTimeout: 4000 });

beforeEach(async () => {
  await i18n.changeLanguage("zh-CN");
});

afterEach(() => {
  cleanup();
});
