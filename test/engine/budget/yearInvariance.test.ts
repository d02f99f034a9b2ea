import { parseRequirements } from "../../../src/engine/requirements/validateRequirements";
import { applyRateOverrides } from "../../../src/engine/rateCard/rateCard";
import { inputValues, rateValues, sizeByYear, yearContext } from "../../../src/engine/budget/modelValues";
import { lineAmountVaries, sizingRowVaries } from "../../../src/engine/budget/yearInvariance";
import { evaluateNumber } from "../../../src/engine/expression/evaluateExpr";
import { SIZING_ROWS } from "../../../src/engine/sizing/sizingRows";
import { COST_LINES } from "../../../src/engine/lines/costLines";
import { PATH_IDS } from "../../../src/engine/budget/paths";
import type { Decimal } from "../../../src/engine/decimal";

/** Growth, escalation and every path branch on, so that anything that can vary by year does. */
const SCENARIOS = [
  { horizonYears: 10, userGrowthRate: 0.3, inflationRate: 0.04, salaryGrowthRate: 0.07, priceEscalationRate: 0.03 },
  { horizonYears: 10, userGrowthRate: 0.4, headcount: 90000, commercialModel: "private", hosting: "onPremise", regions: 3, recording: true },
];

function fullSizing(years: number, raw: Record<string, unknown>) {
  const req = parseRequirements(raw);
  const inputs = inputValues(req);
  const rates = rateValues(req, applyRateOverrides());
  const sizing: Map<string, Decimal>[] = [];
  for (let t = 1; t <= years; t++) {
    const values = new Map<string, Decimal>();
    sizing.push(values);
    const ctx = yearContext(t, inputs, rates, sizing, "a sizing row");
    for (const row of SIZING_ROWS) values.set(row.key, evaluateNumber(row.expr, ctx));
  }
  return { inputs, rates, sizing };
}

test("users, salaries and the price indices vary by year; a unit capacity does not", () => {
  for (const k of ["users", "indexSalary", "indexPrice"]) expect(sizingRowVaries(k)).toBe(true);
  expect(sizingRowVaries("unitYearCost")).toBe(false);
  expect(lineAmountVaries("selfBuild").some((v) => v)).toBe(true);
  expect(lineAmountVaries("selfBuild").some((v) => !v)).toBe(true);
});

test.each(SCENARIOS)("shared sizing rows equal a year-by-year evaluation of every row (%o)", (raw) => {
  const { inputs, rates, sizing } = fullSizing(10, raw);
  const shared = sizeByYear(10, inputs, rates);
  for (let t = 0; t < 10; t++) for (const row of SIZING_ROWS) expect(shared[t].get(row.key)!.toString()).toBe(sizing[t].get(row.key)!.toString());
});

test.each(SCENARIOS)("a line amount marked year-invariant has its first year's value in every year (%o)", (raw) => {
  const { inputs, rates, sizing } = fullSizing(10, raw);
  for (const path of PATH_IDS) {
    const varies = lineAmountVaries(path);
    const values: Decimal[][] = [];
    for (let t = 1; t <= 10; t++) {
      const ctx = { ...yearContext(t, inputs, rates, sizing, "a line"), line: (id: string) => values[t - 1][COST_LINES.findIndex((l) => l.id === id)] };
      values.push([]);
      COST_LINES.forEach((l, li) => values[t - 1].push(l.amount[path] ? evaluateNumber(l.amount[path]!, ctx) : (undefined as unknown as Decimal)));
    }
    COST_LINES.forEach((l, li) => {
      if (varies[li] || !l.amount[path]) return;
      for (let t = 1; t < 10; t++) expect(`${l.id} ${values[t][li].toString()}`).toBe(`${l.id} ${values[0][li].toString()}`);
    });
  }
});
