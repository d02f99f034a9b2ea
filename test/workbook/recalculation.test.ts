/**
 * The generated workbook, recalculated by a real spreadsheet program (headless LibreOffice), must agree with
 * the engine: Total_TCO_<Path> and Total_NPV_<Path> (and cost per user per month) to within 0.01, also after
 * inputs are typed into the file's Input_* cells; every check on the Checks sheet, and Check_All, must
 * give what computeChecks gives (on the defaults three trap/evidence checks fail by design, so Check_All
 * is FALSE there; the harness test shows a TRUE Check_All).
 * Skipped with a warning when soffice is missing (fails instead when CI is set).
 */
import { computeBudget } from "../../src/engine/budget/computeBudget";
import { computeChecks } from "../../src/engine/checks/computeChecks";
import { PATHS } from "../../src/engine/budget/paths";
import { buildWorkbookPlan } from "../../src/engine/workbook/buildWorkbookPlan";
import type { WorkbookPlan } from "../../src/engine/workbook/WorkbookPlan";
import { toFileFormula, writeXlsx } from "../../src/workbook/xlsxWriter";
import { recalculate, setNamedValues, sofficeOrSkip, type RecalcResult } from "../support/libreOffice";
import { syntheticPlan } from "./syntheticPlan";

const soffice = sofficeOrSkip();
const maybe = soffice ? describe : describe.skip;
jest.setTimeout(120_000);

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

/**
 * Totals, NPV and cost per user per month of every path within 0.01 of computeBudget; every check on the
 * Checks sheet (and Check_All) equal to computeChecks; no error values anywhere.
 */
function expectMatchesEngine(result: RecalcResult, raw: Record<string, unknown>, plan: WorkbookPlan): void {
  const budget = computeBudget(raw);
  const rows = PATHS.map((p) => {
    const engine = budget.paths[p.id];
    return {
      path: p.excelName,
      tco: result.byName(`Total_TCO_${p.excelName}`),
      npv: result.byName(`Total_NPV_${p.excelName}`),
      costPerUser: result.byName(`CostPerUserMonth_${p.excelName}`),
      engineTco: engine.tco.toNumber(),
      engineNpv: engine.npv.toNumber(),
      engineCostPerUser: engine.costPerUserMonth.toNumber(),
    };
  });
  for (const r of rows) {
    expect({ path: r.path, tco: typeof r.tco, npv: typeof r.npv }).toEqual({ path: r.path, tco: "number", npv: "number" });
    expect({ path: r.path, tcoDiff: Math.abs((r.tco as number) - r.engineTco) < 0.01 }).toEqual({ path: r.path, tcoDiff: true });
    expect({ path: r.path, npvDiff: Math.abs((r.npv as number) - r.engineNpv) < 0.01 }).toEqual({ path: r.path, npvDiff: true });
    expect({ path: r.path, cpuDiff: Math.abs((r.costPerUser as number) - r.engineCostPerUser) < 0.01 }).toEqual({ path: r.path, cpuDiff: true });
  }
  expect(result.errors()).toEqual([]);
  const engineChecks = new Map(computeChecks(raw).map((c) => [c.id, c.ok]));
  const cells = checkCells(plan);
  expect(cells.map((c) => c.id).sort()).toEqual([...engineChecks.keys()].sort());
  for (const c of cells) expect({ check: c.id, workbook: result.at(c.sheet, c.address) }).toEqual({ check: c.id, workbook: engineChecks.get(c.id) });
  expect(result.byName("Check_All")).toBe(engineChecks.get("all"));
}

maybe("recalculation in LibreOffice", () => {
  test("harness: a tiny synthetic plan with a formula and names", async () => {
    const plan = syntheticPlan({ lines: 2, years: 1, headcount: 2000 });
    const result = await recalculate(await writeXlsx(plan), { soffice: soffice! });
    // line i, year t: (100+i)*(1-0.1) * 2000/1000 * (1.08)^t; total = Σ lines Σ years
    let expected = 0;
    for (let i = 0; i < 2; i++) for (let t = 0; t <= 1; t++) expected += (100 + i) * 0.9 * 2 * (t === 0 ? 1 : 1.08 ** t);
    expect(result.byName("Total_TCO_SelfBuild")).toBeCloseTo(expected, 9);
    expect(result.byName("Rate_rate1")).toBeCloseTo(101 * 0.9, 12);
    expect(result.byName("Check_All")).toBe(true);
    expect(result.at("Inputs", "C2")).toBe("=1+1"); // text stays text in the file too
    expect(result.at("Inputs", "C3")).toBe("@foo");
    expect(result.at("Inputs", "B6")).toBe("2025-06-30");
    expect(result.sheets).toEqual(["Inputs", "RateCard", "SelfBuild", "Compare", "Checks"]);
  });

  test("harness: zero and FALSE results are read (not dropped), _xlfn functions compute", async () => {
    const plan: WorkbookPlan = {
      ...syntheticPlan(),
      sheets: [
        {
          key: "risk",
          name: "风险 & x's",
          blocks: [{ row: 0, column: 0, cells: [[{ formula: "=0" }, { formula: "=1>2" }, { formula: "=NORM.S.INV(0.8)" }, { formula: '=IF(1,"NORM.S.INV(",0)' }, { formula: "=IFERROR(1/0,-1)" }]] }],
          columnWidths: [],
          validations: [],
          conditionalFormats: [],
          charts: [],
          protect: false,
          print: { landscape: false, fitToWidth: false },
        },
      ],
      names: [{ name: "Zero", sheet: "risk", address: "$A$1" }],
      inputCells: {},
      rateCells: {},
    };
    expect(toFileFormula('=IF(1,"NORM.S.INV(",0)')).toBe('IF(1,"NORM.S.INV(",0)');
    const result = await recalculate(await writeXlsx(plan), { soffice: soffice! });
    expect(result.byName("Zero")).toBe(0);
    expect(result.at("风险 & x's", "B1")).toBe(false);
    expect(result.at("风险 & x's", "C1")).toBeCloseTo(0.8416212335729143, 12);
    expect(result.at("风险 & x's", "D1")).toBe("NORM.S.INV(");
    expect(result.at("风险 & x's", "E1")).toBe(-1);
  });

  test("the default workbook matches computeBudget for all three paths, and the checks match computeChecks", async () => {
    const plan = buildWorkbookPlan({});
    const result = await recalculate(await writeXlsx(plan), { soffice: soffice! });
    expectMatchesEngine(result, {}, plan);
  });

  test("the Chinese workbook (Chinese sheet names) matches too", async () => {
    const plan = buildWorkbookPlan({}, { language: "zh-CN" });
    const result = await recalculate(await writeXlsx(plan), { soffice: soffice! });
    expectMatchesEngine(result, {}, plan);
  });

  test.each([
    { headcount: 20000, horizonYears: 3, videoResolution: "1080p", commercialModel: "private", hosting: "onPremise" },
    { horizonYears: 10, currency: "USD", deploymentRegion: "international", moderation: false, buildFteSelfBuild: 12, latencyTargetMs: 100, regions: 3, mlpsLevel: 3 },
    { horizonYears: 1, headcount: 1, userGrowthRate: -0.5, eventPeakAttendees: 0, integrations: 0, migrateHistory: false, discountRate: 0 },
  ])("inputs typed into the file's Input_* cells: %o", async (changed) => {
    const plan = buildWorkbookPlan({});
    const edited = await setNamedValues(await writeXlsx(plan), Object.fromEntries(Object.entries(changed).map(([k, v]) => [`Input_${k}`, v])));
    const result = await recalculate(edited, { soffice: soffice! });
    for (const [k, v] of Object.entries(changed)) expect({ k, v: result.byName(`Input_${k}`) }).toEqual({ k, v });
    expectMatchesEngine(result, changed, plan);
  });
});
