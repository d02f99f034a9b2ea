import { computeBudget } from "../budget/computeBudget";
import type { BudgetResult, LineResult } from "../budget/BudgetResult";
import { formatMonth } from "../calendar/monthIndex";
import { ZERO, type Decimal } from "../decimal";
import { evaluateNumber, type ExprValue } from "../expression/evaluateExpr";
import { applyRateOverrides, type RateOverrides } from "../rateCard/rateCard";
import { inputValues, rateValues, yearContext, type RateLookup } from "../budget/modelValues";
import type { RateCardEntry } from "../rateCard/RateCardEntry";
import type { RiskDriverOverrides } from "../risk/riskDrivers";
import { analyticFrom, type AnalyticResult } from "../risk/sensitivity";
import { prepareRisk } from "../risk/riskModel";
import { CHECKS, SEVERITIES, TRAPS, checksFor, riskRunFeedsTotals, type CheckContext, type CheckDefinition, type CheckOutcome, type Severity, type TrapId, type WatchResult } from "./checkDefinitions";
import { YEAR_WATCHES, yearWatch, type YearWatch } from "./yearWatches";

export interface ChecksOptions {
  readonly rateOverrides?: RateOverrides;
  /** Driver ranges for the risk basis of the contingency check (as on the Risk sheet). */
  readonly drivers?: RiskDriverOverrides;
  /** Language of labels and messages; English by default. */
  readonly language?: "en-US" | "zh-CN";
}

export interface CheckResult {
  readonly id: string;
  readonly trap: TrapId | "all";
  /** "integrity" checks make Check_All; "warning"s are findings for the budget owner, counted in Warning_Count. */
  readonly severity: Severity;
  readonly label: string;
  readonly ok: boolean;
  readonly message: string;
  /** First window year a price step, shortfall or minimum is met (lure and on-call checks). */
  readonly year?: number;
  /** The watched line's change from the year before in that year, budget currency. */
  readonly jump?: number;
}

/** A line's cash in window year w (months 12(w − 1) + 1 … 12w). */
function windowYearValue(line: LineResult, w: number): Decimal {
  let acc = ZERO;
  for (let m = 12 * (w - 1) + 1; m <= 12 * w; m++) acc = acc.plus(line.month(m));
  return acc;
}

/** A watch's level in every window year; "rise" trips in the first year 2…N above the year before, "positive" in the first above 0. */
function evaluateWatch(w: YearWatch, b: BudgetResult, inputs: ReadonlyMap<string, ExprValue>, rates: RateLookup): WatchResult {
  const years = b.calendar.years;
  const levels: Decimal[] = [];
  for (let t = 1; t <= years; t++) levels.push(evaluateNumber(w.level, yearContext(t, inputs, rates, b.sizing, "a year watch")));
  levels.unshift(levels[0]);
  const triggers = levels.map((v, t) => (w.rule === "rise" ? t >= 2 && v.greaterThan(levels[t - 1]) : t >= 1 && v.greaterThan(0)));
  const first = triggers.indexOf(true);
  const year = first < 0 ? null : first;
  let jump: number | null = null;
  if (year !== null && w.jumpLine) {
    const line = need(b.paths[w.jumpLine.path].lines.find((l) => l.id === w.jumpLine!.line), `line "${w.jumpLine.line}"`);
    jump = windowYearValue(line, year).minus(windowYearValue(line, year - 1)).toNumber();
  }
  const from = year === null ? "" : formatMonth(b.calendar.start + 12 * (year - 1));
  return { levels: levels.map((v) => v.toNumber()), triggers, year, jump, when: { en: `from ${from}`, zh: `${from} 起` } };
}

function need<T>(v: T | undefined, what: string): T {
  if (v === undefined) throw new Error(`Model error: unknown ${what}`);
  return v;
}

/** Everything a check reads, for one set of requirements. */
export function checkContext(raw: Readonly<Record<string, unknown>> = {}, options: ChecksOptions = {}, budget?: BudgetResult): CheckContext {
  const b = budget ?? computeBudget(raw, { rateOverrides: options.rateOverrides, drivers: options.drivers });
  const req = b.requirements;
  const entries: readonly RateCardEntry[] = applyRateOverrides(options.rateOverrides);
  const rates = rateValues(req, entries);
  const inputs = inputValues(req);
  const table = b.sizing;
  const watches = new Map<string, WatchResult>();
  let analytic: AnalyticResult | null = null;
  return {
    requirements: req,
    budget: b,
    entries,
    rate: (k) => need(rates.get(k), `rate "${k}"`).toNumber(),
    sizing: (k, w) => need(table[w - 1]?.get(k), `sizing row "${k}" in window year ${w}`).toNumber(),
    watch(id) {
      const cached = watches.get(id);
      if (cached) return cached;
      const result = evaluateWatch(yearWatch(id), b, inputs, rates);
      watches.set(id, result);
      return result;
    },
    analytic() {
      if (!analytic) analytic = analyticFrom(prepareRisk(raw, { rateOverrides: options.rateOverrides, drivers: options.drivers }));
      return analytic;
    },
  };
}

/**
 * Every budget check (the four traps, the evidence behind the prices and the model's integrity) with its verdict
 * and a message, in the order of CHECKS, then { id: "all" } — the workbook's Check_All: every integrity check
 * passes. Warnings never make Check_All FALSE; warningCount() counts the failing ones (Warning_Count).
 */
export function computeChecks(raw: Readonly<Record<string, unknown>> = {}, options: ChecksOptions = {}): CheckResult[] {
  const zh = options.language === "zh-CN";
  const ctx = checkContext(raw, options);
  const results = checksFor(riskRunFeedsTotals(ctx.requirements)).map((c) => checkResult(c, c.evaluate(ctx), zh));
  results.push(checkAll(results, zh));
  return results;
}

/** One check's verdict in the caller's language. */
export function checkResult(c: CheckDefinition, o: CheckOutcome, zh: boolean): CheckResult {
  return {
    id: c.id,
    trap: c.trap,
    severity: c.severity,
    label: zh ? c.label.zh : c.label.en,
    ok: o.ok,
    message: zh ? o.detail.zh : o.detail.en,
    ...(o.year !== undefined ? { year: o.year } : {}),
    ...(o.jump !== undefined ? { jump: o.jump } : {}),
  };
}

/** Failing warnings (the workbook's Warning_Count). */
export function warningCount(results: readonly CheckResult[]): number {
  return results.filter((r) => r.id !== "all" && r.severity === "warning" && !r.ok).length;
}

/** Check_All over the given results: every integrity check passes; the message counts the warnings. */
export function checkAll(results: readonly CheckResult[], zh: boolean): CheckResult {
  const integrity = results.filter((r) => r.severity === "integrity");
  const failed = integrity.filter((r) => !r.ok).length;
  const warnings = warningCount(results);
  const model = zh ? (failed ? `模型完整性：${failed} 项未通过` : "模型完整性：通过") : failed ? `Model integrity: ${failed} of ${integrity.length} checks fail` : "Model integrity: OK";
  const review = zh ? `${warnings} 项警告待审阅` : `${warnings} warning${warnings === 1 ? "" : "s"} to review`;
  return {
    id: "all",
    trap: "all",
    severity: "integrity",
    label: zh ? `模型完整性（Check_All，${SEVERITIES.integrity.zh}检查全部通过）` : "Model integrity (Check_All: every integrity check passes)",
    ok: failed === 0,
    message: zh ? `${model}；${review}` : `${model}; ${review}`,
  };
}

export { CHECKS, SEVERITIES, TRAPS, YEAR_WATCHES };
