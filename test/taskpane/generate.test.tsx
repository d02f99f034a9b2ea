/** @jest-environment jsdom */
/**
 * "Generate budget template" and "Load from workbook" against a fake WorkbookActions: progress by step,
 * success and failure messages, and the changed-field tracking passed as userChangedInputs.
 */
// The risk worker's factory uses import.meta (webpack only): an in-thread fake replaces it.
jest.mock("../../src/taskpane/risk/createRiskWorker", () => require("./fakeRiskWorker"));
import * as React from "react";
import { act, fireEvent, waitFor } from "@testing-library/react";
import { computeBudget } from "../../src/engine";
import { formToRaw, presetValues } from "../../src/taskpane/state/formState";
import { keptKindOf } from "../../src/taskpane/workbookTypes";
import { control, fakeActions, renderApp, screen } from "./helpers";

describe("generate", () => {
  it("passes the form's raw inputs and the changed fields, shows progress and success", async () => {
    const actions = fakeActions();
    renderApp("en-US", actions);
    fireEvent.change(control("headcount"), { target: { value: "8000" } });
    fireEvent.change(control("dauRatio"), { target: { value: "90" } });
    fireEvent.click(screen.getByTestId("generate"));
    await screen.findByTestId("generate-success");
    expect(actions.generateCalls).toHaveLength(1);
    const call = actions.generateCalls[0];
    expect(call.raw.headcount).toBe(8000);
    expect(call.raw.dauRatio).toBe(0.9);
    expect(call.options.language).toBe("en-US");
    expect([...call.options.userChangedInputs].sort()).toEqual(["dauRatio", "headcount"]);
    // The raw inputs are exactly what the preview was computed from.
    expect(() => computeBudget(call.raw)).not.toThrow();
    const steps = screen.getByTestId("progress").textContent!;
    for (const s of ["Building the workbook plan", "Inspecting the workbook", "Writing sheets", "Written", "Opening the Compare sheet"]) expect(steps).toContain(s);
    expect(screen.getByTestId("generate-success").textContent).toContain("Budget template generated.");
    expect(screen.getByTestId("generate-success").textContent).toContain("“Compare” sheet is open");
  });

  it("shows the error and what was kept when the writer fails", async () => {
    const actions = fakeActions();
    actions.failWith = Object.assign(new Error('A sheet named "Inputs" already exists and was not made by IMCOST.'), { code: "sheetNameTaken" });
    renderApp("en-US", actions);
    fireEvent.click(screen.getByTestId("generate"));
    const error = await screen.findByTestId("generate-error");
    // Said once, in the pane's language: the title, the known cause with the sheet, and what was kept.
    expect(error.textContent).toContain("Generation failed");
    expect(error.textContent).toContain("A sheet named “Inputs” already exists and was not made by IMCOST.");
    expect(error.textContent!.match(/Generation failed/g)).toHaveLength(1);
    expect(error.textContent).toContain("Nothing was written; the workbook is as it was.");
    expect(error.getAttribute("role")).toBe("alert");
  });

  it("says an unexpected failure once, in Chinese, with Excel's own message and what was kept", async () => {
    const actions = fakeActions();
    actions.failWith = Object.assign(new Error("Generating the budget workbook failed: RichApi.Error: boom"), { code: "writeFailed", cause: new Error("RichApi.Error: boom") });
    renderApp("zh-CN", actions);
    fireEvent.click(screen.getByTestId("generate"));
    const text = (await screen.findByTestId("generate-error")).textContent!;
    expect(text.match(/生成失败/g)).toHaveLength(1);
    expect(text).toContain("Excel 返回的信息：RichApi.Error: boom");
    expect(text).not.toContain("Generating the budget workbook failed");
    expect(text).toContain("本次新建的工作表已删除");
  });

  it("maps writer errors to what was kept", () => {
    expect(keptKindOf({ code: "sheetNameTaken", message: "x" })).toBe("nothing");
    expect(keptKindOf({ code: "workbookProtected", message: "x" })).toBe("nothing");
    expect(keptKindOf({ code: "writeFailed", message: "boom" })).toBe("rolledBack");
    expect(keptKindOf(new Error("boom"))).toBe("rolledBack");
    expect(keptKindOf({ code: "writeFailed", message: "boom (Cleaning up also failed: x.)" })).toBe("cleanupFailed");
  });
});

describe("load from workbook and changed-field tracking", () => {
  it("loads Input_* values into the form (fractions shown as percent) and forgets earlier changes", async () => {
    const actions = fakeActions();
    actions.loadResult = { headcount: 777, dauRatio: 0.5, moderation: false, industry: "finance", buildFteSelfBuild: "auto" };
    renderApp("en-US", actions);
    fireEvent.change(control("userGrowthRate"), { target: { value: "10" } });
    expect(screen.getByTestId("changed-info").textContent).toContain("1 fields changed here. If the workbook");
    fireEvent.click(screen.getByTestId("load"));
    await screen.findByTestId("load-success");
    expect((control("headcount") as HTMLInputElement).value).toBe("777");
    expect((control("dauRatio") as HTMLInputElement).value).toBe("50");
    expect(screen.getByTestId("changed-info").textContent).toContain("0 fields changed");
    expect(screen.getByTestId("load-success").textContent).toContain("Loaded 5 inputs");

    // Change one field after loading: only it is passed as changed.
    fireEvent.change(control("headcount"), { target: { value: "900" } });
    fireEvent.change(control("dauRatio"), { target: { value: "60" } });
    fireEvent.change(control("dauRatio"), { target: { value: "50" } }); // back to the loaded value: not changed
    fireEvent.click(screen.getByTestId("generate"));
    await screen.findByTestId("generate-success");
    const call = actions.generateCalls[0];
    expect([...call.options.userChangedInputs]).toEqual(["headcount"]);
    expect(call.raw.headcount).toBe(900);
    expect(call.raw.dauRatio).toBe(0.5);
    expect(call.raw.moderation).toBe(false);
    expect(call.raw.industry).toBe("finance");
  });

  it("shows invalid workbook values in the form with the engine's message", async () => {
    const actions = fakeActions();
    actions.loadResult = { headcount: "lots" };
    renderApp("en-US", actions);
    fireEvent.click(screen.getByTestId("load"));
    await screen.findByTestId("load-success");
    expect((control("headcount") as HTMLInputElement).value).toBe("lots");
    expect(document.querySelector('[data-field="headcount"]')!.textContent).toContain("Not a number");
  });

  it("warns, and keeps the form, when the workbook holds no IMCOST inputs", async () => {
    const actions = fakeActions();
    actions.loadResult = {};
    renderApp("en-US", actions);
    fireEvent.change(control("headcount"), { target: { value: "1234" } });
    fireEvent.click(screen.getByTestId("load"));
    const bar = await screen.findByTestId("load-success");
    expect(bar.textContent).toContain("This workbook holds no IMCOST inputs");
    expect(bar.textContent).not.toContain("Loaded 0");
    expect(bar.getAttribute("data-count")).toBe("0");
    expect((control("headcount") as HTMLInputElement).value).toBe("1234");
  });

  it("reports a load failure", async () => {
    const actions = fakeActions();
    actions.load = async () => {
      throw new Error("no workbook");
    };
    renderApp("zh-CN", actions);
    fireEvent.click(screen.getByTestId("load"));
    expect((await screen.findByTestId("load-error")).textContent).toContain("读取失败：no workbook");
  });

  it("a preset counts as a change for the fields it sets", async () => {
    const actions = fakeActions();
    renderApp("en-US", actions);
    fireEvent.click(screen.getByTestId("preset-large"));
    fireEvent.click(screen.getByTestId("generate"));
    await screen.findByTestId("generate-success");
    const changed = [...actions.generateCalls[0].options.userChangedInputs].sort();
    const medium = presetValues("medium");
    const large = presetValues("large");
    expect(changed).toEqual(Object.keys(large).filter((k) => large[k] !== medium[k]).sort());
    expect(actions.generateCalls[0].raw).toEqual(formToRaw(large));
    await act(async () => undefined);
  });
});
