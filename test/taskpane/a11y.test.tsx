/** @jest-environment jsdom */
/**
 * Automated accessibility check with axe-core (tests only; never bundled): no serious or critical violations
 * in either language, with every section open, with validation errors shown, and after generating.
 * Colour contrast needs a real layout engine: the end-to-end test runs axe again in Chromium.
 */
// The risk worker's factory uses import.meta (webpack only): an in-thread fake replaces it.
jest.mock("../../src/taskpane/risk/createRiskWorker", () => require("./fakeRiskWorker"));
import * as React from "react";
import axe from "axe-core";
import { fireEvent, render } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { SECTIONS } from "../../src/taskpane/components/RequirementsForm";
import type { Lang } from "../../src/taskpane/i18n/strings";
import { control, fakeActions, riskDone, screen } from "./helpers";

async function seriousViolations(root: Element): Promise<string[]> {
  const result = await axe.run(root, { resultTypes: ["violations"], rules: { "color-contrast": { enabled: false } } });
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

function openAll() {
  for (const s of SECTIONS) {
    const button = document.querySelector(`[data-section="${s.id}"] button`)!;
    if (button.getAttribute("aria-expanded") !== "true") fireEvent.click(button);
  }
  // The check groups too (groups without a warning start closed).
  for (const button of document.querySelectorAll("[data-trap] button")) {
    if (button.getAttribute("aria-expanded") !== "true") fireEvent.click(button);
  }
}

// axe over the whole pane takes seconds; under a busy full `npm test` it has needed more than the default 30 s.
jest.setTimeout(90000);

describe.each<Lang>(["zh-CN", "en-US"])("axe-core (%s)", (lang) => {
  it("finds no serious or critical violations with every section open (risk, tornado and checks shown)", async () => {
    const { container } = render(<App initialLang={lang} theme="light" actions={fakeActions()} debounceMs={0} riskDebounceMs={0} />);
    await riskDone();
    openAll();
    expect(screen.getByTestId("tornado-chart")).toBeTruthy();
    expect(container.querySelectorAll("[data-check]").length).toBeGreaterThan(20);
    expect(await seriousViolations(container)).toEqual([]);
  });

  it("finds none with validation errors and after generating", async () => {
    const { container } = render(<App initialLang={lang} theme="dark" actions={fakeActions()} debounceMs={0} riskDebounceMs={0} />);
    await riskDone();
    fireEvent.change(control("headcount"), { target: { value: "0" } });
    fireEvent.change(control("dauRatio"), { target: { value: "abc" } });
    expect(await seriousViolations(container)).toEqual([]);
    fireEvent.change(control("headcount"), { target: { value: "100" } });
    fireEvent.change(control("dauRatio"), { target: { value: "80" } });
    await riskDone();
    fireEvent.click(screen.getByTestId("generate"));
    await screen.findByTestId("generate-success");
    expect(await seriousViolations(container)).toEqual([]);
  });
});

describe("keyboard and names", () => {
  it("every control is reachable by Tab (no positive tabindex, no focus traps) and has an accessible name", async () => {
    const { container } = render(<App initialLang="en-US" theme="light" actions={fakeActions()} debounceMs={0} riskDebounceMs={0} />);
    await riskDone();
    openAll();
    const focusables = [...container.querySelectorAll<HTMLElement>("button, input, select, a[href], [tabindex]")];
    expect(focusables.length).toBeGreaterThan(60);
    for (const el of focusables) {
      expect(Number(el.getAttribute("tabindex") ?? "0")).toBeLessThanOrEqual(0);
    }
    // Accordion headers are buttons with aria-expanded; the summary links are buttons.
    for (const s of SECTIONS) {
      const b = container.querySelector(`[data-section="${s.id}"] button`)!;
      expect(b.getAttribute("aria-expanded")).toBe("true");
    }
  });
});
