import { Decimal, ZERO, dec, sum, EngineError, describeValue, bandwidthMbps, mediaKbps, contingency, laborCost, pertEstimate, presentValue, projectCosts, serverCount, storageGb, tieredCharge, trafficGb, type BudgetResult, CATEGORIES, computeBudget, FINANCIAL_VIEWS, PATHS, parsePathId, REQUIREMENT_SPECS, computeOptions, optionsFromTable } from "../engine";
import type { AnyRange, CoercedArgs, NumberRange } from "./coerceArguments";
import { PARAMETER_SPECS, type FunctionId, type ParamSpec } from "./parameterSpecs";

/**
 * What each worksheet function does with its already-checked arguments: convert to decimals, call the
 * engine, shape the result. No maths here beyond summing a table row; no Office, no DOM.
 */

/** A number, or rows of cells (decimals and labels) that spill. */
export type FunctionOutput = Decimal | readonly (readonly (Decimal | string)[])[];

interface FunctionImplementation<S extends readonly ParamSpec[], R extends FunctionOutput> {
  readonly specs: S;
  readonly implementation: (args: CoercedArgs<S>) => R;
}

function define<S extends readonly ParamSpec[], R extends FunctionOutput>(specs: S, implementation: (args: CoercedArgs<S>) => R): FunctionImplementation<S, R> {
  return { specs, implementation };
}

/** A number as a decimal, without converting the common 0. */
function d(value: number): Decimal {
  return value === 0 ? ZERO : dec(value);
}

/**
 * Rates recur across a sheet (every TCO cell at 8%): converting each once and handing the engine the same
 * Decimal lets it find its cached discount factors without any work.
 */
const rateDecimals = new Map<number, Decimal>();
function rateDecimal(rate: number): Decimal {
  let r = rateDecimals.get(rate);
  if (r === undefined) {
    if (rateDecimals.size >= 64) rateDecimals.clear();
    r = d(rate);
    rateDecimals.set(rate, r);
  }
  return r;
}

/** A range's cells as decimals, row by row; a blank cell stays null. */
function decimals(range: NumberRange): (Decimal | null)[] {
  const { cells } = range;
  const out: (Decimal | null)[] = new Array(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i];
    out[i] = v === null ? null : d(v);
  }
  return out;
}

// ---- BUDGET and COMPARE -----------------------------------------------------------------------------------

const KEY_BY_LOWER: ReadonlyMap<string, string> = new Map(REQUIREMENT_SPECS.map((s) => [s.key.toLowerCase(), s.key]));

/**
 * Reads a two-column key/value range into a requirements record. Rows with a blank key are skipped; keys
 * match without regard to case; a blank value cell means "use the default". Unknown and repeated keys are
 * errors. Returns the record and the row each key came from (for messages).
 */
function readRequirements(range: AnyRange | null): { raw: Record<string, unknown>; rowOf: Map<string, number> } {
  const raw: Record<string, unknown> = {};
  const rowOf = new Map<string, number>();
  if (range === null) return { raw, rowOf };
  range.forEach(([keyCell, value], index) => {
    const row = index + 1;
    if (keyCell === null) return;
    const text = typeof keyCell === "string" ? keyCell.trim() : "";
    if (text === "" && typeof keyCell === "string") return;
    const key = KEY_BY_LOWER.get(text.toLowerCase());
    if (key === undefined) {
      throw new EngineError(
        { code: "unknownKey", field: "requirements", allowed: "a requirement key (e.g. headcount, dauRatio)", received: describeValue(keyCell) },
        `requirements row ${row}: ${describeValue(keyCell)} is not a known key (use the keys listed on the Inputs sheet, e.g. headcount, dauRatio)`,
      );
    }
    const earlier = rowOf.get(key);
    if (earlier !== undefined) {
      throw new EngineError(
        { code: "wrongShape", field: "requirements", allowed: "each key at most once", received: key },
        `requirements must list each key once (${key} is in rows ${earlier} and ${row})`,
      );
    }
    rowOf.set(key, row);
    raw[key] = value;
  });
  return { raw, rowOf };
}

function budgetFor(range: AnyRange | null, years: number | null): BudgetResult {
  return withRequirements(range, years, computeBudget);
}

/** Runs `f` on the requirements range (the years argument winning over a horizonYears row); errors name the range's row. */
function withRequirements<T>(range: AnyRange | null, years: number | null, f: (raw: Record<string, unknown>) => T): T {
  const { raw, rowOf } = readRequirements(range);
  if (years !== null) raw.horizonYears = years; // the argument wins over a horizonYears row
  try {
    return f(raw);
  } catch (error) {
    if (error instanceof EngineError && rowOf.has(error.field)) {
      throw new EngineError(
        { code: error.code, field: "requirements", allowed: error.allowed, received: error.received },
        `requirements row ${rowOf.get(error.field)}: ${error.message}`,
      );
    }
    throw error;
  }
}

/** The fiscal-year column names ("FY2027", "FY2026/27 (3 months)" for a part year). */
function yearHeaders(budget: BudgetResult): string[] {
  return budget.calendar.fiscalYears.map((f) => (f.monthCount === 12 ? f.label.en : `${f.label.en} (${f.monthCount} months)`));
}

function budgetTable(budget: BudgetResult, pathText: string): (Decimal | string)[][] {
  const path = budget.paths[parsePathId(pathText, "path")];
  const row = (label: string, years: readonly Decimal[], total: Decimal = sum(years)): (Decimal | string)[] => [label, ...years, total];
  return [
    ["Category", ...yearHeaders(budget), "Total"],
    ...CATEGORIES.map((c) => row(c.label.en, path.categories[c.id])),
    row("Contingency", path.contingency),
    row("Total", path.years, path.tco),
    // The four views (cash = capex + opex as paid; P&L = opex as incurred + depreciation and amortisation).
    ...FINANCIAL_VIEWS.map((v) => row(v.label.en, path[v.id])),
  ];
}

/** COMPARE with an options table: the paths, then each option, by name, priced with its own overrides. */
function compareOptions(range: AnyRange | null, years: number | null, table: AnyRange): (Decimal | string)[][] {
  const budgets = withRequirements(range, years, (raw) => computeOptions(raw, optionsFromTable(table)));
  return [
    ["Option", ...yearHeaders(budgets[0].result), "TCO", "NPV", "Go-live"],
    ...budgets.map(({ option, budget: b }) => [option.name, ...b.years, b.tco, b.npv, b.goLiveMonth ?? "none"]),
  ];
}

function compareTable(budget: BudgetResult): (Decimal | string)[][] {
  return [
    ["Path", ...yearHeaders(budget), "TCO", "NPV", "Go-live"],
    ...PATHS.map((p) => {
      const b = budget.paths[p.id];
      return [p.label.en, ...b.years, b.tco, b.npv, b.goLiveMonth ?? "none"];
    }),
  ];
}

// ---- the twelve functions ---------------------------------------------------------------------------------

const S = PARAMETER_SPECS;

export const FUNCTION_IMPLEMENTATIONS = {
  TCO: define(S.TCO, ([costs, upfront, rate]) => presentValue(decimals(costs), rateDecimal(rate), d(upfront))),

  PROJECT: define(S.PROJECT, ([cost, years, growth]) => [projectCosts(dec(cost), years, d(growth))]),

  CONTINGENCY: define(S.CONTINGENCY, ([amount, rate]) => contingency(d(amount), d(rate))),

  PERT: define(S.PERT, ([o, m, p, confidence]) => pertEstimate(d(o), d(m), d(p), dec(confidence))),

  BANDWIDTH: define(S.BANDWIDTH, ([users, media, kbps]) => {
    if (kbps !== null) return bandwidthMbps(d(users), d(kbps));
    if (media !== null) return bandwidthMbps(d(users), mediaKbps(media));
    throw new EngineError(
      { code: "required", field: "kbpsPerUser", allowed: 'a number ≥ 0, or media "text", "voice" or "video" for the rate card\'s default' },
      'kbpsPerUser is required when media is omitted: give kbps per user, or media "text", "voice" or "video" for the rate card\'s default',
    );
  }),

  TRAFFICGB: define(S.TRAFFICGB, ([minutes, kbps]) => trafficGb(d(minutes), d(kbps))),

  STORAGEGB: define(S.STORAGEGB, ([users, messages, bytes, days, attachmentMB]) => storageGb(d(users), d(messages), d(bytes), d(days), d(attachmentMB))),

  SERVERS: define(S.SERVERS, ([peak, capacity, headroom, spares]) => serverCount(d(peak), d(capacity), d(headroom), d(spares))),

  LABOR: define(S.LABOR, ([fte, salary, load, years, growth]) => laborCost(d(fte), d(salary), d(load), years, d(growth))),

  TIERED: define(S.TIERED, ([quantity, limits, prices, mode, free]) =>
    tieredCharge(d(quantity), { limits: decimals(limits), prices: decimals(prices).map((p) => p ?? ZERO) }, mode, d(free)),
  ),

  BUDGET: define(S.BUDGET, ([requirements, path, years]) => budgetTable(budgetFor(requirements, years), path)),

  COMPARE: define(S.COMPARE, ([requirements, years, options]) => (options === null ? compareTable(budgetFor(requirements, years)) : compareOptions(requirements, years, options))),
} as const satisfies Record<FunctionId, { readonly specs: readonly ParamSpec[]; readonly implementation: (args: never) => FunctionOutput }>;
