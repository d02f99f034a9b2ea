import { computeBudget } from "../../../src/engine/budget/computeBudget";
import { Decimal } from "../../../src/engine/decimal";
import { CHECKS, RISK_RUN_FEEDS_TOTALS, STALE_BEFORE, checksFor, monthsBefore, riskRunCurrentCheck, type CheckContext } from "../../../src/engine/checks/checkDefinitions";
import { checkContext, computeChecks, warningCount } from "../../../src/engine/checks/computeChecks";
import { YEAR_WATCHES } from "../../../src/engine/checks/yearWatches";
import { EngineError } from "../../../src/engine/EngineError";
import { RATE_CARD_AS_OF } from "../../../src/engine/rateCard/rateCardEntries";
import { CHECK_CASES, CLEAN, WORKBOOK_ONLY, WORKBOOK_ONLY_WARNINGS } from "./checkCases";

const failing = (raw: Record<string, unknown>, options: Parameters<typeof computeChecks>[1] = {}) =>
  computeChecks(raw, options)
    .filter((r) => !r.ok && r.id !== "all")
    .map((r) => r.id)
    .sort();

describe("checks are data", () => {
  test("ids unique; labels and rules in both languages; every trap represented", () => {
    const ids = CHECKS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of CHECKS) {
      expect(c.label.en.length * c.label.zh.length * c.rule.en.length * c.rule.zh.length).toBeGreaterThan(0);
      if (c.watch) expect(YEAR_WATCHES.map((w) => w.id)).toContain(c.watch);
    }
    expect(new Set(CHECKS.map((c) => c.trap))).toEqual(new Set(["threshold", "longTerm", "lure", "elasticity", "evidence", "integrity"]));
  });
  test("integrity checks are exactly the model's own soundness (what only an edited workbook can break); the rest are warnings", () => {
    const integrity = CHECKS.filter((c) => c.severity === "integrity").map((c) => c.id);
    expect(integrity.sort()).toEqual([...WORKBOOK_ONLY].sort());
    for (const c of CHECKS) expect(c.severity).toBe(c.trap === "integrity" ? "integrity" : "warning");
  });
  test("the stale-run check is a warning while no total depends on the Monte Carlo run, an integrity check when one does", () => {
    // Today the totals use the flat contingency rates; the run is only shown beside them.
    expect(RISK_RUN_FEEDS_TOTALS).toBe(false);
    const today = CHECKS.find((c) => c.id === "riskRunCurrent")!;
    expect([today.severity, today.trap]).toEqual(["warning", "elasticity"]);
    expect([riskRunCurrentCheck(true).severity, riskRunCurrentCheck(true).trap]).toEqual(["integrity", "integrity"]);
    const fed = checksFor(true);
    expect(fed.map((c) => c.id)).toEqual(CHECKS.map((c) => c.id));
    fed.forEach((c, i) => (c.id === "riskRunCurrent" ? expect(c.severity).toBe("integrity") : expect(c).toBe(CHECKS[i])));
    expect(checksFor(false).find((c) => c.id === "riskRunCurrent")!.severity).toBe("warning");
    // The engine computes from the inputs it is given, so its run is always current; the workbook's formula reads the Risk sheet.
    const result = computeChecks({ headcount: 777 }).find((r) => r.id === "riskRunCurrent")!;
    expect([result.ok, result.severity]).toEqual([true, "warning"]);
  });
  test("the stale-rate cut-off is 24 months before the price book's date", () => {
    expect(RATE_CARD_AS_OF).toBe("2026-11-01");
    expect(STALE_BEFORE).toBe("2024-11");
    expect(monthsBefore("2026-01-15", 1)).toBe("2025-12");
    expect(monthsBefore("2026-12", 12)).toBe("2025-12");
  });
});

describe("computeChecks: each check trips, and clears", () => {
  test.each(CHECK_CASES.map((c) => [c.name, c]))("%s", (_name, c) => {
    const results = computeChecks(c.raw, { rateOverrides: c.rateOverrides, drivers: c.drivers });
    expect(results.filter((r) => !r.ok && r.id !== "all").map((r) => r.id).sort()).toEqual([...c.fails].sort());
    const all = results[results.length - 1];
    expect(all.id).toBe("all");
    // Every case here is one the engine can reach, so the model is sound: Check_All holds and the findings are warnings.
    expect(all.ok).toBe(true);
    expect(warningCount(results)).toBe(c.fails.length);
    for (const r of results) expect(r.message.length).toBeGreaterThan(0);
  });
  test("every engine-reachable check is tripped by one case and cleared by another", () => {
    for (const c of CHECKS) {
      if (WORKBOOK_ONLY.includes(c.id) || WORKBOOK_ONLY_WARNINGS.includes(c.id)) continue;
      expect(CHECK_CASES.some((k) => k.fails.includes(c.id))).toBe(true);
      expect(CHECK_CASES.some((k) => !k.fails.includes(c.id))).toBe(true);
    }
  });
  test("lure checks report the year and the jump", () => {
    const r = computeChecks({ headcount: 11000, userGrowthRate: 0.1 }, { rateOverrides: CLEAN });
    const step = r.find((x) => x.id === "lureImPaasStep")!;
    expect(step.year).toBe(2);
    const budget = computeBudget({ headcount: 11000, userGrowthRate: 0.1 }, { rateOverrides: CLEAN });
    const fees = budget.paths.hybrid.lines.find((l) => l.id === "imPlatformFees")!;
    const windowYear = (w: number) => Array.from({ length: 12 }, (_, i) => fees.month(12 * (w - 1) + i + 1)).reduce((a, v) => a.plus(v), new Decimal(0));
    expect(step.jump).toBeCloseTo(windowYear(2).minus(windowYear(1)).toNumber(), 6);
    expect(step.message).toMatch(/from 2028-01/);
    const renewal = computeChecks({}).find((x) => x.id === "lureSaasRenewal")!;
    expect(renewal.year).toBe(3); // the default China offer holds its price for two window years
    expect(renewal.jump).toBeGreaterThan(0);
    const seats = computeChecks({ headcount: 30 }).find((x) => x.id === "lureSaasMinimumSeats")!;
    expect([seats.year, seats.jump]).toEqual([1, undefined]);
    expect(seats.message).toMatch(/20 unused seats/);
    expect(computeChecks({ headcount: 200000, sreFteSelfBuild: 4, userGrowthRate: 0 }).find((x) => x.id === "onCallSelfBuild")!.message).toMatch(/4 SRE < \d+ needed from 2027-01/);
  });
  test("equal terms: names the slower path and the running months it avoids", () => {
    // Defaults: self-build live after 12 months, commercial after 2: self-build skips 10 months of running cost.
    const r = computeChecks({}).find((x) => x.id === "equalTerms")!;
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(/^Self-build goes live 10 months after Commercial, so it avoids 10 months of running cost/);
    // A go-live beyond the window counts only the months within it (24 months window, go-live at 36 → 22).
    const late = computeChecks({ horizonYears: 2, goLiveMonthsSelfBuild: 36 }).find((x) => x.id === "equalTerms")!;
    expect(late.message).toMatch(/avoids 22 months/);
    expect(computeChecks({}, { language: "zh-CN" }).find((x) => x.id === "equalTerms")!.message).toMatch(/^自建比商业晚 10 个月上线/);
  });
  test("a lure beyond the horizon is not met", () => {
    expect(failing({ headcount: 11000, userGrowthRate: 0.1, horizonYears: 1, legacyAnnualCost: 1 }, { rateOverrides: CLEAN })).toEqual(["horizon"]);
  });
  test("Check_All says the model is sound and counts the warnings to review", () => {
    // Defaults: renewal uplift, stale and estimated prices, go-lives apart with no current-system cost.
    const all = computeChecks({}).at(-1)!;
    expect([all.ok, all.message]).toEqual([true, "Model integrity: OK; 4 warnings to review"]);
    expect(computeChecks({}, { language: "zh-CN" }).at(-1)!.message).toBe("模型完整性：通过；4 项警告待审阅");
    expect(computeChecks({ legacyAnnualCost: 1 }, { rateOverrides: CLEAN }).at(-1)!.message).toBe("Model integrity: OK; 0 warnings to review");
  });
  test("messages in Chinese", () => {
    const r = computeChecks({ horizonYears: 2 }, { language: "zh-CN" });
    expect(r.find((x) => x.id === "horizon")!.message).toBe("预算期 2 年");
    expect(r.find((x) => x.id === "horizon")!.label).toMatch(/预算期至少 3 年/);
    expect(r[r.length - 1].message).toMatch(/^模型完整性：通过；\d+ 项警告待审阅$/);
  });
  test("the risk basis of the contingency check follows the drivers", () => {
    expect(failing({ contingencyRate: 0.15, developmentContingencyRate: 0.15, legacyAnnualCost: 1 }, { rateOverrides: CLEAN })).toEqual(["contingencyBand"]);
    expect(failing({ contingencyRate: 0.15, developmentContingencyRate: 0.15, legacyAnnualCost: 1 }, { rateOverrides: CLEAN, drivers: { developmentEffort: { low: 0.95, high: 1.05 }, salaries: { low: 0.98, high: 1.02 }, callMinutes: { low: 0.97, high: 1.03 }, usagePrices: { low: 0.97, high: 1.03 } } })).toEqual([]);
  });
  test("invalid requirements or rate overrides are rejected with a typed error", () => {
    expect(() => computeChecks({ horizonYears: 0 })).toThrow(EngineError);
    expect(() => computeChecks({}, { rateOverrides: { sms_cn: { date: "June 2025" } } })).toThrow(/date/);
    expect(() => computeChecks({}, { rateOverrides: { sms_cn: { status: "maybe" as never } } })).toThrow(/status/);
    expect(() => computeChecks({}, { rateOverrides: { sms_cn: { source: " " } } })).toThrow(/source/);
  });
});

describe("integrity checks that only a hand-edited workbook trips: the engine rule still trips on bad data", () => {
  const base = checkContext({});
  const check = (id: string) => CHECKS.find((c) => c.id === id)!;
  const withEntries = (f: (e: CheckContext["entries"][number]) => CheckContext["entries"][number]): CheckContext => ({ ...base, entries: base.entries.map(f) });
  test("ratesSourced: a blank source", () => {
    expect(check("ratesSourced").evaluate(base).ok).toBe(true);
    const ctx = withEntries((e) => (e.key === "sms_cn" ? { ...e, source: " " } : e));
    const o = check("ratesSourced").evaluate(ctx);
    expect(o.ok).toBe(false);
    // Named by the rate's label in each language, never by its raw key.
    const sms = base.entries.find((e) => e.key === "sms_cn")!;
    expect(o.detail.en).toContain(sms.label.en);
    expect(o.detail.zh).toContain(sms.label.zh);
    expect(o.detail.en + o.detail.zh).not.toMatch(/sms_cn/);
  });
  test("ratesNonNegative: a negative list value, a discount above 100%", () => {
    expect(check("ratesNonNegative").evaluate(base).ok).toBe(true);
    expect(check("ratesNonNegative").evaluate(withEntries((e) => (e.key === "sms_cn" ? { ...e, list: "-1" } : e))).ok).toBe(false);
    expect(check("ratesNonNegative").evaluate(withEntries((e) => (e.key === "sms_cn" ? { ...e, discount: 1.5 } : e))).ok).toBe(false);
  });
  test("sum and nonNegative: a tampered budget", () => {
    const b = base.budget;
    const lines = b.paths.hybrid.lines.map((l, i) => (i === 0 ? { ...l, month: (m: number) => (m === 13 ? new Decimal(-100) : l.month(m)) } : l));
    const tampered: CheckContext = { ...base, budget: { ...b, paths: { ...b.paths, hybrid: { ...b.paths.hybrid, lines, tco: b.paths.hybrid.tco.plus(1) } } } };
    expect(check("sum_hybrid").evaluate(base).ok).toBe(true);
    expect(check("nonNegative_hybrid").evaluate(base).ok).toBe(true);
    expect(check("sum_hybrid").evaluate(tampered).ok).toBe(false);
    expect(check("nonNegative_hybrid").evaluate(tampered).ok).toBe(false);
    expect(check("sum_selfBuild").evaluate(tampered).ok).toBe(true);
  });
  test("inputsValid: the engine refuses invalid inputs outright", () => {
    expect(check("inputsValid").evaluate(base).ok).toBe(true);
    expect(() => computeChecks({ dauRatio: 1.5 })).toThrow(EngineError);
  });
});
