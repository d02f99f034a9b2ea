/** Shared helpers for the pane's jsdom tests: render the App with a fake WorkbookActions. */
import * as React from "react";
import { act, render, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import type { Lang } from "../../src/taskpane/i18n/strings";
import type { GenerateOptions, WorkbookActions } from "../../src/taskpane/workbookTypes";

export interface FakeActions extends WorkbookActions {
  readonly generateCalls: { raw: Readonly<Record<string, unknown>>; options: GenerateOptions }[];
  loadResult: Record<string, unknown>;
  failWith: unknown;
  /** What readSelection returns: the range "selected in Excel". */
  selection: unknown[][];
}

export function fakeActions(): FakeActions {
  const fake: FakeActions = {
    generateCalls: [],
    loadResult: {},
    failWith: null,
    selection: [],
    async generate(raw, options) {
      fake.generateCalls.push({ raw, options: { ...options, userChangedInputs: new Set(options.userChangedInputs) } });
      options.onProgress?.({ id: "plan" });
      options.onProgress?.({ id: "inspect", syncs: 0 });
      options.onProgress?.({ id: "write", syncs: 1 });
      if (fake.failWith) {
        options.onProgress?.({ id: "rollback", syncs: 2 });
        throw fake.failWith;
      }
      options.onProgress?.({ id: "done", syncs: 2 });
      options.onProgress?.({ id: "activate" });
      return {
        sheetNames: ["Cover", "Inputs", "Compare"],
        createdSheets: ["Cover", "Inputs", "Compare"],
        rewrittenSheets: [],
        keptInputs: [],
        keptRates: [],
        syncs: 3,
        activated: "Compare",
      };
    },
    async load() {
      return fake.loadResult;
    },
    async readSelection() {
      return fake.selection;
    },
  };
  return fake;
}

/** Every panel open, so tests reach risk and checks without a click (the default-closed state has its own test). */
export const ALL_PANELS = ["preview", "checks", "risk", "inputs"] as const;

export function renderApp(lang: Lang = "en-US", actions: WorkbookActions = fakeActions(), debounceMs = 0, riskDebounceMs = 0) {
  const utils = render(<App initialLang={lang} theme="light" actions={actions} debounceMs={debounceMs} riskDebounceMs={riskDebounceMs} initialOpen={ALL_PANELS} />);
  return { ...utils, actions };
}

/**
 * Waits until the risk section shows a finished result (test files that render the App replace the worker
 * factory with test/taskpane/fakeRiskWorker.ts through jest.mock).
 */
export async function riskDone(timeout = 30_000): Promise<void> {
  // Let a pending preview (debounce 0 in these tests) settle first, so "done" is not the previous result.
  await act(() => new Promise((r) => setTimeout(r, 20)));
  await waitFor(() => expect(screen.getByTestId("risk").getAttribute("data-status")).toBe("done"), { timeout });
}

/** The control of a field (input, select or switch) by requirement key. */
export function control(key: string): HTMLInputElement | HTMLSelectElement {
  const el = document.getElementById(`imcost-field-${key}`);
  if (!el) throw new Error(`no control for ${key}`);
  return el as HTMLInputElement | HTMLSelectElement;
}

/** The [data-field] wrapper around a field (label, control, hint, message). */
export function fieldBox(key: string): HTMLElement {
  const el = document.querySelector(`[data-field="${key}"]`);
  if (!el) throw new Error(`no field ${key}`);
  return el as HTMLElement;
}

export { screen };
