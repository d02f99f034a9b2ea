/**
 * The generated workbook, recalculated by a real spreadsheet program (headless LibreOffice), agrees with the
 * engine: Total_TCO_<Path>, Total_NPV_<Path> and CostPerUserMonth_<Path> within max(0.01, 1e-12 × |value|),
 * every check on the Checks sheet and Check_All exactly, and no error value anywhere. Cases: the defaults (in
 * English and Chinese), a few hand-picked input sets, and 50 random valid input sets (fast-check, fixed seed).
 * Half of the random sets build the plan from the inputs; the other half type them into the Input_* cells of
 * the default workbook, so the live formulas are checked too (except contingencyBand there: see
 * STALE_AFTER_TYPING). Every file goes through one soffice start; the whole file takes about 2.5 minutes.
 * Needs LibreOffice: skipped with a warning locally when soffice is missing, a failing test under CI.
 */
import fc from "fast-check";
import { PATHS, buildWorkbookPlan, computeBudget, computeChecks, formatMonth, monthOfSerial, parseMonth, parseRequirements, serialOfMonth, type WorkbookPlan } from "../../src/engine";
import { COMPARE_LAYOUT, COMPARE_VIEWS } from "../../src/engine/workbook/buildCompareSheet";
import { BUDGET_COLUMNS, budgetSheetLayout } from "../../src/engine/workbook/budgetSheetLayout";
import { columnName } from "../../src/engine/workbook/excelAddress";
import { toFileFormula, writeXlsx } from "../../src/workbook/xlsxWriter";
import { typedRequirements } from "../support/arbitraryRequirements";
import { recalculateMany, requireSoffice, setNamedValues, type RecalcResult } from "../support/libreOffice";
import { syntheticPlan, withPage } from "./syntheticPlan";

const soffice = requireSoffice("recalculation test");
jest.setTimeout(1_200_000); // 65 workbooks; about 9 s each in LibreOffice on a busy 2-core machine

const SEED = 20261201;
const RANDOM_SETS = 50;

/** max(0.01, 1e-12 × |value|): a cent, or twelve significant digits for large totals. */
export const tolerance = (value: number): number => Math.max(0.01, 1e-12 * Math.abs(value));

/** Each check row of the plan's Checks sheet: its id and the address of its TRUE/FALSE formula. */
function checkCells(plan: WorkbookPlan): { id: string; sheet: string; address: string }[] {
  const sheet = plan.sheets.find((s) => s.key === "checks")!;
  const ids = new Set(computeChecks({}).map((c) => c.id));
  const out: { id: string; sheet: string; address: string }[] = [];
  for (const block of sheet.blocks)
    block.cells.forEach((row, r) => {
      const id = row.find((c) => typeof c.value === "string" && ids.has(c.value))?.value as string | undefined;
      const c = row.findIndex((cell) => cell.style === "check" && cell.formula !== undefined);
      if (id && c >= 0) out.push({ id, sheet: sheet.name, address: `${String.fromCharCode(65 + block.column + c)}${block.row + r + 1}` });
    });
  return out;
}

/** Everything in the recalculated file that differs from the engine, as readable lines (empty when it agrees). */
function differences(result: RecalcResult, raw: Record<string, unknown>, plan: WorkbookPlan, skip: ReadonlySet<string> = new Set()): string[] {
  const budget = computeBudget(raw);
  const out: string[] = [];
  for (const p of PATHS) {
    const engine = budget.paths[p.id];
    const figures: [string, number][] = [
      [`Total_TCO_${p.excelName}`, engine.tco.toNumber()],
      [`Total_NPV_${p.excelName}`, engine.npv.toNumber()],
      [`CostPerUserMonth_${p.excelName}`, engine.costPerUserMonth.toNumber()],
    ];
    for (const [name, expected] of figures) {
      const got = result.byName(name);
      if (typeof got !== "number" || !(Math.abs(got - expected) <= tolerance(expected))) out.push(`${name}: workbook ${JSON.stringify(got)}, engine ${expected}`);
    }
  }
  // The four views by fiscal year on Compare (one row per view and path, one column per fiscal year from B), and the
  // closing net book value and prepaid balance on each budget sheet.
  const compare = plan.sheets.find((x) => x.key === "compare")!.name;
  const L = budgetSheetLayout();
  PATHS.forEach((p, i) => {
    const engine = budget.paths[p.id];
    const sheet = plan.sheets.find((x) => x.key === p.id)!.name;
    const figures: [string, string, string, readonly { toNumber(): number }[]][] = [
      ...COMPARE_VIEWS.map((v): [string, string, string, readonly { toNumber(): number }[]] => [v, compare, `${COMPARE_LAYOUT.viewRow(v, i) + 1}`, engine[v]]),
      ["netBookValue", sheet, `${L.netBookValueRow + 1}`, engine.netBookValue],
      ["prepaid", sheet, `${L.prepaidRow + 1}`, engine.prepaid],
    ];
    for (const [view, where, row, values] of figures)
      values.forEach((y, k) => {
        const address = `${columnName((where === compare ? 1 : BUDGET_COLUMNS.firstFiscal) + k)}${row}`;
        const got = result.at(where, address);
        if (typeof got !== "number" || !(Math.abs(got - y.toNumber()) <= tolerance(y.toNumber()))) out.push(`${p.id} ${view} ${budget.calendar.fiscalYears[k].label.en} (${where}!${address}): workbook ${JSON.stringify(got)}, engine ${y.toString()}`);
      });
  });
  budget.calendar.fiscalYears.forEach((fy, k) => {
    const label = result.at(compare, `${String.fromCharCode(66 + k)}${COMPARE_LAYOUT.yearsHeaderRow + 1}`);
    const want = plan.sheets[0].name === "封面" ? fy.label.zh : fy.label.en;
    if (typeof label !== "string" || !label.startsWith(want)) out.push(`fiscal column ${k + 1}: workbook ${JSON.stringify(label)}, engine ${want}`);
  });
  out.push(...result.errors().map((e) => `error value: ${e}`));
  const engineChecks = new Map(computeChecks(raw).map((c) => [c.id, c.ok]));
  const cells = checkCells(plan);
  const missing = [...engineChecks.keys()].filter((id) => id !== "all" && !cells.some((c) => c.id === id));
  out.push(...missing.map((id) => `check ${id}: no row on the Checks sheet`));
  for (const c of cells) {
    if (skip.has(c.id)) continue;
    const got = result.at(c.sheet, c.address);
    if (got !== engineChecks.get(c.id)) out.push(`check ${c.id}: workbook ${JSON.stringify(got)}, engine ${engineChecks.get(c.id)}`);
  }
  if (result.byName("Check_All") !== engineChecks.get("all")) out.push(`Check_All: workbook ${JSON.stringify(result.byName("Check_All"))}, engine ${engineChecks.get("all")}`);
  return out;
}

interface Case {
  readonly name: string;
  readonly raw: Record<string, unknown>;
  readonly plan: WorkbookPlan;
  /** Inputs typed into the default workbook's Input_* cells (instead of building the plan from them). */
  readonly typed: boolean;
}

const planFor = (raw: Record<string, unknown>, language: "en-US" | "zh-CN" = "en-US") => buildWorkbookPlan(raw, { language, monteCarlo: false });
const defaultPlan = planFor({});

/** On-premise private deployment: servers, perpetual licences, maintenance billed in advance; development capitalised or not. */
const EXPENSED = { hosting: "onPremise", commercialModel: "private" };
const CAPITALISED = { ...EXPENSED, capitaliseDevelopment: true };

const HAND_PICKED: Record<string, unknown>[] = [
  { headcount: 20000, horizonYears: 3, videoResolution: "1080p", commercialModel: "private", hosting: "onPremise" },
  { horizonYears: 10, currency: "USD", deploymentRegion: "international", moderation: false, buildFteSelfBuild: 12, latencyTargetMs: 100, regions: 3, mlpsLevel: 3 },
  { horizonYears: 1, headcount: 1, userGrowthRate: -0.5, eventPeakAttendees: 0, integrations: 0, migrateHistory: false, discountRate: 0 },
  // The calendar edited in the file: a mid-year start, an April fiscal year (seven columns, part years at both ends), 7 years.
  { projectStart: "2028-07", fiscalYearStartMonth: 4, horizonYears: 7, fiscalYearLabel: "end" },
  // The contingency method switched in the file: the Risk sheet's analytic P90 − base enters the totals.
  { contingencyMethod: "riskBased", contingencyConfidence: 0.9 },
  // The accounting policy switched in the file: build labour capitalised, licences and servers bought.
  CAPITALISED,
  // A labour market paid in euros typed in, with another exchange rate and a loadFactor override.
  { labourMarket: "westernEurope", fxUsdToCny: 7.05, loadFactor: 1.3 },
];

/**
 * The risk-based method reads the Risk sheet's exposure weights, values computed for the inputs the workbook
 * was generated with (see STALE_AFTER_TYPING). Switched alone in the file it is exact (hand-picked above);
 * typed together with other inputs it would use weights of other inputs, so random typed sets keep the flat
 * method, and the random sets built from their inputs test the risk-based method in full.
 */
const typedFlat = (raw: Record<string, unknown>): Record<string, unknown> => {
  const { contingencyMethod: _method, ...rest } = raw;
  return rest;
};

const CASES: Case[] = [
  { name: "defaults", raw: {}, plan: defaultPlan, typed: false },
  { name: "on-premise private, development expensed", raw: EXPENSED, plan: planFor(EXPENSED), typed: false },
  { name: "on-premise private, development capitalised", raw: CAPITALISED, plan: planFor(CAPITALISED), typed: false },
  { name: "defaults, Chinese workbook (Chinese sheet names)", raw: {}, plan: planFor({}, "zh-CN"), typed: false },
  ...HAND_PICKED.map((raw) => ({ name: `typed in: ${JSON.stringify(raw)}`, raw, plan: defaultPlan, typed: true })),
  ...fc.sample(typedRequirements, { seed: SEED, numRuns: RANDOM_SETS }).map((raw, i) => {
    const typed = i % 2 === 1;
    const used = typed ? typedFlat(raw) : raw;
    return { name: `random #${i} (${typed ? "typed in" : "plan built from them"}): ${JSON.stringify(used)}`, raw: used, plan: typed ? defaultPlan : planFor(raw), typed };
  }),
];

/** The two harness workbooks: small plans whose answers are worked out by hand below. */
const HARNESS_PLAN = syntheticPlan({ lines: 2, years: 1, headcount: 2000 });
const FALSY_SHEET = "风险 & x's";
const FALSY_PLAN: WorkbookPlan = {
  ...syntheticPlan(),
  sheets: [
    withPage({
      key: "risk",
      name: FALSY_SHEET,
      blocks: [{ row: 0, column: 0, cells: [[{ formula: "=0" }, { formula: "=1>2" }, { formula: "=NORM.S.INV(0.8)" }, { formula: '=IF(1,"NORM.S.INV(",0)' }, { formula: "=IFERROR(1/0,-1)" }]] }],
      columnWidths: [],
      validations: [],
      conditionalFormats: [],
      charts: [],
      protect: false,
      print: { landscape: false, fitToWidth: false },
    }),
  ],
  names: [{ name: "Zero", sheet: "risk", address: "$A$1" }],
  inputCells: {},
  rateCells: {},
};

let defaultFile: Promise<Buffer> | undefined;
async function fileFor(c: Case): Promise<Buffer> {
  if (!c.typed) return writeXlsx(c.plan);
  defaultFile ??= writeXlsx(defaultPlan);
  // A month is typed as Excel holds a date: the serial of its 1st.
  const cell = (k: string, v: unknown) => (k === "projectStart" ? serialOfMonth(parseMonth(v, k)) : (v as string | number | boolean));
  return setNamedValues(await defaultFile, Object.fromEntries(Object.entries(c.raw).map(([k, v]) => [`Input_${k}`, cell(k, v)])));
}

/**
 * Checks whose workbook verdict does not follow inputs typed into the file. contingencyBand compares the flat
 * contingency with the Risk sheet's risk-based one, and the Risk sheet's driver exposures are values computed
 * for the inputs the workbook was generated with: after typing other inputs the risk-based figure is stale
 * (random #37: Commercial 219,734 in the file vs 1,986,224 from the engine). Reported to the lead (issue 9);
 * remove the entry when the Risk sheet is live. A workbook generated from the inputs is compared in full.
 */
const STALE_AFTER_TYPING: ReadonlySet<string> = new Set(["contingencyBand", "riskRunCurrent"]);

/** Whether typed inputs differ from the defaults the workbook was generated with (then its Risk run is stale). */
const changesDefaults = (raw: Record<string, unknown>): boolean => {
  const defaults = parseRequirements({}) as Record<string, unknown>;
  const typed = parseRequirements(raw) as Record<string, unknown>;
  return Object.keys(raw).some((k) => typed[k] !== defaults[k]);
};

(soffice ? describe : describe.skip)("recalculation in LibreOffice (one soffice batch)", () => {
  let results: RecalcResult[] = [];
  let harness: RecalcResult;
  let falsy: RecalcResult;

  beforeAll(async () => {
    const files = [await writeXlsx(HARNESS_PLAN), await writeXlsx(FALSY_PLAN)];
    for (const c of CASES) files.push(await fileFor(c));
    const all = await recalculateMany(files, { soffice: soffice!, timeoutMs: 1_100_000 });
    [harness, falsy, ...results] = all;
  });

  test("harness: a tiny synthetic plan with a formula and names", () => {
    // line i, year t: (100+i)*(1-0.1) * 2000/1000 * (1.08)^t; total = Σ lines Σ years
    let expected = 0;
    for (let i = 0; i < 2; i++) for (let t = 0; t <= 1; t++) expected += (100 + i) * 0.9 * 2 * (t === 0 ? 1 : 1.08 ** t);
    expect(harness.byName("Total_TCO_SelfBuild")).toBeCloseTo(expected, 9);
    expect(harness.byName("Rate_rate1")).toBeCloseTo(101 * 0.9, 12);
    expect(harness.byName("Check_All")).toBe(true);
    expect(harness.at("Inputs", "C2")).toBe("=1+1"); // text stays text in the file too
    expect(harness.at("Inputs", "C3")).toBe("@foo");
    expect(harness.at("Inputs", "B6")).toBe("2025-06-30");
    expect(harness.sheets).toEqual(["Inputs", "RateCard", "SelfBuild", "Compare", "Checks"]);
  });

  test("harness: zero and FALSE results are read (not dropped), _xlfn functions compute", () => {
    expect(toFileFormula('=IF(1,"NORM.S.INV(",0)')).toBe('IF(1,"NORM.S.INV(",0)');
    expect(falsy.byName("Zero")).toBe(0);
    expect(falsy.at(FALSY_SHEET, "B1")).toBe(false);
    expect(falsy.at(FALSY_SHEET, "C1")).toBeCloseTo(0.8416212335729143, 12);
    expect(falsy.at(FALSY_SHEET, "D1")).toBe("NORM.S.INV(");
    expect(falsy.at(FALSY_SHEET, "E1")).toBe(-1);
  });

  test("the comparison catches a wrong total, a wrong verdict and an unreadable result", () => {
    const plan = CASES[0].plan;
    const real = results[0];
    const tco = real.byName("Total_TCO_SelfBuild") as number;
    const checks = checkCells(plan);
    const lying: RecalcResult = {
      ...real,
      byName: (n) => (n === "Total_TCO_SelfBuild" ? tco + 0.02 : n === "Check_All" ? null : real.byName(n)),
      at: (s, a) => (s === checks[0].sheet && a === checks[0].address ? !real.at(s, a) : real.at(s!, a)),
    };
    expect(differences(real, {}, plan)).toEqual([]);
    const found = differences(lying, {}, plan);
    expect(found).toHaveLength(3);
    expect(found.join("\n")).toMatch(/Total_TCO_SelfBuild.*\n.*check .*\n.*Check_All: workbook null/);
  });

  test("the tolerance is max(0.01, 1e-12 × |value|)", () => {
    expect(tolerance(0)).toBe(0.01);
    expect(tolerance(5e9)).toBe(0.01);
    expect(tolerance(1e12)).toBe(1);
  });

  test("capitalised development: build labour in capex from the end of the POC to go-live, amortised from go-live + 1; cash unchanged", () => {
    const [expensed, capitalised] = [results[1], results[2]];
    for (const p of PATHS)
      for (const n of [`Total_TCO_${p.excelName}`, `Total_NPV_${p.excelName}`]) expect({ n, gap: Math.abs((capitalised.byName(n) as number) - (expensed.byName(n) as number)) <= 0.01 }).toEqual({ n, gap: true });
    const L = budgetSheetLayout();
    const at = (r: RecalcResult, row: number, col: number) => r.at(CASES[2].plan.sheets.find((s) => s.key === "selfBuild")!.name, `${columnName(col)}${row + 1}`) as number;
    const month = (r: RecalcResult, row: number, m: number) => at(r, row, BUDGET_COLUMNS.firstMonth + m - 1);
    const num = (name: string) => capitalised.byName(name) as number;
    // Self-build goes live after 12 months; development is capitalised from the month after the POC to month 12.
    const goLive = num("Input_goLiveMonthsSelfBuild");
    const from = at(capitalised, L.capexClassRow.development, BUDGET_COLUMNS.from);
    expect(from).toBe(at(capitalised, L.lineRow.poc, BUDGET_COLUMNS.to) + 1);
    expect(at(capitalised, L.capexClassRow.development, BUDGET_COLUMNS.to)).toBe(goLive);
    expect([at(expensed, L.capexClassRow.development, BUDGET_COLUMNS.from), at(expensed, L.capexClassRow.development, BUDGET_COLUMNS.to)]).toEqual([0, 0]);
    // Team, client apps, features and domestic-tech adaptation bear the labour contingency; integration and SSO bear none.
    const bearing = ["developmentTeam", "clientApps", "featureDevelopment", "domesticAdaptation"];
    const without = ["systemIntegration", "ssoDirectory"];
    let developmentCapex = 0;
    for (let m = 1; m <= 24; m++) {
      const lines = (ids: string[]) => ids.reduce((acc, id) => acc + month(capitalised, L.lineRow[id], m), 0);
      const expected = m >= from && m <= goLive ? lines(bearing) * (1 + num("Input_developmentContingencyRate")) + lines(without) : 0;
      expect({ m, capex: month(capitalised, L.capexClassRow.development, m) }).toEqual({ m, capex: expect.closeTo(expected, 6) });
      expect({ m, expensed: month(expensed, L.capexClassRow.development, m) }).toEqual({ m, expensed: 0 });
      developmentCapex += expected;
    }
    expect(developmentCapex).toBeGreaterThan(1e6);
    // Intangibles amortise from the month they enter service (go-live + 1); servers depreciate from the month after.
    const amortisation = (developmentCapex * (1 - num("Input_developmentResidualRate"))) / (num("Input_developmentLifeYears") * 12);
    expect(month(capitalised, L.depreciationClassRow.development, goLive)).toBe(0);
    expect(month(capitalised, L.depreciationClassRow.development, goLive + 1)).toBeCloseTo(amortisation, 6);
    const servers = month(capitalised, L.capexClassRow.servers, goLive);
    expect(servers).toBeGreaterThan(0);
    expect(month(capitalised, L.depreciationClassRow.servers, goLive + 1)).toBe(0);
    expect(month(capitalised, L.depreciationClassRow.servers, goLive + 2)).toBeCloseTo((servers * (1 - num("Input_serverResidualRate"))) / (num("Input_depreciationYears") * 12), 6);
    // The P&L of the first fiscal year carries less: the labour became an asset.
    expect(at(capitalised, L.pnlRow, BUDGET_COLUMNS.firstFiscal)).toBeLessThan(at(expensed, L.pnlRow, BUDGET_COLUMNS.firstFiscal));
    for (const r of [expensed, capitalised]) expect(r.byName("Check_All")).toBe(true);
  });

  test.each(CASES.map((c, i) => [c.name, i] as const))("%s: totals, NPV, cost per user and every check verdict as the engine", (_name, i) => {
    const c = CASES[i];
    expect(differences(results[i], c.raw, c.plan, c.typed ? STALE_AFTER_TYPING : undefined)).toEqual([]);
    // Typed-in inputs make the Risk sheet's run stale (a warning the engine, computing afresh, never raises).
    const stale = checkCells(c.plan).find((x) => x.id === "riskRunCurrent")!;
    expect({ riskRunCurrent: results[i].at(stale.sheet, stale.address) }).toEqual({ riskRunCurrent: !(c.typed && changesDefaults(c.raw)) });
    if (c.typed)
      for (const [k, v] of Object.entries(c.raw)) {
        const got = results[i].byName(`Input_${k}`);
        if (k === "projectStart") expect({ k, v: formatMonth(monthOfSerial(got, k)) }).toEqual({ k, v });
        else if (typeof v === "number") expect({ k, close: typeof got === "number" && Math.abs(got - v) <= 1e-12 * Math.max(1, Math.abs(v)) }).toEqual({ k, close: true });
        else expect({ k, v: got }).toEqual({ k, v });
      }
  });
});
