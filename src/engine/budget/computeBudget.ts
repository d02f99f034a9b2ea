import { budgetWindow } from "../calendar/budgetWindow";
import type { FiscalYearLabel } from "../calendar/fiscalYears";
import type { Decimal } from "../decimal";
import { WEAK_EVIDENCE, linePriceKeys } from "../lines/linePriceKeys";
import { applyRateOverrides, type RateOverrides } from "../rateCard/rateCard";
import type { RateCardEntry } from "../rateCard/RateCardEntry";
import { parseRequirements } from "../requirements/validateRequirements";
import type { BudgetResult, PathBudget } from "./BudgetResult";
import { inputValues, lookup, rateValues, sizeByYear } from "./modelValues";
import { pathBudget } from "./pathBudget";
import { PATH_IDS, type PathId } from "./paths";
import { priceLines } from "./priceLines";

export interface ComputeOptions {
  /** Changes to the default rate card (list value and/or negotiated discount per key). */
  readonly rateOverrides?: RateOverrides;
}

const priceKeysCache = new Map<string, readonly string[]>();

/** Whether a line rests on a weak price: `weak` holds the rate keys whose evidence is weak. */
function restsOnEstimate(lineId: string, path: PathId, weak: ReadonlySet<string>): boolean {
  const cacheKey = `${path}:${lineId}`;
  let keys = priceKeysCache.get(cacheKey);
  if (!keys) priceKeysCache.set(cacheKey, (keys = linePriceKeys(lineId, path)));
  return keys.some((k) => weak.has(k));
}

/** The keys whose first entry has weak evidence (as a search of the entries by key would find them). */
function weakKeys(entries: readonly RateCardEntry[]): ReadonlySet<string> {
  const seen = new Set<string>();
  const weak = new Set<string>();
  for (const e of entries) {
    if (seen.has(e.key)) continue;
    seen.add(e.key);
    if (WEAK_EVIDENCE.includes(e.status)) weak.add(e.key);
  }
  return weak;
}

/** The first month a's cumulative cost falls to or below b's after being above it the month before. */
function breakEvenMonth(a: readonly Decimal[], b: readonly Decimal[]): number | null {
  for (let i = 1; i < a.length; i++) if (a[i - 1].greaterThan(b[i - 1]) && a[i].lessThanOrEqualTo(b[i])) return i + 1;
  return null;
}

/**
 * The one public entry: validates the requirements, lays out the budget window, sizes the deployment by window
 * year and prices every line of the three paths month by month, rolled up into fiscal years. Every adapter
 * (functions, workbook, pane, CLI) calls this.
 */
export function computeBudget(raw: Readonly<Record<string, unknown>> = {}, options: ComputeOptions = {}): BudgetResult {
  const req = parseRequirements(raw);
  const calendar = budgetWindow({
    projectStart: req.projectStart as string,
    horizonYears: req.horizonYears as number,
    fiscalYearStartMonth: req.fiscalYearStartMonth as number,
    fiscalYearLabel: req.fiscalYearLabel as FiscalYearLabel,
    discountRate: req.discountRate as number,
    discountTiming: req.discountTiming as number,
  });
  const inputs = inputValues(req);
  const entries = applyRateOverrides(options.rateOverrides);
  const rates = rateValues(req, entries);
  const sizing = sizeByYear(calendar.years, inputs, rates);
  const users = sizing.map((s) => lookup(s, "users", "sizing row"));
  const weak = weakKeys(entries);
  const paths = {} as Record<PathId, PathBudget>;
  for (const path of PATH_IDS) {
    const priced = priceLines(path, { calendar, inputs, rates, sizing });
    paths[path] = pathBudget({ path, req, calendar, priced, users, restsOnEstimate: (id) => restsOnEstimate(id, path, weak) });
  }
  const breakEven = {} as Record<PathId, Record<PathId, number | null>>;
  for (const a of PATH_IDS) {
    breakEven[a] = {} as Record<PathId, number | null>;
    for (const b of PATH_IDS) breakEven[a][b] = a === b ? null : breakEvenMonth(paths[a].cumulative, paths[b].cumulative);
  }
  return { currency: req.currency as "CNY" | "USD", horizonYears: calendar.years, requirements: req, calendar, paths, users, breakEven, sizing };
}
