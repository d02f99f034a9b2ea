import { checksFor } from "../../../src/engine/checks/checkDefinitions";
import { RATE_CARD_ENTRIES } from "../../../src/engine/rateCard/rateCardEntries";
import { REQUIREMENT_SPECS } from "../../../src/engine/requirements/requirementSpecs";
import { RISK_DRIVERS } from "../../../src/engine/risk/riskDrivers";
import { runMonteCarlo } from "../../../src/engine/risk/monteCarlo";
import { buildChecksSheet, CHECK_COLUMNS } from "../../../src/engine/workbook/buildChecksSheet";
import { RISK_RUN_CURRENT, RUN_COLUMNS, RUN_TOLERANCE } from "../../../src/engine/workbook/buildRiskRunBlock";
import { buildWorkbookPlan } from "../../../src/engine/workbook/buildWorkbookPlan";
import { planRiskRun } from "../../../src/engine/workbook/planRiskRun";
import { RISK_TEXT } from "../../../src/engine/workbook/riskSheetText";
import type { CellPlan, WorkbookPlan } from "../../../src/engine/workbook/WorkbookPlan";

const riskSheet = (plan: WorkbookPlan) => plan.sheets.find((s) => s.key === "risk")!;
const rowsOf = (plan: WorkbookPlan): readonly (readonly CellPlan[])[] => riskSheet(plan).blocks[0].cells;
const rowOf = (plan: WorkbookPlan, what: string) => rowsOf(plan).find((r) => r[RUN_COLUMNS.what].value === what && r[RUN_COLUMNS.matches].formula)!;
const excelRow = (address: string) => Number(address.replace(/^\$?[A-Z]+\$?/, ""));

/** Numeric literals of a formula, outside strings, cell references and names. */
const literals = (f: string): string[] =>
  f
    .replace(/"(?:[^"]|"")*"/g, '""')
    .replace(/\$?[A-Z]{1,3}\$?\d+/g, "R")
    .replace(/[A-Za-z_][A-Za-z0-9_.]*/g, "N")
    .match(/\d+(\.\d+)?/g) ?? [];

describe("Run inputs on the Risk sheet: what the computed values used", () => {
  const raw = { headcount: 1234, projectStart: "2028-07", moderation: false, buildFteSelfBuild: 9 };
  const drivers = { salaries: { high: 1.4, distribution: "triangular" as const } };
  const rateOverrides = { vm_units_per_server: { list: "9" } };
  const mc = runMonteCarlo(raw, { trials: 200, seed: 5, drivers, rateOverrides });
  const plan = buildWorkbookPlan(raw, { drivers, rateOverrides, monteCarlo: mc, computedOn: "2026-12-02" });
  const run = planRiskRun(raw, { drivers, rateOverrides, monteCarlo: mc });

  test("one row per input, per rate and per driver low / most likely / high / distribution, nothing else", () => {
    const whats = run.record.map((v) => v.what);
    expect(whats).toEqual([
      ...REQUIREMENT_SPECS.map((s) => `Input_${s.key}`),
      ...RATE_CARD_ENTRIES.map((e) => `Rate_${e.key}`),
      ...RISK_DRIVERS.flatMap((d) => ["low", "mode", "high", "distribution"].map((p) => `${d.id} · ${p}`)),
    ]);
    const rows = rowsOf(plan);
    const header = rows.findIndex((r) => r[RUN_COLUMNS.recorded].value === RISK_TEXT.runHeaders.en[RUN_COLUMNS.recorded]);
    const onSheet = rows.slice(header + 1).filter((r) => r[RUN_COLUMNS.matches].formula).map((r) => r[RUN_COLUMNS.what].value);
    expect(onSheet).toEqual(whats);
  });

  test("the recorded values are the run's: inputs as given, a month as YYYY-MM, the rate as overridden, the driver as changed", () => {
    const recorded = (what: string) => rowOf(plan, what)[RUN_COLUMNS.recorded];
    expect(recorded("Input_headcount").value).toBe(1234);
    expect(recorded("Input_projectStart").value).toBe("2028-07");
    expect(recorded("Input_moderation").value).toBe(false);
    expect(recorded("Input_buildFteSelfBuild").value).toBe(9);
    expect(recorded("Input_buildFteHybrid").value).toBe("auto");
    expect(recorded("Rate_vm_units_per_server").value).toBe(9); // a parameter: its list value
    expect(recorded("salaries · high").value).toBe(1.4);
    expect(recorded("salaries · low").value).toBe(RISK_DRIVERS.find((d) => d.id === "salaries")!.low);
    expect(recorded("salaries · distribution").value).toBe("triangular");
    const setting = (label: string) => rowsOf(plan).find((r) => r[0].value === label)![1].value;
    expect([setting(RISK_TEXT.runSeed.en), setting(RISK_TEXT.runTrials.en)]).toEqual([5, 200]);
  });

  test("the current value is a live reference: the Input_/Rate_ name or the driver's editable cell", () => {
    expect(rowOf(plan, "Input_headcount")[RUN_COLUMNS.current].formula).toBe("=Input_headcount");
    expect(rowOf(plan, "Rate_vm_units_per_server")[RUN_COLUMNS.current].formula).toBe("=Rate_vm_units_per_server");
    expect(rowOf(plan, "salaries · high")[RUN_COLUMNS.current].formula).toBe(`=${plan.driverCells!.salaries.high}`);
    for (const v of run.record) expect(rowOf(plan, v.what)[RUN_COLUMNS.recorded].formula).toBeUndefined();
    // Recorded and current read alike: a share as a percentage, a driver factor with four decimals.
    for (const what of ["Input_dauRatio", "salaries · high"]) expect(rowOf(plan, what)[RUN_COLUMNS.recorded].numberFormat).toBe(rowOf(plan, what)[RUN_COLUMNS.current].numberFormat);
    expect(rowOf(plan, "Input_dauRatio")[RUN_COLUMNS.current].numberFormat).toBe("0.0%");
  });

  test("the match compares by kind, against a labelled tolerance cell, with no other constant than 0, 1 and 12", () => {
    const rows = rowsOf(plan);
    const tolRow = rows.findIndex((r) => r[0].value === RISK_TEXT.runTolerance.en);
    expect(rows[tolRow][1].value).toBe(RUN_TOLERANCE);
    const tol = `$B$${tolRow + 1}`;
    const match = (what: string) => rowOf(plan, what)[RUN_COLUMNS.matches].formula!;
    const r = (what: string) => rows.indexOf(rowOf(plan, what)) + 1;
    expect(match("Input_headcount")).toBe(`=IFERROR(ABS(Input_headcount-C${r("Input_headcount")})<=${tol}*MAX(ABS(C${r("Input_headcount")}),ABS(Input_headcount)),FALSE)`);
    expect(match("Input_moderation")).toBe(`=IFERROR(AND(ISLOGICAL(Input_moderation),Input_moderation=C${r("Input_moderation")}),FALSE)`);
    expect(match("Input_projectStart")).toBe(`=IFERROR(DATE(YEAR(Input_projectStart),MONTH(Input_projectStart),1)=DATEVALUE(C${r("Input_projectStart")}&"-01"),FALSE)`);
    expect(match("Input_currency")).toBe(`=IFERROR(EXACT(Input_currency&"",C${r("Input_currency")}),FALSE)`);
    for (const v of run.record) for (const col of [RUN_COLUMNS.current, RUN_COLUMNS.matches]) expect(literals(rowOf(plan, v.what)[col].formula!).filter((n) => !["0", "1", "12"].includes(n))).toEqual([]);
  });

  test("Risk_RunCurrent is AND over every match; the banner reads it; mismatched rows and the banner turn amber", () => {
    const name = plan.names.find((n) => n.name === RISK_RUN_CURRENT)!;
    const rows = rowsOf(plan);
    const status = rows[excelRow(name.address) - 1][1].formula!;
    const firstRow = rows.indexOf(rowOf(plan, run.record[0].what)) + 1;
    const lastRow = rows.indexOf(rowOf(plan, run.record[run.record.length - 1].what)) + 1;
    expect(status).toBe(`=AND($E$${firstRow}:$E$${lastRow})`);
    expect(lastRow - firstRow + 1).toBe(run.record.length);
    expect(rows[1][0].formula).toBe(`=IF(${name.address},"${RISK_TEXT.bannerCurrent.en}","${RISK_TEXT.bannerStale.en}")`);
    const sheet = riskSheet(plan);
    expect(sheet.frozen).toEqual({ rows: 2, columns: 0 });
    expect(sheet.conditionalFormats).toEqual([
      { range: "A2:I2", formula: `=${name.address}=FALSE`, style: "warn" },
      { range: `A${firstRow}:E${lastRow}`, formula: `=$E${firstRow}=FALSE`, style: "warn" },
    ]);
  });

  test("the banner in Chinese; every string in it fits Excel's 255-character limit for a formula literal", () => {
    const zh = buildWorkbookPlan({}, { language: "zh-CN", monteCarlo: false });
    expect(rowsOf(zh)[1][0].formula).toContain(RISK_TEXT.bannerStale.zh);
    expect(rowsOf(zh)[1][0].formula).toContain(RISK_TEXT.bannerCurrent.zh);
    for (const t of [RISK_TEXT.bannerCurrent, RISK_TEXT.bannerStale]) for (const s of [t.en, t.zh]) expect(s.length).toBeLessThanOrEqual(255);
    expect(rowsOf(zh).some((r) => r[0].value === RISK_TEXT.runNoMc.zh)).toBe(true);
  });

  test("the check reads Risk_RunCurrent; it is a warning today and counts in Check_All once a run feeds the totals", () => {
    const checks = (p: WorkbookPlan) => p.sheets.find((s) => s.key === "checks")!;
    const row = (cells: readonly (readonly CellPlan[])[]) => cells.find((r) => r[CHECK_COLUMNS.id].value === "riskRunCurrent")!;
    expect(run.feedsTotals).toBe(false);
    const today = row(checks(plan).blocks[0].cells);
    expect(today[CHECK_COLUMNS.passes].formula).toBe(`=IFERROR(${RISK_RUN_CURRENT},FALSE)`);
    expect(today[CHECK_COLUMNS.severity].value).toBe("warning");
    const fed = buildChecksSheet(RATE_CARD_ENTRIES.length, "en-US", [riskSheet(plan)], checksFor(true)).sheet.blocks[0].cells;
    expect(row(fed)[CHECK_COLUMNS.severity].value).toBe("integrity");
    // Check_All counts the failing rows whose severity cell says "integrity", over every check row.
    const all = fed.find((r) => r[CHECK_COLUMNS.id].value === "all")!;
    const at = fed.indexOf(row(fed)) + 1;
    const [, from, to] = /E(\d+):E(\d+),"integrity"/.exec(all[CHECK_COLUMNS.passes].formula!)!;
    expect(at).toBeGreaterThanOrEqual(Number(from));
    expect(at).toBeLessThanOrEqual(Number(to));
  });
});
