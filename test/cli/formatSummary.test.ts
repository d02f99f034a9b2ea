import { formatSummaryTable, summaryJson } from "../../src/cli/formatSummary";
import { computeBudget } from "../../src/engine/budget/computeBudget";
import { CATEGORY_IDS } from "../../src/engine/budget/categories";
import { PATH_IDS, PATHS } from "../../src/engine/budget/paths";
import { TRAPS } from "../../src/engine/checks/checkDefinitions";
import { computeChecks, warningCount } from "../../src/engine/checks/computeChecks";
import type { CheckResult } from "../../src/engine/checks/computeChecks";

const checkLine = (c: CheckResult): string => `${c.ok ? "✔" : "✘"} ${c.label} — ${c.message}`;
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
    // 36 months from 2027-01 in January fiscal years: three full columns.
    expect(j.years).toHaveLength(3);
    expect(j.fiscalYears).toEqual(["FY2027", "FY2028", "FY2029"]);
    expect(j.months).toHaveLength(36);
    const sumMonths = j.months.reduce((a, v) => a + v, 0);
    const sumYears = j.years.reduce((a, v) => a + v, 0);
    // Each figure is rounded to the cent on its own: 36 roundings stay within 0.18.
    expect(Math.abs(sumMonths - j.tco)).toBeLessThanOrEqual(0.18);
    expect(Math.abs(sumYears - j.tco)).toBeLessThanOrEqual(0.015);
    expect(j.serviceMonths).toBe(36 - e.goLive);
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

test("summaryJson: go-live months at the defaults, and an April fiscal year moves spend between columns only", () => {
  const jan = summaryJson(computeBudget({})).paths;
  const apr = summaryJson(computeBudget({ fiscalYearStartMonth: 4 })).paths;
  expect([jan.selfBuild.goLive, jan.commercial.goLive, jan.hybrid.goLive]).toEqual(["2028-01", "2027-03", "2027-07"]);
  expect([jan.selfBuild.serviceMonths, jan.commercial.serviceMonths, jan.hybrid.serviceMonths]).toEqual([48, 58, 54]);
  for (const p of PATH_IDS) {
    expect(apr[p].fiscalYears).toEqual(["FY2026/27", "FY2027/28", "FY2028/29", "FY2029/30", "FY2030/31", "FY2031/32"]);
    // The first column holds 2027-01 to 2027-03.
    expect(Math.abs(apr[p].cash[0] - (jan[p].months[0] + jan[p].months[1] + jan[p].months[2]))).toBeLessThanOrEqual(0.02);
    expect(apr[p].months).toEqual(jan[p].months);
    expect([apr[p].tco, apr[p].npv]).toEqual([jan[p].tco, jan[p].npv]);
  }
});

test("the table shows each path with its go-live, fiscal-year columns, TCO, NPV and cost per user-month in service", () => {
  const budget = computeBudget({});
  const text = formatSummaryTable(budget);
  expect(text).toMatch(/5 years from 2027-01, amounts in CNY, by fiscal year/);
  expect(text).toMatch(/^Path\s+Go-live\s+FY2027\s+FY2028\s+FY2029\s+FY2030\s+FY2031\s+TCO/m);
  expect(text).toMatch(/^Self-build\s+2028-01\s/m);
  expect(formatSummaryTable(computeBudget({ fiscalYearStartMonth: 7 }))).toMatch(/FY2026\/27 \(6m\)/);
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

  test("summaryJson: integrity checks (ending with Check_All) and warnings apart, each with id, ok and message", () => {
    const s = summaryJson(budget, { checks });
    expect(s.risk).toBeUndefined();
    const integrity = checks.filter((c) => c.severity === "integrity");
    const warnings = checks.filter((c) => c.severity === "warning");
    expect(integrity.length + warnings.length).toBe(checks.length);
    expect(s.checks!.map((c) => [c.id, c.ok, c.message])).toEqual(integrity.map((c) => [c.id, c.ok, c.message]));
    expect(s.warnings!.map((c) => [c.id, c.ok, c.message])).toEqual(warnings.map((c) => [c.id, c.ok, c.message]));
    // Check_All is the last integrity item and holds exactly when every other integrity check holds.
    expect(s.checks!.at(-1)).toMatchObject({ id: "all", ok: integrity.slice(0, -1).every((c) => c.ok) });
    expect(s.warnings!.map((c) => c.trap)).not.toContain("integrity");
    expect(s.warningCount).toBe(warnings.filter((c) => !c.ok).length);
    expect(s.warningCount).toBeGreaterThan(0); // 3,000 staff, 3 years: stale and estimated prices at least
    expect(Object.keys(summaryJson(budget))).toEqual(["currency", "horizonYears", "projectStart", "paths"]);
  });

  test("the table gains P80, risk-based and flat contingency per path, a ✔/✘ list with integrity first, then the warnings by trap, Check_All and Warning_Count", () => {
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
    // Integrity first, then the warnings by trap (the four traps, then evidence).
    const integrityHeading = lines.findIndex((l) => l.startsWith("Model integrity"));
    const warningHeading = lines.findIndex((l) => l.startsWith("Warnings for the budget owner"));
    const firstWarningCheck = lines.indexOf(`    ${checkLine(checks.find((c) => c.severity === "warning")!)}`);
    expect(0 < integrityHeading && integrityHeading < warningHeading && warningHeading < firstWarningCheck).toBe(true);
    expect(lines.indexOf(`  ${TRAPS.threshold.en}`)).toBeGreaterThan(warningHeading);
    expect(lines.indexOf(`  ${TRAPS.evidence.en}`)).toBeGreaterThan(lines.indexOf(`  ${TRAPS.elasticity.en}`));
    const all = checks.at(-1)!;
    expect(text).toContain(`Check_All: ${all.ok ? "TRUE" : "FALSE"} (${all.message})`);
    expect(text).toContain(`Warning_Count: ${warningCount(checks)}`);
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
    // Without the engine's Check_All item, the table works it out: only an integrity failure makes it FALSE.
    const passing = checks.filter((c) => c.id !== "all").map((c) => ({ ...c, ok: true }));
    expect(formatSummaryTable(budget, "en-US", { checks: passing })).toMatch(/^Check_All: TRUE$/m);
    const warning = passing.find((c) => c.severity === "warning")!;
    const integrity = passing.find((c) => c.severity === "integrity")!;
    expect(formatSummaryTable(budget, "en-US", { checks: [...passing, { ...warning, ok: false }] })).toMatch(/^Check_All: TRUE$/m);
    expect(formatSummaryTable(budget, "en-US", { checks: [...passing, { ...integrity, ok: false }] })).toMatch(/^Check_All: FALSE$/m);
  });
});

test("summaryJson: the four views per fiscal year; cash = capex + opex, and cash reconciles with P&L + net book value + prepaid", () => {
  const paths = summaryJson(computeBudget({ hosting: "onPremise", commercialModel: "private", capitaliseDevelopment: true })).paths;
  for (const p of PATH_IDS) {
    const s = paths[p];
    for (const view of [s.cash, s.pnl, s.capex, s.opex, s.depreciation, s.netBookValue, s.prepaid]) expect(view).toHaveLength(s.fiscalYears.length);
    let cash = 0;
    let pnl = 0;
    s.cash.forEach((c, k) => {
      expect(Math.abs(c - s.capex[k] - s.opex[k])).toBeLessThanOrEqual(0.02);
      cash += c;
      pnl += s.pnl[k];
      expect(Math.abs(cash - pnl - s.netBookValue[k] - s.prepaid[k])).toBeLessThanOrEqual(0.05);
    });
  }
  // Own development capitalised: self-build's first fiscal year is mostly capex.
  expect(paths.selfBuild.capex[0]).toBeGreaterThan(paths.selfBuild.opex[0]);
});

test("the table lists cash, P&L, capex and opex for each path and says NPV is pre-tax", () => {
  const text = formatSummaryTable(computeBudget({}));
  expect(text).toMatch(/NPV is pre-tax/);
  for (const label of ["Cash", "P&L", "Capex", "Opex"]) expect(text).toMatch(new RegExp(`  ${label.replace("&", "\\&")}  +[\\d,]+  `));
  expect(formatSummaryTable(computeBudget({}), "zh-CN")).toMatch(/净现值为税前/);
});
