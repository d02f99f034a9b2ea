import { budgetWindow, type BudgetWindow } from "../calendar/budgetWindow";
import type { FiscalYearLabel } from "../calendar/fiscalYears";
import { Decimal } from "../decimal";
import { EngineError } from "../EngineError";
import { COST_LINES } from "../lines/costLines";
import { WEAK_EVIDENCE, linePriceKeys } from "../lines/linePriceKeys";
import { applyRateOverrides, type RateOverrides } from "../rateCard/rateCard";
import type { RateCardEntry } from "../rateCard/RateCardEntry";
import { parseRequirements } from "../requirements/validateRequirements";
import type { BudgetResult, PathBudget } from "./BudgetResult";
import { inputValues, lookup, rateValues, sizeByYear } from "./modelValues";
import { pathBudget, type PathTotalsInput } from "./pathBudget";
import type { RiskDriverOverrides } from "../risk/riskDrivers";
import { PATH_IDS, type PathId } from "./paths";
import { priceLines } from "./priceLines";
import { quoteStands, quotedTerm, rateInRegion, type MonthSpan } from "./quotedTerm";

export interface ComputeOptions {
  /** Changes to the default rate card (list value and/or negotiated discount per key). */
  readonly rateOverrides?: RateOverrides;
  /** Changes to the risk drivers (read by the risk-based contingency method only). */
  readonly drivers?: RiskDriverOverrides;
}

/** Per path, the risk-based contingency over the window (the analytic P at the confidence level − base). */
export type RiskContingencyOf = (raw: Readonly<Record<string, unknown>>, options: ComputeOptions) => Readonly<Record<PathId, number>>;

/**
 * Supplied by the risk model when it is loaded (src/engine/risk/sensitivity.ts). The worksheet functions never
 * load it, which keeps their bundle small; for them the risk-based method is an error naming the input.
 */
let riskContingencyOf: RiskContingencyOf | null = null;
export function provideRiskContingency(f: RiskContingencyOf): void {
  riskContingencyOf = f;
}

const priceKeysCache = new Map<string, readonly string[]>();

/** The unit prices a line rests on for a path (they depend on the model only, so they are found once). */
function priceKeysOf(lineId: string, path: PathId): readonly string[] {
  const cacheKey = `${path}:${lineId}`;
  let keys = priceKeysCache.get(cacheKey);
  if (!keys) priceKeysCache.set(cacheKey, (keys = linePriceKeys(lineId, path)));
  return keys;
}

/** Each key's first entry (as a search of the entries by key would find it). */
function firstEntries(entries: readonly RateCardEntry[]): ReadonlyMap<string, RateCardEntry> {
  const out = new Map<string, RateCardEntry>();
  for (const e of entries) if (!out.has(e.key)) out.set(e.key, e);
  return out;
}

/** Per line of a path (COST_LINES order): the months in which a metered line's prices are all under a standing quote. */
function quotedTerms(path: PathId, byKey: ReadonlyMap<string, RateCardEntry>, calendar: BudgetWindow, region: string): (MonthSpan | null)[] {
  if (![...byKey.values()].some(quoteStands)) return COST_LINES.map(() => null);
  return COST_LINES.map((line) => (line.contingency === "metered" && line.amount[path] ? quotedTerm(priceKeysOf(line.id, path), (k) => byKey.get(k), calendar, region) : null));
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
  const byKey = firstEntries(entries);
  const weak = (key: string) => WEAK_EVIDENCE.includes(byKey.get(key)?.status ?? "");
  const paths = {} as Record<PathId, PathBudget>;
  const pathInputs = {} as Record<PathId, PathTotalsInput>;
  for (const path of PATH_IDS) {
    const quoted = quotedTerms(path, byKey, calendar, req.deploymentRegion as string);
    const priced = priceLines(path, { calendar, inputs, rates, sizing, extraCuts: quoted.filter((q): q is MonthSpan => q !== null) });
    // Only the region's own price list counts: byRegion names both lists, but a deployment reads one.
    const inRegion = (key: string) => rateInRegion(byKey.get(key)!, req.deploymentRegion as string);
    pathInputs[path] = { path, req, calendar, priced, users, quoted, restsOnEstimate: (id) => priceKeysOf(id, path).some((k) => inRegion(k) && weak(k)) };
    paths[path] = pathBudget(pathInputs[path]);
  }
  if (req.contingencyMethod === "riskBased") {
    if (!riskContingencyOf) {
      throw new EngineError({ code: "unknownOption", field: "contingencyMethod", allowed: "flat in the worksheet functions (the workbook, the pane and the CLI compute riskBased)", received: "riskBased" });
    }
    const risk = riskContingencyOf(raw, options);
    for (const path of PATH_IDS) paths[path] = pathBudget({ ...pathInputs[path], riskContingency: new Decimal(risk[path]) });
  }
  const breakEven = {} as Record<PathId, Record<PathId, number | null>>;
  for (const a of PATH_IDS) {
    breakEven[a] = {} as Record<PathId, number | null>;
    for (const b of PATH_IDS) breakEven[a][b] = a === b ? null : breakEvenMonth(paths[a].cumulative, paths[b].cumulative);
  }
  return { currency: req.currency as "CNY" | "USD", horizonYears: calendar.years, requirements: req, calendar, paths, users, breakEven, sizing };
}
