/** @jest-environment jsdom */
/** The pane's layout: results first, panels that collapse, and the action footer after the content. */
jest.mock("../../src/taskpane/risk/createRiskWorker", () => require("./fakeRiskWorker"));
import * as React from "react";
import { fireEvent, render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { fakeActions } from "./helpers";

describe("pane layout", () => {
  it("opens the preview and the inputs, shows Check_All beside the closed checks and the options' summary beside theirs, and toggles a panel", () => {
    render(<App initialLang="en-US" theme="light" actions={fakeActions()} debounceMs={0} riskDebounceMs={0} />);
    const order = [...document.querySelectorAll("[data-pane-section]")].map((e) => e.getAttribute("data-pane-section"));
    expect(order).toEqual(["preview", "checks", "risk", "options", "inputs"]);
    const open = (id: string | null) => document.querySelector(`[data-pane-section="${id}"]`)!.getAttribute("data-open");
    expect(order.map(open)).toEqual(["true", "false", "false", "false", "true"]);
    expect(screen.getByTestId("options-summary").textContent).toMatch(/^3 options · lowest TCO: /);
    const toggle = screen.getByTestId("toggle-checks");
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    expect(document.getElementById(toggle.getAttribute("aria-controls")!)!.hidden).toBe(true);
    fireEvent.click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    expect(document.getElementById(toggle.getAttribute("aria-controls")!)!.hidden).toBe(false);
    // The footer with both actions comes after all panels (sticky at the bottom in the browser).
    const footer = screen.getByTestId("action-footer");
    expect(footer.contains(screen.getByTestId("generate"))).toBe(true);
    expect(footer.contains(screen.getByTestId("load"))).toBe(true);
    expect(document.querySelector("[data-pane-section='inputs']")!.compareDocumentPosition(footer) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
