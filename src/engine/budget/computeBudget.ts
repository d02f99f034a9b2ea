import { Decimal, ZERO, sum } from "../decimal";
import type { Expr } from "../expression/Expr";
import { evaluateNumber, type EvalContext, type ExprValue } from "../expression/evaluateExpr";
import { inputValues, lookup, rateValues, sizeByYear } from "./modelValues";
import { COST_LINES } from "../lines/costLines";
import { WEAK_EVIDENCE, linePriceKeys } from "../lines/linePriceKeys";
import type { LineItem } from "../lines/LineItem";
import { applyRateOverrides, type RateOverrides } from "../rateCard/rateCard";
import type { RateCardEntry } from "../rateCard/RateCardEntry";
import type { Requirements } from "../requirements/Requirements";
import { parseRequirements } from "../requirements/validateRequirements";
import type { BudgetResult, LineResult, PathBudget } from "./BudgetResult";
import { CATEGORY_IDS, type CategoryId } from "./categories";
import { PATH_IDS, type PathId } from "./paths";

export interface ComputeOptions {
  /** Changes to the default rate card (list value and/or negotiated discount per key). */
  readonly rateOverrides?: RateOverrides;
}

const TIMING_FLAG: Readonly<Record<LineItem["timing"], string>> = { oneOff: "flagOneOff", recurring: "flagRecurring", schedule: "flagInHorizon" };
const ESCALATION_ROW: Readonly<Record<LineItem["escalation"], string | null>> = { salary: "indexSalary", cpi: "indexCpi", price: "indexPrice", none: null };

/**
 * The one public entry: validates the requirements, sizes the deployment year by year and prices every line
 * of the three paths. Every adapter (functions, workbook, pane, CLI) calls this.
 */
export function computeBudget(raw: Readonly<Record<string, unknown>> = {}, options: ComputeOptions = {}): BudgetResult {
  const req = parseRequirements(raw);
  const horizon = req.horizonYears as number;
  const inputs = inputValues(req);
  const entries = applyRateOverrides(options.rateOverrides);
  const rates = rateValues(req, entries);
  const sizing = sizeByYear(horizon, inputs, rates);
  const sizingAt = (key: string, t: number): Decimal => lookup(sizing[t], key, "sizing row");
  const years = Array.from({ length: horizon + 1 }, (_, t) => t);
  const users = years.map((t) => sizingAt("users", t));
  const discountFactors = years.map((t) => sizingAt("discountFactor", t));

  const paths = {} as Record<PathId, PathBudget>;
  for (const path of PATH_IDS) paths[path] = pricePath(path, req, years, inputs, rates, entries, sizing, discountFactors, users);

  const breakEven = {} as Record<PathId, Record<PathId, number | null>>;
  for (const a of PATH_IDS) {
    breakEven[a] = {} as Record<PathId, number | null>;
    for (const b of PATH_IDS) {
      const t = a === b ? -1 : years.findIndex((y) => paths[a].cumulative[y].lessThanOrEqualTo(paths[b].cumulative[y]));
      breakEven[a][b] = t < 0 ? null : t;
    }
  }

  return { currency: req.currency as "CNY" | "USD", horizonYears: horizon, requirements: req, paths, users, discountFactors, breakEven, sizing };
}

const priceKeysCache = new Map<string, readonly string[]>();

function restsOnEstimate(lineId: string, path: PathId, entries: readonly RateCardEntry[]): boolean {
  const cacheKey = `${path}:${lineId}`;
  let keys = priceKeysCache.get(cacheKey);
  if (!keys) priceKeysCache.set(cacheKey, (keys = linePriceKeys(lineId, path)));
  return keys.some((k) => WEAK_EVIDENCE.includes(entries.find((e) => e.key === k)?.status ?? ""));
}

function pricePath(
  path: PathId,
  req: Requirements,
  years: readonly number[],
  inputs: ReadonlyMap<string, ExprValue>,
  rates: ReadonlyMap<string, Decimal>,
  entries: readonly RateCardEntry[],
  sizing: readonly ReadonlyMap<string, Decimal>[],
  discountFactors: readonly Decimal[],
  users: readonly Decimal[],
): PathBudget {
  const lineValues = new Map<string, Decimal[]>();
  const lines: LineResult[] = [];
  for (const item of COST_LINES) {
    const expr: Expr | undefined = item.amount[path];
    const values: Decimal[] = [];
    lineValues.set(item.id, values);
    for (const t of years) {
      const flag = lookup(sizing[t], TIMING_FLAG[item.timing], "sizing row");
      if (!expr || flag.isZero()) {
        values.push(ZERO);
        continue;
      }
      const ctx: EvalContext = {
        year: t,
        input: (key) => lookup(inputs, key, "input"),
        rate: (key) => lookup(rates, key, "rate"),
        sizing: (key, y) => lookup(sizing[y], key, "sizing row"),
        line: (id, atY0) => {
          const v = lineValues.get(id);
          if (!v || v === values) throw new Error(`Model error: line "${item.id}" refers to "${id}", which is not above it`);
          return v[atY0 ? 0 : t];
        },
      };
      const index = ESCALATION_ROW[item.escalation];
      let value = evaluateNumber(expr, ctx).times(flag);
      if (index) value = value.times(lookup(sizing[t], index, "sizing row"));
      values.push(value);
    }
    lines.push({ id: item.id, category: item.category, contingencyClass: item.contingency, capex: item.capex, years: values, total: sum(values) });
  }

  const zeros = (): Decimal[] => years.map(() => ZERO);
  const addInto = (target: Decimal[], source: readonly Decimal[]): void => {
    for (const t of years) target[t] = target[t].plus(source[t]);
  };
  const categories = Object.fromEntries(CATEGORY_IDS.map((c) => [c, zeros()])) as Record<CategoryId, Decimal[]>;
  const metered = zeros();
  const labour = zeros();
  const capex = zeros();
  for (const l of lines) {
    addInto(categories[l.category], l.years);
    if (l.contingencyClass === "metered") addInto(metered, l.years);
    if (l.contingencyClass === "labour") addInto(labour, l.years);
    if (l.capex) addInto(capex, l.years);
  }
  const meteredRate = new Decimal(req.contingencyRate as number);
  const labourRate = new Decimal(req.developmentContingencyRate as number);
  const contingencyMetered = metered.map((v) => v.times(meteredRate));
  const contingencyLabour = labour.map((v) => v.times(labourRate));
  const contingency = years.map((t) => contingencyMetered[t].plus(contingencyLabour[t]));
  const hidden = categories.hidden;
  const base = years.map((t) => sum(CATEGORY_IDS.filter((c) => c !== "hidden").map((c) => categories[c][t])));
  const totals = years.map((t) => base[t].plus(hidden[t]).plus(contingency[t]));
  const opex = years.map((t) => totals[t].minus(capex[t]));

  const life = req.depreciationYears as number;
  const depreciation = years.map((t) => {
    let d = ZERO;
    for (const s of years) if (t - s >= 1 && t - s <= life) d = d.plus(capex[s]);
    return d.dividedBy(life);
  });

  let running = ZERO;
  const cumulative = totals.map((y) => (running = running.plus(y)));
  const tco = sum(totals);
  const estimated = sum(lines.filter((l) => restsOnEstimate(l.id, path, entries)).map((l) => l.total));
  const npv = sum(years.map((t) => totals[t].times(discountFactors[t])));
  const userMonths = sum(users.slice(1)).times(12);
  return {
    path,
    lines,
    categories,
    base,
    hidden,
    contingencyMetered,
    contingencyLabour,
    contingency,
    years: totals,
    cumulative,
    capex,
    opex,
    depreciation,
    tco,
    npv,
    costPerUserMonth: userMonths.isZero() ? ZERO : tco.dividedBy(userMonths),
    estimateShare: tco.isZero() ? ZERO : estimated.dividedBy(tco),
  };
}
