import { formatSummaryTable, summaryJson } from "../../src/cli/formatSummary";
import { computeBudget } from "../../src/engine/budget/computeBudget";
import { CATEGORY_IDS } from "../../src/engine/budget/categories";
import { PATH_IDS, PATHS } from "../../src/engine/budget/paths";
import { TRAPS } from "../../src/engine/checks/checkDefinitions";
import { computeChecks } from "../../src/engine/checks/computeChecks";
import { runMonteCarlo } from "../../src/engine/risk/monteCarlo";

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

describe("risk and checks", () => {
  const raw = { headcount: 3000, horizonYears: 3 };
  const budget = computeBudget(raw);
  const mc = runMonteCarlo(raw, { seed: 7, trials: 1000 });
  const checks = computeChecks(raw);

  test("summaryJson: risk per path from runMonteCarlo to the cent, P50 ≤ P80 ≤ P90, contingency = P80 − base", () => {
    const s = summaryJson(budget, { monteCarlo: mc, checks });
    expect(s.monteCarlo).toEqual({ seed: 7, trials: 1000 });
    expect(Object.keys(s.risk!)).toEqual([...PATH_IDS]);
    for (const p of PATH_IDS) {
      const r = s.risk![p];
      const e = mc.paths[p];
      expect(Object.keys(r)).toEqual(expect.arrayContaining(["p50", "p80", "p90", "contingency", "flatContingency"]));
      expect(r.p50).toBeLessThanOrEqual(r.p80);
      expect(r.p80).toBeLessThanOrEqual(r.p90);
      for (const [got, want] of [
        [r.p50, e.tco.p50],
        [r.p80, e.tco.p80],
        [r.p90, e.tco.p90],
        [r.contingency, e.riskContingency],
        [r.flatContingency, e.flatContingency],
        [r.base, e.base],
      ]) {
        expect(Math.abs(got - want)).toBeLessThanOrEqual(0.005);
        expect(Math.round(got * 100) / 100).toBe(got);
      }
      expect(Math.abs(r.contingency - (r.p80 - r.base))).toBeLessThanOrEqual(0.011);
      // The flat contingency is the budget's: the sum of the summary's contingency rows.
      expect(Math.abs(r.flatContingency - s.paths[p].contingency.reduce((a, b) => a + b, 0))).toBeLessThan(0.05);
      expect(r.flatConfidence).toBe(e.flatConfidence);
    }
  });

  test("summaryJson: checks in the engine's order with id, ok and message, ending with Check_All", () => {
    const s = summaryJson(budget, { checks });
    expect(s.risk).toBeUndefined();
    expect(s.checks!.map((c) => [c.id, c.ok, c.message])).toEqual(checks.map((c) => [c.id, c.ok, c.message]));
    expect(s.checks!.at(-1)).toMatchObject({ id: "all", ok: checks.slice(0, -1).every((c) => c.ok) });
    // The traps come first, the model's own integrity checks after them.
    const traps = s.checks!.map((c) => c.trap);
    expect(traps.lastIndexOf("elasticity")).toBeLessThan(traps.indexOf("integrity"));
    expect(Object.keys(summaryJson(budget))).toEqual(["currency", "horizonYears", "paths"]);
  });

  test("the table gains P80, risk-based and flat contingency per path, a ✔/✘ list with the traps first, and Check_All", () => {
    const text = formatSummaryTable(budget, "en-US", { monteCarlo: mc, checks });
    expect(text).toMatch(/Monte Carlo, 1,000 trials, seed 7/);
    expect(text).toMatch(/P80 TCO \(CNY\)\s+Risk-based contingency \(CNY\)\s+Flat contingency \(CNY\)/);
    for (const p of PATHS) {
      const r = mc.paths[p.id];
      const row = text.split("\n").find((l) => l.startsWith(p.label.en) && l.includes("%"))!;
      const f = (x: number) => Math.round(x).toLocaleString("en-US");
      expect(row).toContain(f(r.tco.p80));
      expect(row).toContain(f(r.riskContingency));
      expect(row).toContain(f(r.flatContingency));
    }
    const lines = text.split("\n");
    const marks = lines.filter((l) => /^\s+[✔✘] /.test(l));
    expect(marks).toHaveLength(checks.length - 1);
    for (const c of checks.slice(0, -1)) expect(lines).toContain(`    ${c.ok ? "✔" : "✘"} ${c.label} — ${c.message}`);
    const trapHeading = lines.indexOf(`  ${TRAPS.threshold.en}`);
    const integrityHeading = lines.indexOf(`  ${TRAPS.integrity.en}`);
    expect(trapHeading).toBeGreaterThan(0);
    expect(integrityHeading).toBeGreaterThan(lines.indexOf(`  ${TRAPS.elasticity.en}`));
    const all = checks.at(-1)!;
    expect(text).toContain(`Check_All: ${all.ok ? "TRUE" : "FALSE"} (${all.message})`);
    // Without the extras the table is as before.
    expect(formatSummaryTable(budget)).not.toMatch(/P80|Check_All/);
  });

  test("Chinese labels, and TRUE when every check passes", () => {
    const zhChecks = computeChecks(raw, { language: "zh-CN" });
    const zh = formatSummaryTable(budget, "zh-CN", { monteCarlo: mc, checks: zhChecks });
    expect(zh).toMatch(/蒙特卡洛 1,000 次试验，种子 7/);
    expect(zh).toMatch(/基于风险的预备费/);
    expect(zh).toMatch(/固定比例预备费/);
    expect(zh).toContain(`  ${TRAPS.threshold.zh}`);
    const passing = checks.filter((c) => c.id !== "all").map((c) => ({ ...c, ok: true }));
    expect(formatSummaryTable(budget, "en-US", { checks: passing })).toMatch(/^Check_All: TRUE$/m);
    expect(formatSummaryTable(budget, "en-US", { checks: [...passing, { ...checks[0], ok: false }] })).toMatch(/^Check_All: FALSE$/m);
  });
});
