import { BUDGET_COLUMNS } from "../../../src/engine/workbook/budgetSheetLayout";
import { columnName } from "../../../src/engine/workbook/excelAddress";
import { PATHS } from "../../../src/engine/budget/paths";
import { CHECKS } from "../../../src/engine/checks/checkDefinitions";
import { runMonteCarlo } from "../../../src/engine/risk/monteCarlo";
import { RISK_DRIVERS } from "../../../src/engine/risk/riskDrivers";
import { CHECK_COLUMNS } from "../../../src/engine/workbook/buildChecksSheet";
import { riskNames } from "../../../src/engine/workbook/buildRiskSheet";
import { buildWorkbookPlan } from "../../../src/engine/workbook/buildWorkbookPlan";
import type { CellPlan, WorkbookPlan } from "../../../src/engine/workbook/WorkbookPlan";

const sheet = (plan: WorkbookPlan, key: string) => plan.sheets.find((s) => s.key === key)!;
const rowsOf = (plan: WorkbookPlan, key: string): readonly (readonly CellPlan[])[] => sheet(plan, key).blocks[0].cells;
const textRow = (rows: readonly (readonly CellPlan[])[], start: string) => rows.find((r) => typeof r[0].value === "string" && (r[0].value as string).startsWith(start));

describe("Risk sheet plan", () => {
  const drivers = { salaries: { low: 0.9, high: 1.3, distribution: "triangular" as const } };
  const mc = runMonteCarlo({}, { trials: 500, seed: 7, drivers });
  const plan = buildWorkbookPlan({}, { monteCarlo: mc, computedOn: "2026-11-20", drivers });
  const rows = rowsOf(plan, "risk");

  test("the drivers table: one row per driver, low / most likely / high and distribution editable (input cells)", () => {
    for (const d of RISK_DRIVERS) {
      const r = rows.find((x) => x[0].value === d.id)!;
      expect(r).toBeDefined();
      expect(r.slice(4, 8).map((c) => c.style)).toEqual(["input", "input", "input", "input"]);
      expect(typeof r[8].value === "string" && (r[8].value as string).length > 10).toBe(true);
    }
    const s = rows.find((x) => x[0].value === "salaries")!;
    expect(s.slice(4, 8).map((c) => c.value)).toEqual([0.9, 1, 1.3, "triangular"]);
    expect(sheet(plan, "risk").validations.map((v) => v.rule.type).sort()).toEqual(["decimal", "list"]);
  });
  test("the analytic approximation is live formulas: NORMSINV, SUMPRODUCT over the budget sheets' line totals", () => {
    const formulas = rows.flat().flatMap((c) => (c.formula ? [c.formula] : []));
    // The P-levels are labelled cells beside their rows, not constants in the formulas.
    for (const [label, level] of [["Analytic P80", 0.8], ["Analytic P90", 0.9]] as const) {
      const r = textRow(rows, label)!;
      expect(r[4]).toMatchObject({ value: level, style: "note" });
      expect(r.slice(1, 4).every((c) => /NORMSINV\(\$E\$\d+\)/.test(c.formula ?? ""))).toBe(true);
    }
    expect(textRow(rows, "Risk-based contingency: max")![4].formula).toBe("=Input_contingencyConfidence");
    const total = columnName(BUDGET_COLUMNS.total);
    expect(formulas.filter((f) => new RegExp(`^=SUMPRODUCT\\('SelfBuild'!\\$${total}\\$\\d+:\\$${total}\\$\\d+,`).test(f))).toHaveLength(RISK_DRIVERS.length);
    expect(formulas.some((f) => /IF\(\$H\$\d+="triangular"/.test(f))).toBe(true);
    const names = plan.names.map((n) => n.name);
    for (const p of PATHS) for (const n of Object.values(riskNames(p.id))) expect(names).toContain(n);
  });
  test("the Monte Carlo figures are values, labelled with date, seed and trials; a given result is used as is", () => {
    const note = textRow(rows, "Monte Carlo (values, not live)")!;
    expect(note[0].value).toMatch(/on 2026-11-20, seed 7, 500 trials/);
    const p80 = textRow(rows, "Monte Carlo P80")!;
    expect(p80.slice(1, 4).map((c) => c.value)).toEqual(PATHS.map((p) => mc.paths[p.id].tco.p80));
    expect(p80.slice(1, 4).every((c) => c.formula === undefined)).toBe(true);
  });
  test("a Monte Carlo result computed with other drivers is refused", () => {
    expect(() => buildWorkbookPlan({}, { monteCarlo: mc })).toThrow(/same risk drivers/);
  });
  test("without Monte Carlo the sheet says so", () => {
    const none = rowsOf(buildWorkbookPlan({}, { monteCarlo: false }), "risk");
    expect(textRow(none, "Monte Carlo: not computed")).toBeDefined();
    expect(textRow(none, "Monte Carlo P80")!.slice(1, 4).map((c) => c.value)).toEqual(["–", "–", "–"]);
  });
  test("computed in the plan by default: 10,000 trials, seed 1, today's date", () => {
    const p = buildWorkbookPlan({ headcount: 800 });
    const note = textRow(rowsOf(p, "risk"), "Monte Carlo (values, not live)")!;
    expect(note[0].value).toMatch(new RegExp(`on ${new Date().toISOString().slice(0, 10)}, seed 1, 10,000 trials`));
  });
  test("a tornado per path with a bar chart of the sorted swings", () => {
    const charts = sheet(plan, "risk").charts;
    expect(charts.map((c) => c.type)).toEqual(["barClustered", "barClustered", "barClustered"]);
    for (const c of charts) expect(c.dataRange).toMatch(/^A\d+:[A-Z]+\d+$/);
  });
  test("Chinese labels", () => {
    const zh = rowsOf(buildWorkbookPlan({}, { language: "zh-CN", monteCarlo: false }), "risk");
    expect(zh[0][0].value).toBe("风险与预备费");
    expect(textRow(zh, "蒙特卡洛：本工作簿未计算")).toBeDefined();
  });
});

describe("Checks sheet plan", () => {
  const plan = buildWorkbookPlan({}, { monteCarlo: false });
  const rows = rowsOf(plan, "checks");
  test("one live formula per check, in the engine's order; Check_All counts failing integrity rows, Warning_Count failing warnings", () => {
    const ids = rows.map((r) => r[CHECK_COLUMNS.id].value);
    const first = ids.indexOf(CHECKS[0].id);
    expect(ids.slice(first, first + CHECKS.length)).toEqual(CHECKS.map((c) => c.id));
    for (let i = 0; i < CHECKS.length; i++) expect(rows[first + i][CHECK_COLUMNS.passes].formula).toMatch(/^=/);
    const all = plan.names.find((n) => n.name === "Check_All")!;
    expect(all.address).toBe(`$B$${first + CHECKS.length + 1}`);
    const span = (col: string) => `${col}${first + 1}:${col}${first + CHECKS.length}`;
    expect(rows[first + CHECKS.length][1].formula).toBe(`=COUNTIFS(${span("E")},"integrity",${span("B")},FALSE)=0`);
    expect(plan.names.find((n) => n.name === "Warning_Count")!.address).toBe(`$B$${first + CHECKS.length + 2}`);
    expect(rows[first + CHECKS.length + 1][1].formula).toBe(`=COUNTIFS(${span("E")},"warning",${span("B")},FALSE)`);
    // Each row's severity is the engine's.
    CHECKS.forEach((c, i) => expect(rows[first + i][CHECK_COLUMNS.severity].value).toBe(c.severity));
  });
  test("the contingency check reads the Risk sheet's risk basis; lure checks read the year-watch helper rows", () => {
    const formula = (id: string) => rows.find((r) => r[CHECK_COLUMNS.id].value === id)![CHECK_COLUMNS.passes].formula!;
    expect(formula("contingencyBand")).toMatch(/Risk_Contingency_SelfBuild/);
    expect(formula("lureImPaasStep")).toMatch(/^=IFERROR\(\$[A-Z]+\$\d+=0,FALSE\)$/);
    expect(formula("ratesCurrent")).toMatch(/LEFT\('RateCard'!\$M\$3:\$M\$\d+,7\)<"2024-11"/);
  });
});
