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

/** What the model reads rates through: by key only, so rates can be worked out as they are read. */
export type RateLookup = Pick<ReadonlyMap<string, Decimal>, "get" | "has">;

/**
 * Effective rates in the budget currency, by key, each worked out when first read: a budget reads one labour
 * market's salaries and one region's prices, a small part of the rate card.
 */
class EffectiveRates implements RateLookup {
  private readonly byKey = new Map<string, RateCardEntry>();
  private readonly values = new Map<string, Decimal>();

  constructor(
    private readonly req: Requirements,
    private readonly card: readonly RateCardEntry[],
  ) {
    for (const e of card) this.byKey.set(e.key, e);
  }

  get(key: string): Decimal | undefined {
    let value = this.values.get(key);
    if (value === undefined) {
      const entry = this.byKey.get(key);
      if (entry === undefined) return undefined;
      value = effectiveRate(entry, this.req, this.card);
      this.values.set(key, value);
    }
    return value;
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }
}

export function rateValues(req: Requirements, entries: readonly RateCardEntry[]): RateLookup {
  return new EffectiveRates(req, entries);
}

export function lookup<T>(map: Pick<ReadonlyMap<string, T>, "get"> | undefined, key: string, what: string): T {
  const v = map?.get(key);
  if (v === undefined) throw new Error(`Model error: unknown ${what} "${key}"`);
  return v;
}

/** An evaluation context for window year t (sizing at index t − 1) over inputs and rates; lines are not allowed. */
export function yearContext(t: number, inputs: ReadonlyMap<string, ExprValue>, rates: RateLookup, sizing: readonly ReadonlyMap<string, Decimal>[], who: string): EvalContext {
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
export function sizeByYear(years: number, inputs: ReadonlyMap<string, ExprValue>, rates: RateLookup): ReadonlyMap<string, Decimal>[] {
  const sizing: Map<string, Decimal>[] = [];
  for (let t = 1; t <= years; t++) {
    const values = new Map<string, Decimal>();
    sizing.push(values);
    const ctx = yearContext(t, inputs, rates, sizing, "a sizing row");
    for (const row of SIZING_ROWS) values.set(row.key, t > 1 && !sizingRowVaries(row.key) ? sizing[0].get(row.key)! : evaluateNumber(row.expr, ctx));
  }
  return sizing;
}
