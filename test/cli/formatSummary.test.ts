import { formatSummaryTable, summaryJson } from "../../src/cli/formatSummary";
import { computeBudget } from "../../src/engine/budget/computeBudget";
import { CATEGORY_IDS } from "../../src/engine/budget/categories";
import { PATH_IDS } from "../../src/engine/budget/paths";

test("summaryJson: every figure from computeBudget, to the cent, in the documented shape", () => {
  const budget = computeBudget({ horizonYears: 3, currency: "USD" });
  const s = summaryJson(budget);
  expect(s.currency).toBe("USD");
  expect(s.horizonYears).toBe(3);
  expect(Object.keys(s.paths)).toEqual([...PATH_IDS]);
  for (const p of PATH_IDS) {
    const e = budget.paths[p];
    const j = s.paths[p];
    expect(j.years).toHaveLength(4);
    j.years.forEach((v, t) => expect(Math.abs(v - e.years[t].toNumber())).toBeLessThanOrEqual(0.005));
    expect(Math.abs(j.tco - e.tco.toNumber())).toBeLessThanOrEqual(0.005);
    expect(Math.abs(j.npv - e.npv.toNumber())).toBeLessThanOrEqual(0.005);
    expect(Math.abs(j.costPerUserMonth - e.costPerUserMonth.toNumber())).toBeLessThanOrEqual(0.005);
    expect(Object.keys(j.categories)).toEqual([...CATEGORY_IDS]);
    for (const c of CATEGORY_IDS) j.categories[c].forEach((v, t) => expect(Math.abs(v - e.categories[c][t].toNumber())).toBeLessThanOrEqual(0.005));
    // categories + contingency add up to the yearly totals (to rounding)
    j.years.forEach((y, t) => expect(Math.abs(CATEGORY_IDS.reduce((a, c) => a + j.categories[c][t], 0) + j.contingency[t] - y)).toBeLessThan(0.05));
    for (const v of [...j.years, j.tco, j.npv, j.costPerUserMonth]) expect(Math.round(v * 100) / 100).toBe(v);
  }
});

test("the table shows each path with Y1, TCO, NPV and cost per user per month, thousands separators and currency", () => {
  const budget = computeBudget({});
  const text = formatSummaryTable(budget);
  expect(text).toMatch(/5-year horizon, amounts in CNY/);
  expect(text).toMatch(/TCO \(CNY\)/);
  for (const label of ["Self-build", "Commercial", "Hybrid"]) expect(text).toMatch(new RegExp(`^${label}\\s`, "m"));
  const tco = Math.round(budget.paths.selfBuild.tco.toNumber()).toLocaleString("en-US");
  expect(text).toContain(tco);
  expect(text).toMatch(/\d{1,3}(,\d{3})+/);
  const zh = formatSummaryTable(budget, "zh-CN");
  expect(zh).toMatch(/总拥有成本/);
  expect(zh).toMatch(/^自建\s/m);
});
