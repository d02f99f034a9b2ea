import { computeBudget } from "../budget/computeBudget";
import type { BudgetResult } from "../budget/BudgetResult";
import { Decimal, ONE, ZERO } from "../decimal";
import { evaluateNumber, type EvalContext, type ExprValue } from "../expression/evaluateExpr";
import { applyRateOverrides, effectiveRate, type RateOverrides } from "../rateCard/rateCard";
import type { RateCardEntry } from "../rateCard/RateCardEntry";
import type { Requirements } from "../requirements/Requirements";
import type { RiskDriverOverrides } from "../risk/riskDrivers";
import { analyticFrom, type AnalyticResult } from "../risk/sensitivity";
import { prepareRisk } from "../risk/riskModel";
import { SIZING_ROWS } from "../sizing/sizingRows";
import { CHECKS, TRAPS, type CheckContext, type TrapId, type WatchResult } from "./checkDefinitions";
import { YEAR_WATCHES, yearWatch } from "./yearWatches";

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
  readonly label: string;
  readonly ok: boolean;
  readonly message: string;
  /** First year a price step, shortfall or minimum is met (lure and on-call checks). */
  readonly year?: number;
  /** The watched line's change from the year before in that year, budget currency. */
  readonly jump?: number;
}

function inputValues(req: Requirements): Map<string, ExprValue> {
  const out = new Map<string, ExprValue>();
  for (const [key, value] of Object.entries(req)) {
    if (typeof value === "boolean") out.set(key, value ? ONE : ZERO);
    else if (typeof value === "number") out.set(key, new Decimal(value));
    else out.set(key, value);
  }
  return out;
}

function need<T>(v: T | undefined, what: string): T {
  if (v === undefined) throw new Error(`Model error: unknown ${what}`);
  return v;
}

/** Sizing by year with decimals, exactly as computeBudget sizes (the checks read staffing and demand). */
function sizingTable(req: Requirements, inputs: ReadonlyMap<string, ExprValue>, rates: ReadonlyMap<string, Decimal>): Map<string, Decimal>[] {
  const horizon = req.horizonYears as number;
  const table: Map<string, Decimal>[] = [];
  for (let t = 0; t <= horizon; t++) {
    const values = new Map<string, Decimal>();
    table.push(values);
    const ctx: EvalContext = {
      year: t,
      input: (k) => need(inputs.get(k), `input "${k}"`),
      rate: (k) => need(rates.get(k), `rate "${k}"`),
      sizing: (k, y) => need(table[y].get(k), `sizing row "${k}"`),
      line: () => {
        throw new Error("Model error: a sizing row cannot refer to a line");
      },
    };
    for (const row of SIZING_ROWS) values.set(row.key, evaluateNumber(row.expr, ctx));
  }
  return table;
}

/** Everything a check reads, for one set of requirements. */
export function checkContext(raw: Readonly<Record<string, unknown>> = {}, options: ChecksOptions = {}, budget?: BudgetResult): CheckContext {
  const b = budget ?? computeBudget(raw, { rateOverrides: options.rateOverrides });
  const req = b.requirements;
  const entries: readonly RateCardEntry[] = applyRateOverrides(options.rateOverrides);
  const rates = new Map<string, Decimal>(entries.map((e) => [e.key, effectiveRate(e, req)]));
  const inputs = inputValues(req);
  const table = sizingTable(req, inputs, rates);
  const horizon = req.horizonYears as number;
  const watches = new Map<string, WatchResult>();
  let analytic: AnalyticResult | null = null;
  return {
    requirements: req,
    budget: b,
    entries,
    rate: (k) => need(rates.get(k), `rate "${k}"`).toNumber(),
    sizing: (k, t) => need(table[t]?.get(k), `sizing row "${k}" in year ${t}`).toNumber(),
    watch(id) {
      const cached = watches.get(id);
      if (cached) return cached;
      const w = yearWatch(id);
      const levels: Decimal[] = [];
      for (let t = 0; t <= horizon; t++) {
        const ctx: EvalContext = {
          year: t,
          input: (k) => need(inputs.get(k), `input "${k}"`),
          rate: (k) => need(rates.get(k), `rate "${k}"`),
          sizing: (k, y) => need(table[y].get(k), `sizing row "${k}"`),
          line: () => {
            throw new Error("Model error: a year watch cannot refer to a line");
          },
        };
        levels.push(evaluateNumber(w.level, ctx));
      }
      const triggers = levels.map((v, t) => (w.rule === "rise" ? t >= 2 && v.greaterThan(levels[t - 1]) : t >= 1 && v.greaterThan(0)));
      const first = triggers.indexOf(true);
      const year = first < 0 ? null : first;
      let jump: number | null = null;
      if (year !== null && w.jumpLine) {
        const line = need(b.paths[w.jumpLine.path].lines.find((l) => l.id === w.jumpLine!.line), `line "${w.jumpLine.line}"`);
        jump = line.years[year].minus(line.years[year - 1]).toNumber();
      }
      const result: WatchResult = { levels: levels.map((v) => v.toNumber()), triggers, year, jump };
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
 * Every budget check (the four traps, integrity and evidence) with its verdict and a message, in the order
 * of the Checks sheet, then { id: "all" } — the workbook's Check_All: every check passes.
 */
export function computeChecks(raw: Readonly<Record<string, unknown>> = {}, options: ChecksOptions = {}): CheckResult[] {
  const zh = options.language === "zh-CN";
  const ctx = checkContext(raw, options);
  const results: CheckResult[] = CHECKS.map((c) => {
    const o = c.evaluate(ctx);
    return {
      id: c.id,
      trap: c.trap,
      label: zh ? c.label.zh : c.label.en,
      ok: o.ok,
      message: zh ? o.detail.zh : o.detail.en,
      ...(o.year !== undefined ? { year: o.year } : {}),
      ...(o.jump !== undefined ? { jump: o.jump } : {}),
    };
  });
  const failed = results.filter((r) => !r.ok).length;
  results.push({
    id: "all",
    trap: "all",
    label: zh ? "全部检查通过（Check_All）" : "All checks pass (Check_All)",
    ok: failed === 0,
    message: zh ? (failed ? `${failed} 项未通过` : "全部通过") : failed ? `${failed} of ${CHECKS.length} checks fail` : `All ${CHECKS.length} checks pass`,
  });
  return results;
}

export { CHECKS, TRAPS, YEAR_WATCHES };
