import { Decimal, ONE, ZERO } from "../decimal";
import { evaluateNumber, type EvalContext, type ExprValue } from "../expression/evaluateExpr";
import { effectiveRate } from "../rateCard/rateCard";
import type { RateCardEntry } from "../rateCard/RateCardEntry";
import type { Requirements } from "../requirements/Requirements";
import { SIZING_ROWS } from "../sizing/sizingRows";
import { sizingRowVaries } from "./yearInvariance";

/** Requirement values as expressions read them: numbers and booleans (1/0) as Decimal, choices as text. */
export function inputValues(req: Requirements): ReadonlyMap<string, ExprValue> {
  const out = new Map<string, ExprValue>();
  for (const [key, value] of Object.entries(req)) {
    if (typeof value === "boolean") out.set(key, value ? ONE : ZERO);
    else if (typeof value === "number") out.set(key, new Decimal(value));
    else out.set(key, value);
  }
  return out;
}

/**
 * Effective rates in the budget currency, by key, each worked out when first read: a budget reads one labour
 * market's salaries and one region's prices, a small part of the rate card.
 */
class EffectiveRates extends Map<string, Decimal> {
  private readonly byKey = new Map<string, RateCardEntry>();

  constructor(
    private readonly req: Requirements,
    private readonly card: readonly RateCardEntry[],
  ) {
    super();
    for (const e of card) this.byKey.set(e.key, e);
  }

  override get(key: string): Decimal | undefined {
    let value = super.get(key);
    if (value === undefined) {
      const entry = this.byKey.get(key);
      if (entry === undefined) return undefined;
      value = effectiveRate(entry, this.req, this.card);
      super.set(key, value);
    }
    return value;
  }

  override has(key: string): boolean {
    return this.byKey.has(key);
  }
}

export function rateValues(req: Requirements, entries: readonly RateCardEntry[]): ReadonlyMap<string, Decimal> {
  return new EffectiveRates(req, entries);
}

export function lookup<T>(map: ReadonlyMap<string, T> | undefined, key: string, what: string): T {
  const v = map?.get(key);
  if (v === undefined) throw new Error(`Model error: unknown ${what} "${key}"`);
  return v;
}

/** An evaluation context for window year t (sizing at index t − 1) over inputs and rates; lines are not allowed. */
export function yearContext(t: number, inputs: ReadonlyMap<string, ExprValue>, rates: ReadonlyMap<string, Decimal>, sizing: readonly ReadonlyMap<string, Decimal>[], who: string): EvalContext {
  return {
    year: t,
    input: (key) => lookup(inputs, key, "input"),
    rate: (key) => lookup(rates, key, "rate"),
    sizing: (key, y) => lookup(sizing[y - 1], key, "sizing row"),
    line: () => {
      throw new Error(`Model error: ${who} cannot refer to a line`);
    },
  };
}

/** Every sizing row for window years 1 … years, at index w − 1 (a row may look at earlier years and at rows above it). */
export function sizeByYear(years: number, inputs: ReadonlyMap<string, ExprValue>, rates: ReadonlyMap<string, Decimal>): ReadonlyMap<string, Decimal>[] {
  const sizing: Map<string, Decimal>[] = [];
  for (let t = 1; t <= years; t++) {
    const values = new Map<string, Decimal>();
    sizing.push(values);
    const ctx = yearContext(t, inputs, rates, sizing, "a sizing row");
    for (const row of SIZING_ROWS) values.set(row.key, t > 1 && !sizingRowVaries(row.key) ? sizing[0].get(row.key)! : evaluateNumber(row.expr, ctx));
  }
  return sizing;
}
