import { RISK_DRIVERS, type RiskDriverOverrides } from "../../src/engine/risk/riskDrivers";
import { buildWorkbookPlan } from "../../src/engine/workbook/buildWorkbookPlan";
import type { DriverCells, WorkbookPlan } from "../../src/engine/workbook/WorkbookPlan";
import { parseRect } from "../../src/workbook/address";
import { readInputs, SHEET_MARKER_PREFIX, writeWorkbook, WorkbookWriteError, type WriteStep } from "../../src/workbook/officeWriter";
import { guardText, needsTextGuard } from "../../src/workbook/textGuard";
import { writeBatches } from "../../src/workbook/writeBatches";
import { a1, FakeWorkbookState, installFakeExcel, uninstallFakeExcel } from "../fakes/fakeExcel";
import { syntheticPlan } from "./syntheticPlan";

function freshWorkbook(): FakeWorkbookState {
  const state = new FakeWorkbookState();
  state.addSheet("Sheet1");
  return installFakeExcel(state);
}

afterEach(() => uninstallFakeExcel());

/** Every cell of the plan as written: constants literal, formulas as planned. */
function expectPlanWritten(state: FakeWorkbookState, plan: WorkbookPlan, except: ReadonlySet<string> = new Set()): void {
  for (const sheet of plan.sheets) {
    for (const block of sheet.blocks) {
      block.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          const address = a1(block.row + r, block.column + c);
          if (except.has(`${sheet.name}!${address}`)) return;
          const got = state.cell(sheet.name, address);
          if (cell.formula !== undefined) expect({ at: `${sheet.name}!${address}`, formula: got.formula }).toEqual({ at: `${sheet.name}!${address}`, formula: cell.formula });
          else {
            expect({ at: `${sheet.name}!${address}`, value: got.value, formula: got.formula }).toEqual({ at: `${sheet.name}!${address}`, value: cell.value ?? "", formula: null });
          }
          expect(got.numberFormat).toBe(cell.numberFormat ?? "General");
          expect({ at: `${sheet.name}!${address}`, locked: got.locked }).toEqual({ at: `${sheet.name}!${address}`, locked: cell.style !== "input" });
        }),
      );
    }
  }
}

describe("text guard", () => {
  test.each(["=1+1", "+y", "-x", "@foo", "'quoted", "12", "5%", "-3", "TRUE", "false", "2025-06-30", "12:30", "(3)", "#N/A", "$5", "Jan 5"])("guards %j", (t) => {
    expect(needsTextGuard(t)).toBe(true);
    expect(guardText(t)).toBe(`'${t}`);
  });
  test.each(["auto", "720p", "1080p", "cloud", "Y0", "Self-build", "合计", "", "IMCOST 0.1.0", "–"])("leaves %j alone", (t) => {
    expect(needsTextGuard(t)).toBe(false);
    expect(guardText(t)).toBe(t);
  });
});

describe("writeWorkbook: first generation", () => {
  test.each([1, 5, 10])("the real plan with horizon %i is written in 1 + one sync per batch, each well under 5 MB, every cell, name and setting", async (horizonYears) => {
    const state = freshWorkbook();
    const plan = buildWorkbookPlan({ horizonYears });
    const batches = writeBatches(plan.sheets);
    expect(batches.length).toBeGreaterThan(1);
    expect(batches.flat().map((s) => s.key)).toEqual(plan.sheets.map((s) => s.key));
    const steps: WriteStep[] = [];
    const report = await writeWorkbook(plan, { onProgress: (s) => steps.push(s) });
    expect(report.syncs).toBe(1 + batches.length);
    expect(state.syncs).toBe(1 + batches.length);
    expect(state.runs).toBe(1);
    expect(steps.map((s) => s.phase)).toEqual(["inspect", "write", "done"]);
    expect(report.createdSheets).toEqual(plan.sheets.map((s) => s.name));
    expect(state.sheetNames()).toEqual(["Sheet1", ...plan.sheets.map((s) => s.name)]);
    for (const batch of state.batches.slice(1)) {
      expect(batch.suspendedCalculation).toBe(true);
      expect(batch.suspendedScreenUpdating).toBe(true);
      // Room to grow: each request stays under 40% of Excel on the web's 5 MB.
      expect(batch.payloadChars).toBeLessThan(0.4 * 5 * 1024 * 1024);
    }

    expectPlanWritten(state, plan);
    for (const n of plan.names) {
      const sheetName = plan.sheets.find((s) => s.key === n.sheet)!.name;
      const at = state.namedCell(n.name);
      expect({ name: n.name, sheet: at.sheet, address: at.address }).toEqual({ name: n.name, sheet: sheetName, address: n.address.replace(/\$/g, "") });
    }
    for (const s of plan.sheets) {
      expect(state.name(SHEET_MARKER_PREFIX + s.key)?.visible).toBe(false);
      const fs = state.findSheet(s.name)!;
      expect(fs.protected).toBe(s.protect);
      expect(fs.tabColor).toBe(s.tabColor ?? "");
      expect(fs.frozen).toEqual(s.frozen && (s.frozen.rows || s.frozen.columns) ? s.frozen : null);
      expect(fs.validations).toHaveLength(s.validations.length);
      expect(fs.conditionalFormats).toHaveLength(s.conditionalFormats.length);
      expect(fs.charts).toHaveLength(s.charts.length);
      expect(fs.pageLayout.orientation).toBe("Landscape");
      expect(fs.pageLayout.paperSize).toBe("A4");
      expect(fs.pageLayout.zoom).toEqual(s.page.fitToWidth !== null ? { horizontalFitToPages: s.page.fitToWidth, verticalFitToPages: s.page.fitToHeight ?? 0 } : { scale: s.page.scale });
      expect(fs.pageLayout.printTitleRows).toBe(`$${s.page.titleRows!.first + 1}:$${s.page.titleRows!.last + 1}`);
      expect(fs.pageLayout.footer).toEqual({ leftFooter: "&A", centerFooter: "IMCOST 0.1.0 · prices as of 2026-11-01", rightFooter: "Page &P of &N" });
      expect(fs.pageLayout.margins).toEqual(s.page.margins);
      s.columnWidths.forEach((w, c) => w > 0 && expect(fs.columnWidths.get(c)).toBeGreaterThan(w * 5));
    }
    const compare = state.findSheet(plan.sheets.find((s) => s.key === "compare")!.name)!;
    expect(compare.charts[0]).toMatchObject({ type: "Line", seriesBy: "Rows", legendPosition: "Bottom" });
    expect([...state.formulaCells()].filter((c) => c.cell.fromText)).toEqual([]);
    expect(state.brokenReferences()).toEqual([]);
    expect(state.activeSheet).toBe(plan.sheets[0].name);
  });

  test("the sync count does not grow with lines or years (synthetic plans)", async () => {
    const counts: number[] = [];
    const commands: number[] = [];
    for (const [lines, years] of [
      [2, 1],
      [40, 5],
      [400, 10],
    ]) {
      const state = freshWorkbook();
      const report = await writeWorkbook(syntheticPlan({ lines, years }));
      counts.push(report.syncs);
      commands.push(state.batches[1].commands - (state.batches[1].kinds["names.add"] ?? 0));
      expectPlanWritten(state, syntheticPlan({ lines, years }));
      uninstallFakeExcel();
    }
    expect(counts).toEqual([2, 2, 2]);
    // Cells go in one array per property per block and styles in one RangeAreas per style, so apart from
    // one names.add per named cell the commands do not change with 200× the cells.
    expect(new Set(commands).size).toBe(1);
  });

  test("user text such as =1+1, @foo, -x, +y, 12 and dates stays literal text", async () => {
    const state = freshWorkbook();
    await writeWorkbook(syntheticPlan());
    expect(state.cell("Inputs", "C2")).toMatchObject({ value: "=1+1", formula: null });
    expect(state.cell("Inputs", "C3")).toMatchObject({ value: "@foo", formula: null });
    expect(state.cell("Inputs", "C4")).toMatchObject({ value: "-x", formula: null });
    expect(state.cell("Inputs", "C5")).toMatchObject({ value: "+y", formula: null });
    expect(state.cell("Inputs", "C6")).toMatchObject({ value: "12", formula: null });
    expect(state.cell("Inputs", "B6")).toMatchObject({ value: "2025-06-30", formula: null, numberFormat: "@" });
    expect(state.cell("Inputs", "B4")).toMatchObject({ value: "auto", quotePrefix: false });
    expect([...state.formulaCells()].filter((c) => c.cell.fromText)).toEqual([]);
  });

  test("a user sheet holding a generated sheet's name stops the run before anything is written", async () => {
    const state = freshWorkbook();
    state.addSheet("Inputs");
    state.setCell("Inputs", "A1", { value: "my own data" });
    const error = await writeWorkbook(syntheticPlan()).catch((e) => e);
    expect(error).toBeInstanceOf(WorkbookWriteError);
    expect(error.code).toBe("sheetNameTaken");
    expect(error.sheet).toBe("Inputs");
    expect(error.message).toMatch(/"Inputs" already exists and was not made by IMCOST/);
    expect(state.syncs).toBe(1);
    expect(state.sheetNames()).toEqual(["Sheet1", "Inputs"]);
    expect(state.cell("Inputs", "A1").value).toBe("my own data");
    expect(state.names.size).toBe(0);
  });

  test("a protected workbook structure gives a clear error", async () => {
    const state = freshWorkbook();
    state.workbookProtected = true;
    await expect(writeWorkbook(syntheticPlan())).rejects.toMatchObject({ code: "workbookProtected" });
    expect(state.sheetNames()).toEqual(["Sheet1"]);
  });
});

describe("writeWorkbook: regeneration", () => {
  async function generatedWithUserEdits(): Promise<FakeWorkbookState> {
    const state = freshWorkbook();
    await writeWorkbook(buildWorkbookPlan({}));
    // The user edits inputs and rates (unlocked cells), adds a sheet with formulas into the generated ones.
    const inputs = state.namedCell("Input_headcount");
    state.setCell(inputs.sheet, inputs.address, { value: 20000 });
    const video = state.namedCell("Input_videoResolution");
    state.setCell(video.sheet, video.address, { value: "1080p" });
    const horizon = state.namedCell("Input_horizonYears");
    state.setCell(horizon.sheet, horizon.address, { value: 7 });
    const fte = state.namedCell("Input_buildFteSelfBuild");
    state.setCell(fte.sheet, fte.address, { formula: "=2*6", value: 12 });
    const plan = buildWorkbookPlan({});
    const vm = plan.rateCells[Object.keys(plan.rateCells)[0]];
    const rcName = plan.sheets.find((s) => s.key === "rateCard")!.name;
    state.setCell(rcName, vm.list.replace(/\$/g, ""), { value: 123.45 });
    state.setCell(rcName, vm.discount.replace(/\$/g, ""), { value: 0.3 });
    state.addSheet("Mine");
    state.setCell("Mine", "A1", { formula: "=Total_TCO_Commercial*2", value: 0 });
    state.setCell("Mine", "A2", { formula: "=SelfBuild!C5", value: 0 });
    state.setCell("Mine", "A3", { formula: "='Inputs'!B2+1", value: 0 });
    state.setCell("Mine", "A4", { value: "=1+1", quotePrefix: true });
    return state;
  }

  test("keeps edited inputs (except userChangedInputs), rates, user sheets and user formulas, in 2 + one sync per batch", async () => {
    const state = await generatedWithUserEdits();
    const before = state.syncs;
    const plan = buildWorkbookPlan({ horizonYears: 3, headcount: 8000 });
    const report = await writeWorkbook(plan, { userChangedInputs: new Set(["horizonYears"]) });
    expect(report.syncs).toBe(2 + writeBatches(plan.sheets).length);
    expect(state.syncs - before).toBe(2 + writeBatches(plan.sheets).length);
    expect(report.createdSheets).toEqual([]);
    expect(report.rewrittenSheets).toEqual(plan.sheets.map((s) => s.name));
    expect(report.namesAdded).toBe(0);
    expect(state.sheetNames()).toEqual(["Sheet1", ...plan.sheets.map((s) => s.name), "Mine"]);

    expect(state.namedCell("Input_headcount").cell.value).toBe(20000); // kept: not in userChangedInputs
    expect(state.namedCell("Input_videoResolution").cell.value).toBe("1080p");
    expect(state.namedCell("Input_horizonYears").cell.value).toBe(3); // the user changed it in the pane
    expect(state.namedCell("Input_buildFteSelfBuild").cell.formula).toBe("=2*6"); // the user's formula stays
    const first = Object.keys(plan.rateCells)[0];
    const rcName = plan.sheets.find((s) => s.key === "rateCard")!.name;
    expect(state.cell(rcName, plan.rateCells[first].list.replace(/\$/g, "")).value).toBe(123.45);
    expect(state.cell(rcName, plan.rateCells[first].discount.replace(/\$/g, "")).value).toBe(0.3);
    expect(report.keptRates).toHaveLength(Object.keys(plan.rateCells).length);
    expect(report.keptInputs).toContain("headcount");
    expect(report.keptInputs).not.toContain("horizonYears");

    expect(state.cell("Mine", "A1").formula).toBe("=Total_TCO_Commercial*2");
    expect(state.cell("Mine", "A2").formula).toBe("=SelfBuild!C5");
    expect(state.cell("Mine", "A3").formula).toBe("='Inputs'!B2+1");
    expect(state.cell("Mine", "A4")).toMatchObject({ value: "=1+1", formula: null });
    expect(state.brokenReferences()).toEqual([]);

    // Everything except the kept cells is the new plan.
    const kept = new Set<string>();
    const inputsName = plan.sheets.find((s) => s.key === "inputs")!.name;
    for (const k of report.keptInputs) kept.add(`${inputsName}!${plan.inputCells[k].address.replace(/\$/g, "")}`);
    for (const k of report.keptRates) for (const a of [plan.rateCells[k].list, plan.rateCells[k].discount]) kept.add(`${rcName}!${a.replace(/\$/g, "")}`);
    expectPlanWritten(state, plan, kept);
    // Still exactly one set of validations / charts (cleared, not piled up).
    const compare = state.findSheet(plan.sheets.find((s) => s.key === "compare")!.name)!;
    expect(compare.charts).toHaveLength(1);
    expect(state.findSheet(inputsName)!.validations).toHaveLength(plan.sheets.find((s) => s.key === "inputs")!.validations.length);
  });

  test("text kept in an input stays text (=1+1, @foo)", async () => {
    const state = freshWorkbook();
    await writeWorkbook(syntheticPlan());
    state.setCell("Inputs", "B4", { value: "@foo", quotePrefix: true });
    state.setCell("Inputs", "B2", { value: "=1+1", quotePrefix: true });
    await writeWorkbook(syntheticPlan());
    expect(state.cell("Inputs", "B4")).toMatchObject({ value: "@foo", formula: null });
    expect(state.cell("Inputs", "B2")).toMatchObject({ value: "=1+1", formula: null });
    expect([...state.formulaCells()].filter((c) => c.cell.fromText)).toEqual([]);
  });

  test("a generated sheet the user renamed is recognised, renamed back, and formulas follow", async () => {
    const state = freshWorkbook();
    await writeWorkbook(syntheticPlan());
    state.addSheet("Mine");
    state.setCell("Mine", "A1", { formula: "=SelfBuild!B2+Input_headcount", value: 0 });
    state.renameSheet(state.findSheet("SelfBuild")!, "My budget");
    state.renameSheet(state.findSheet("Inputs")!, "Compare2");
    expect(state.cell("Mine", "A1").formula).toBe("='My budget'!B2+Input_headcount");
    const report = await writeWorkbook(syntheticPlan());
    expect(report.createdSheets).toEqual([]);
    expect(report.renamedSheets).toEqual([
      { from: "Compare2", to: "Inputs" },
      { from: "My budget", to: "SelfBuild" },
    ]);
    expect(state.sheetNames()).toEqual(["Sheet1", "Inputs", "RateCard", "SelfBuild", "Compare", "Checks", "Mine"]);
    expect(state.cell("Mine", "A1").formula).toBe("=SelfBuild!B2+Input_headcount");
    expect(state.brokenReferences()).toEqual([]);
  });

  test("switching language renames the generated sheets in place", async () => {
    const state = freshWorkbook();
    await writeWorkbook(buildWorkbookPlan({}, { language: "en-US" }));
    state.addSheet("Mine");
    state.setCell("Mine", "A1", { formula: "=SelfBuild!P20", value: 0 });
    const zh = buildWorkbookPlan({}, { language: "zh-CN" });
    const report = await writeWorkbook(zh);
    expect(report.syncs).toBe(2 + writeBatches(zh.sheets).length);
    expect(state.sheetNames()).toEqual(["Sheet1", ...zh.sheets.map((s) => s.name), "Mine"]);
    expect(state.cell("Mine", "A1").formula).toBe("=自建方案!P20");
    expect(state.brokenReferences()).toEqual([]);
  });

  test("activateSheet shows the chosen sheet without an extra sync", async () => {
    const state = freshWorkbook();
    await writeWorkbook(syntheticPlan());
    state.activeSheet = "Sheet1";
    const report = await writeWorkbook(syntheticPlan(), { activateSheet: "compare" });
    expect(report.syncs).toBe(3);
    expect(state.activeSheet).toBe("Compare");
  });

  test("a generated sheet the user deleted is created again; the others are rewritten", async () => {
    const state = freshWorkbook();
    await writeWorkbook(syntheticPlan());
    state.deleteSheet(state.findSheet("Compare")!);
    const report = await writeWorkbook(syntheticPlan());
    expect(report.createdSheets).toEqual(["Compare"]);
    expect(state.brokenReferences()).toEqual([]);
  });
});

describe("writeWorkbook: risk driver edits on regeneration", () => {
  // monteCarlo: false keeps these plans quick; the driver table is the same either way.
  const build = (raw: Record<string, unknown> = {}, drivers?: RiskDriverOverrides) => buildWorkbookPlan(raw, { monteCarlo: false, drivers });
  const PARTS = ["low", "mode", "high", "distribution"] as const;
  const riskSheet = (plan: WorkbookPlan) => plan.sheets.find((s) => s.key === "risk")!.name;
  const at = (plan: WorkbookPlan, id: string, part: keyof DriverCells) => plan.driverCells![id][part].replace(/\$/g, "");
  /** The plan's value at a driver cell. */
  const planned = (plan: WorkbookPlan, id: string, part: keyof DriverCells) => {
    const risk = plan.sheets.find((s) => s.key === "risk")!;
    const m = /^([A-Z]+)(\d+)$/.exec(at(plan, id, part))!;
    const column = m[1].charCodeAt(0) - 65;
    return risk.blocks[0].cells[Number(m[2]) - 1][column].value;
  };

  test("the plan records every driver's id, low, most likely, high and distribution cell on the Risk sheet", () => {
    const plan = build();
    expect(Object.keys(plan.driverCells!)).toEqual(RISK_DRIVERS.map((d) => d.id));
    for (const d of RISK_DRIVERS) {
      const cells = plan.driverCells![d.id];
      expect(cells.sheet).toBe("risk");
      expect(planned(plan, d.id, "id")).toBe(d.id);
      expect(PARTS.map((p) => planned(plan, d.id, p))).toEqual([d.low, d.mode, d.high, d.distribution]);
      const risk = plan.sheets.find((s) => s.key === "risk")!;
      const row = Number(cells.low.replace(/\D/g, "")) - 1;
      expect(risk.blocks[0].cells[row].slice(4, 8).every((c) => c.style === "input")).toBe(true);
    }
  });

  test("an edited driver cell survives regeneration (values and formulas), in 2 + one sync per batch; inputs and rates behave as before", async () => {
    const state = freshWorkbook();
    const first = build();
    expect((await writeWorkbook(first)).syncs).toBe(1 + writeBatches(first.sheets).length);
    const risk = riskSheet(first);
    state.setCell(risk, at(first, "salaries", "low"), { value: 0.8 });
    state.setCell(risk, at(first, "salaries", "high"), { formula: "=1+0.4", value: 1.4 });
    state.setCell(risk, at(first, "salaries", "distribution"), { value: "triangular" });
    state.setCell(risk, at(first, "fx", "mode"), { value: 1.02 });
    const headcount = state.namedCell("Input_headcount");
    state.setCell(headcount.sheet, headcount.address, { value: 20000 });
    const horizon = state.namedCell("Input_horizonYears");
    state.setCell(horizon.sheet, horizon.address, { value: 7 });
    const rateKey = Object.keys(first.rateCells)[0];
    const rc = first.sheets.find((s) => s.key === "rateCard")!.name;
    state.setCell(rc, first.rateCells[rateKey].list.replace(/\$/g, ""), { value: 123.45 });

    const before = state.syncs;
    const plan = build({ headcount: 8000, horizonYears: 3 });
    const report = await writeWorkbook(plan, { userChangedInputs: new Set(["horizonYears"]) });
    expect(report.syncs).toBe(2 + writeBatches(plan.sheets).length);
    expect(state.syncs - before).toBe(2 + writeBatches(plan.sheets).length);

    expect(state.cell(risk, at(plan, "salaries", "low")).value).toBe(0.8);
    expect(state.cell(risk, at(plan, "salaries", "mode")).value).toBe(1);
    expect(state.cell(risk, at(plan, "salaries", "high")).formula).toBe("=1+0.4");
    expect(state.cell(risk, at(plan, "salaries", "distribution"))).toMatchObject({ value: "triangular", formula: null });
    expect(state.cell(risk, at(plan, "fx", "mode")).value).toBe(1.02);
    expect(report.keptDrivers).toEqual(RISK_DRIVERS.map((d) => d.id));
    // Inputs and rates: unchanged behaviour.
    expect(state.namedCell("Input_headcount").cell.value).toBe(20000);
    expect(state.namedCell("Input_horizonYears").cell.value).toBe(3);
    expect(state.cell(rc, plan.rateCells[rateKey].list.replace(/\$/g, "")).value).toBe(123.45);
    expect(report.keptRates).toHaveLength(Object.keys(plan.rateCells).length);
    expect(report.keptInputs).toContain("headcount");
    expect(report.keptInputs).not.toContain("horizonYears");

    // Every other cell is the new plan; the kept driver cells stay input (unlocked) cells.
    const kept = new Set([`${risk}!${at(plan, "salaries", "low")}`, `${risk}!${at(plan, "salaries", "high")}`, `${risk}!${at(plan, "salaries", "distribution")}`, `${risk}!${at(plan, "fx", "mode")}`]);
    const inputsName = plan.sheets.find((s) => s.key === "inputs")!.name;
    for (const k of report.keptInputs) kept.add(`${inputsName}!${plan.inputCells[k].address.replace(/\$/g, "")}`);
    for (const k of report.keptRates) for (const a of [plan.rateCells[k].list, plan.rateCells[k].discount]) kept.add(`${rc}!${a.replace(/\$/g, "")}`);
    expectPlanWritten(state, plan, kept);
    for (const a of kept) if (a.startsWith(`${risk}!`)) expect(state.cell(risk, a.slice(risk.length + 1)).locked).toBe(false);
    expect(state.findSheet(risk)!.protected).toBe(true);
    expect(state.brokenReferences()).toEqual([]);

    // And a third generation still keeps them.
    await writeWorkbook(build());
    expect(state.cell(risk, at(plan, "salaries", "low")).value).toBe(0.8);
    expect(state.cell(risk, at(plan, "salaries", "distribution")).value).toBe("triangular");
  });

  test("a blank driver cell takes the plan's value; userChangedDrivers take the plan's range", async () => {
    const state = freshWorkbook();
    const first = build();
    await writeWorkbook(first);
    const risk = riskSheet(first);
    state.setCell(risk, at(first, "callMinutes", "high"), { value: "" });
    state.setCell(risk, at(first, "salaries", "high"), { value: 1.4 });
    state.setCell(risk, at(first, "fx", "high"), { value: 1.1 });
    const plan = build({}, { salaries: { low: 0.7 } });
    const report = await writeWorkbook(plan, { userChangedDrivers: new Set(["salaries"]) });
    expect(report.syncs).toBe(2 + writeBatches(plan.sheets).length);
    expect(state.cell(risk, at(plan, "callMinutes", "high")).value).toBe(planned(plan, "callMinutes", "high"));
    expect(state.cell(risk, at(plan, "salaries", "low")).value).toBe(0.7);
    expect(state.cell(risk, at(plan, "salaries", "high")).value).toBe(planned(plan, "salaries", "high"));
    expect(state.cell(risk, at(plan, "fx", "high")).value).toBe(1.1);
    expect(report.keptDrivers).not.toContain("salaries");
    expect(report.keptDrivers).toContain("fx");
  });

  test("a driver's row is found by its id (another order of the table); a row without the id is left to the plan", async () => {
    const state = freshWorkbook();
    const first = build();
    await writeWorkbook(first);
    const risk = riskSheet(first);
    // As if an earlier version had written salaries and fx in each other's rows, with the user's edits.
    const swap = [["salaries", "fx"], ["fx", "salaries"]] as const;
    for (const [id, rowOf] of swap) {
      state.setCell(risk, at(first, rowOf, "id"), { value: id });
      state.setCell(risk, at(first, rowOf, "low"), { value: id === "salaries" ? 0.8 : 0.9 });
      state.setCell(risk, at(first, rowOf, "distribution"), { value: id === "salaries" ? "triangular" : "pert" });
    }
    // A row whose id cell no longer holds its driver: its edit is not laid onto any driver.
    state.setCell(risk, at(first, "callMinutes", "id"), { value: "somethingElse" });
    state.setCell(risk, at(first, "callMinutes", "low"), { value: 0.5 });

    const plan = build();
    const report = await writeWorkbook(plan);
    expect(state.cell(risk, at(plan, "salaries", "low")).value).toBe(0.8);
    expect(state.cell(risk, at(plan, "salaries", "distribution")).value).toBe("triangular");
    expect(state.cell(risk, at(plan, "fx", "low")).value).toBe(0.9);
    expect(state.cell(risk, at(plan, "fx", "distribution")).value).toBe("pert");
    expect(state.cell(risk, at(plan, "fx", "id")).value).toBe("fx");
    expect(state.cell(risk, at(plan, "callMinutes", "low")).value).toBe(planned(plan, "callMinutes", "low"));
    expect(state.cell(risk, at(plan, "callMinutes", "id")).value).toBe("callMinutes");
    expect(report.keptDrivers).not.toContain("callMinutes");
    expect(report.keptDrivers).toEqual(expect.arrayContaining(["salaries", "fx"]));
  });

  test("a renamed Risk sheet is still recognised and its driver edits kept", async () => {
    const state = freshWorkbook();
    const first = build();
    await writeWorkbook(first);
    const risk = riskSheet(first);
    state.setCell(risk, at(first, "seatPrices", "high"), { value: 1.05 });
    state.renameSheet(state.findSheet(risk)!, "My risk");
    const plan = build();
    const report = await writeWorkbook(plan);
    expect(report.syncs).toBe(2 + writeBatches(plan.sheets).length);
    expect(state.cell(risk, at(plan, "seatPrices", "high")).value).toBe(1.05);
  });

  test.each([100, 400, 4000])("a regeneration failing after %i commands puts edited driver cells back", async (afterCommands) => {
    const state = freshWorkbook();
    const first = build();
    await writeWorkbook(first);
    const risk = riskSheet(first);
    state.setCell(risk, at(first, "salaries", "low"), { value: 0.8 });
    state.setCell(risk, at(first, "salaries", "distribution"), { value: "triangular" });
    state.failAt = { sync: state.syncs + 3, afterCommands };
    await expect(writeWorkbook(build({ headcount: 9000 }))).rejects.toBeInstanceOf(WorkbookWriteError);
    expect(state.cell(risk, at(first, "salaries", "low")).value).toBe(0.8);
    expect(state.cell(risk, at(first, "salaries", "distribution")).value).toBe("triangular");
    expect(state.findSheet(risk)!.protected).toBe(true);
  });
});

describe("writeWorkbook: a failing run", () => {
  test("first generation failing in the write sync removes the sheets it created and keeps user sheets", async () => {
    const state = freshWorkbook();
    state.addSheet("Mine");
    state.setCell("Mine", "A1", { value: 42 });
    state.failAt = { sync: 2, afterCommands: 200 };
    const error = await writeWorkbook(syntheticPlan({ lines: 30 })).catch((e) => e);
    expect(error).toBeInstanceOf(WorkbookWriteError);
    expect(error.code).toBe("writeFailed");
    expect(error.message).toMatch(/Injected failure/);
    expect(state.sheetNames()).toEqual(["Sheet1", "Mine"]);
    expect(state.cell("Mine", "A1").value).toBe(42);
    expect(state.names.size).toBe(0);
    expect(state.syncs).toBe(4); // 2 for the run, 2 for cleaning up
  });

  test("first generation failing in a later write batch removes every sheet it created", async () => {
    const state = freshWorkbook();
    const plan = buildWorkbookPlan({});
    expect(writeBatches(plan.sheets).length).toBeGreaterThan(2);
    state.failAt = { sync: 3, afterCommands: 10 };
    const error = await writeWorkbook(plan).catch((e) => e);
    expect(error).toBeInstanceOf(WorkbookWriteError);
    expect(state.sheetNames()).toEqual(["Sheet1"]);
    expect(state.names.size).toBe(0);
  });

  test.each([3, 30, 60, 200])("regeneration failing after %i commands keeps inputs, rates, names and user formulas", async (afterCommands) => {
    const state = freshWorkbook();
    await writeWorkbook(syntheticPlan());
    state.setCell("Inputs", "B2", { value: 777 });
    state.setCell("RateCard", "B3", { value: 55 });
    state.setCell("RateCard", "C3", { value: 0.4 });
    state.addSheet("Mine");
    state.setCell("Mine", "A1", { formula: "=Total_TCO_SelfBuild*2+SelfBuild!B2", value: 0 });
    state.renameSheet(state.findSheet("Checks")!, "My checks");
    const namesBefore = new Map([...state.names.values()].map((n) => [n.name, n.formula]));
    const syncsBefore = state.syncs;
    // A bigger plan: it would add lines (rate rows and budget rows) and a sheet.
    const bigger = syntheticPlan({ lines: 8 });
    const withNewSheet: WorkbookPlan = { ...bigger, sheets: [...bigger.sheets, { ...bigger.sheets[3], key: "risk", name: "Risk", charts: [] }] };
    state.failAt = { sync: syncsBefore + 3, afterCommands };
    await expect(writeWorkbook(withNewSheet, { userChangedInputs: new Set(["headcount"]) })).rejects.toBeInstanceOf(WorkbookWriteError);
    expect(state.sheetNames()).toEqual(["Sheet1", "Inputs", "RateCard", "SelfBuild", "Compare", "My checks", "Mine"]);
    expect(state.cell("Inputs", "B2").value).toBe(777);
    expect(state.cell("RateCard", "B3").value).toBe(55);
    expect(state.cell("RateCard", "C3").value).toBe(0.4);
    expect(state.cell("Mine", "A1").formula).toBe("=Total_TCO_SelfBuild*2+SelfBuild!B2");
    for (const [name, formula] of namesBefore) expect({ name, formula: state.name(name)?.formula }).toEqual({ name, formula });
    for (const name of ["Inputs", "RateCard", "SelfBuild", "Compare", "My checks"]) expect({ name, protected: state.findSheet(name)!.protected }).toEqual({ name, protected: true });
    // User formulas and every name still resolve; only the half-rewritten generated sheets may be stale
    // until the next successful generation.
    expect(state.brokenReferences().filter((b) => b.startsWith("Mine!") || b.startsWith("name "))).toEqual([]);
    expect(state.findSheet("Risk")).toBeUndefined();
  });

  test("failing while reading (sync 1) changes nothing", async () => {
    const state = freshWorkbook();
    state.failAt = { sync: 1, afterCommands: 1 };
    await expect(writeWorkbook(syntheticPlan())).rejects.toMatchObject({ code: "writeFailed" });
    expect(state.sheetNames()).toEqual(["Sheet1"]);
    expect(state.syncs).toBe(1);
  });
});

describe("readInputs", () => {
  test("reads every Input_* cell back in 2 syncs, following edits", async () => {
    const state = freshWorkbook();
    const plan = buildWorkbookPlan({});
    await writeWorkbook(plan);
    const at = state.namedCell("Input_headcount");
    state.setCell(at.sheet, at.address, { value: 12345 });
    const before = state.syncs;
    const inputs = await readInputs(plan);
    expect(state.syncs - before).toBe(2);
    expect(Object.keys(inputs).sort()).toEqual(Object.keys(plan.inputCells).sort());
    expect(inputs.headcount).toBe(12345);
    expect(inputs.videoResolution).toBe("720p");
    expect(inputs.moderation).toBe(true);
    expect(inputs.buildFteSelfBuild).toBe("auto");
  });

  test("returns nothing for a workbook without the names", async () => {
    freshWorkbook();
    expect(await readInputs(syntheticPlan())).toEqual({});
  });
});

describe("plan sanity for the writers", () => {
  test("every validation, conditional format and chart range of the real plan parses", () => {
    for (const language of ["en-US", "zh-CN"] as const) {
      const plan = buildWorkbookPlan({}, { language });
      for (const s of plan.sheets) {
        for (const v of s.validations) expect(parseRect(v.range)).not.toBeNull();
        for (const c of s.conditionalFormats) expect(parseRect(c.range)).not.toBeNull();
        for (const c of s.charts) expect(parseRect(c.dataRange)).not.toBeNull();
      }
    }
  });
});
