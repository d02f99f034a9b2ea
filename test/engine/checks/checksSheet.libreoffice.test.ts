/**
 * The workbook's Checks and Risk sheets, recalculated by LibreOffice (headless), show the same verdicts and
 * figures as the engine: every check of every case in checkCases.ts, the year and jump of price steps,
 * Check_All, the risk names, and the workbook-only integrity checks after hand edits.
 */
import type ExcelJS from "exceljs";
import { PATHS, PATH_IDS } from "../../../src/engine/budget/paths";
import { CHECKS } from "../../../src/engine/checks/checkDefinitions";
import { computeChecks, warningCount, type CheckResult } from "../../../src/engine/checks/computeChecks";
import { analyticRisk, sensitivity } from "../../../src/engine/risk/sensitivity";
import { BUDGET_COLUMNS, budgetSheetLayout } from "../../../src/engine/workbook/budgetSheetLayout";
import { RATE_COLUMNS } from "../../../src/engine/workbook/buildRateCardSheet";
import { CHECK_COLUMNS } from "../../../src/engine/workbook/buildChecksSheet";
import { riskNames } from "../../../src/engine/workbook/buildRiskSheet";
import { buildWorkbookPlan } from "../../../src/engine/workbook/buildWorkbookPlan";
import { a1 } from "../../../src/engine/workbook/excelAddress";
import type { WorkbookPlan } from "../../../src/engine/workbook/WorkbookPlan";
import { CHECK_CASES, CLEAN, type CheckCase } from "./checkCases";
import { recalculatePlans, requireSoffice, type PlanRecalc } from "../../support/libreOffice";

const soffice = requireSoffice("Checks and Risk sheets in LibreOffice");
const run = soffice ? describe : describe.skip;
jest.setTimeout(600000);

interface Case {
  readonly name: string;
  readonly plan: WorkbookPlan;
  readonly engine: CheckResult[];
  readonly raw: Record<string, unknown>;
  readonly options: { rateOverrides?: CheckCase["rateOverrides"]; drivers?: CheckCase["drivers"] };
}

const checkRow = (plan: WorkbookPlan, id: string): number => {
  const rows = plan.sheets.find((s) => s.key === "checks")!.blocks[0].cells;
  const i = rows.findIndex((r) => r[CHECK_COLUMNS.id].value === id);
  if (i < 0) throw new Error(`no check row ${id}`);
  return i;
};
const verdict = (r: PlanRecalc, plan: WorkbookPlan, id: string) => r.bool("checks", a1(checkRow(plan, id), CHECK_COLUMNS.passes));

const EDITED = "hand-edited workbook: invalid input, blank source, negative list value, negative line, broken subtotal, broken net book value";
const DRIVER_EDIT = "Risk sheet edited: salaries high 1.25 → 1.5";
const DIV0 = "RateCard edited: VMs per physical server 0 (a calculation divides by it)";

run("LibreOffice recalculation of the Checks and Risk sheets", () => {
  const cases: Case[] = CHECK_CASES.map((c, i) => {
    const options = { rateOverrides: c.rateOverrides, drivers: c.drivers };
    return { name: c.name, raw: c.raw, options, engine: computeChecks(c.raw, options), plan: buildWorkbookPlan(c.raw, { ...options, language: i % 2 ? "zh-CN" : "en-US", monteCarlo: i === 0 ? { trials: 2000 } : false, computedOn: "2026-11-20" }) };
  });
  cases.push({ name: EDITED, raw: {}, options: { rateOverrides: CLEAN }, engine: computeChecks({}, { rateOverrides: CLEAN }), plan: buildWorkbookPlan({}, { rateOverrides: CLEAN, monteCarlo: false }) });
  cases.push({ name: DRIVER_EDIT, raw: {}, options: {}, engine: computeChecks({}), plan: buildWorkbookPlan({}, { monteCarlo: false }) });
  cases.push({ name: DIV0, raw: {}, options: {}, engine: computeChecks({}), plan: buildWorkbookPlan({}, { monteCarlo: false }) });
  let results: PlanRecalc[] = [];

  beforeAll(async () => {
    results = await recalculatePlans(
      cases.map((c) => c.plan),
      { soffice: soffice!, edit: (i, wb: ExcelJS.Workbook, plan) => {
        const ws = (key: string) => wb.getWorksheet(plan.sheets.find((s) => s.key === key)!.name)!;
        if (cases[i].name === EDITED) {
          const L = budgetSheetLayout();
          ws("inputs").getCell(plan.inputCells.eventHours.address.replace(/\$/g, "")).value = 30; // allowed 0–24
          const list = plan.rateCells.sms_intl.list.replace(/\$/g, "");
          ws("rateCard").getCell(list).value = -1; // unused in a China deployment
          const row = Number(list.replace(/^[A-Z]+/, ""));
          ws("rateCard").getCell(row, RATE_COLUMNS.source + 1).value = null;
          ws("selfBuild").getCell(L.lineRow.training + 1, BUDGET_COLUMNS.firstMonth + 30 + 1).value = -100;
          ws("commercial").getCell(L.subtotalRow.operations + 1, BUDGET_COLUMNS.total + 1).value = 1;
          ws("hybrid").getCell(L.netBookValueClassRow.servers + 1, BUDGET_COLUMNS.firstFiscal + 2).value = 5; // a closing balance that no longer reconciles
        }
        if (cases[i].name === DIV0) ws("rateCard").getCell(plan.rateCells.vm_units_per_server.list.replace(/\$/g, "")).value = 0;
        if (cases[i].name === DRIVER_EDIT) {
          const rows = plan.sheets.find((s) => s.key === "risk")!.blocks[0].cells;
          const r = rows.findIndex((x) => x[0].value === "salaries");
          ws("risk").getCell(r + 1, 7).value = 1.5; // column G: high
        }
      } },
    );
  });

  test("no cell in any sheet of any case is an error (but the one edited to divide by zero)", () => {
    cases.forEach((c, i) => c.name !== DIV0 && expect({ case: c.name, errors: results[i].errors() }).toEqual({ case: c.name, errors: [] }));
  });

  test("a calculation cell that divides by zero turns noErrors and Check_All FALSE", () => {
    const i = cases.findIndex((c) => c.name === DIV0);
    expect(results[i].errors().length).toBeGreaterThan(0);
    expect(verdict(results[i], cases[i].plan, "noErrors")).toBe(false);
    expect(results[i].boolName("Check_All")).toBe(false);
  });

  test.each(CHECK_CASES.map((c, i) => [c.name, i]))("%s: every verdict, Check_All and Warning_Count as the engine", (_name, i) => {
    const { plan, engine } = cases[i];
    const r = results[i];
    for (const e of engine) {
      const sheet = e.id === "all" ? r.boolName("Check_All") : verdict(r, plan, e.id);
      expect({ check: e.id, passes: sheet }).toEqual({ check: e.id, passes: e.ok });
    }
    expect(r.numName("Warning_Count")).toBe(warningCount(engine));
  });

  test("price steps: the sheet's year and jump are the engine's", () => {
    let compared = 0;
    cases.slice(0, CHECK_CASES.length).forEach((c, i) => {
      for (const e of c.engine) {
        const def = CHECKS.find((d) => d.id === e.id);
        if (!def?.watch) continue;
        const row = checkRow(c.plan, e.id);
        const year = results[i].cell("checks", a1(row, CHECK_COLUMNS.year));
        if (e.year === undefined) {
          expect([undefined, null, ""]).toContain(year);
          continue;
        }
        expect(year).toBe(e.year);
        if (e.jump !== undefined) expect(results[i].num("checks", a1(row, CHECK_COLUMNS.jump))).toBeCloseTo(e.jump, 4);
        compared++;
      }
    });
    expect(compared).toBeGreaterThanOrEqual(6);
  });

  test("hand edits trip the workbook-only integrity checks, and only those", () => {
    const i = cases.findIndex((c) => c.name === EDITED);
    const { plan, engine } = cases[i];
    // The edited input and list value also make the Risk sheet's run stale: one more warning.
    const flipped = ["inputsValid", "ratesSourced", "ratesNonNegative", "nonNegative_selfBuild", "sum_commercial", "reconciles_hybrid", "riskRunCurrent"];
    for (const e of engine) {
      if (e.id === "all") continue;
      expect({ check: e.id, passes: verdict(results[i], plan, e.id) }).toEqual({ check: e.id, passes: flipped.includes(e.id) ? false : e.ok });
    }
    expect(results[i].boolName("Check_All")).toBe(false);
    // The edits broke integrity, not the findings: the warnings are the engine's, plus the stale run.
    expect(results[i].numName("Warning_Count")).toBe(warningCount(engine) + 1);
  });

  test("Risk sheet: base, flat and risk-based contingency and P80 are the engine's analytic figures", () => {
    const pick = ["defaults: renewal uplift, stale and estimated prices", "chat PaaS free tier ends in Y3", "contingency 10% with a risk basis (drivers fixed)", "on-premise servers kept 8 years over 8 years"];
    for (const name of pick) {
      const i = cases.findIndex((c) => c.name === name);
      const a = analyticRisk(cases[i].raw, cases[i].options);
      for (const p of PATHS) {
        const n = riskNames(p.id);
        const close = (name: string, e: number) => expect(Math.abs(results[i].numName(name) - e)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(e)));
        close(n.base, a[p.id].base);
        close(n.flat, a[p.id].flatContingency);
        close(n.p80, a[p.id].p80);
        close(n.contingency, a[p.id].riskContingency);
      }
    }
  });

  test("Risk sheet is live: editing a driver's high value moves P80 as the engine does", () => {
    const i = cases.findIndex((c) => c.name === DRIVER_EDIT);
    const a = analyticRisk({}, { drivers: { salaries: { high: 1.5 } } });
    for (const p of PATHS) expect(Math.abs(results[i].numName(riskNames(p.id).p80) / a[p.id].p80 - 1)).toBeLessThan(1e-6);
  });

  test("Risk sheet tornado: the drivers in the engine's sensitivity order, the Monte Carlo values written as values", () => {
    const s = sensitivity({});
    const plan = cases[0].plan;
    const rows = plan.sheets.find((x) => x.key === "risk")!.blocks[0].cells;
    PATH_IDS.forEach((p, pi) => {
      const header = rows.findIndex((r, k) => k > 0 && r[0].value === "rank" && rows.slice(0, k).filter((x) => x[0].value === "rank").length === pi);
      const order = s[p].filter((e) => e.swing > 0).map((e) => e.label.en);
      const sheetOrder = order.map((_, k) => results[0].cell("risk", a1(header + 1 + k, 1)));
      expect(sheetOrder).toEqual(order);
    });
    const note = rows.find((r) => typeof r[0].value === "string" && r[0].value.startsWith("Monte Carlo (values, not live)"))!;
    expect(note[0].value).toMatch(/on 2026-11-20, seed 1, 2,000 trials/);
  });
});
