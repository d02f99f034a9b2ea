import { contingency, dec, EngineError, laborCost, pertEstimate, presentValue, projectCosts, serverCount, tieredCharge, type Tiers } from "../../../src/engine";
import { normalQuantile } from "../../../src/engine/finance/normalQuantile";

/** What a user is told: the code, the field, the allowed range and the value received, all spelled out. */
interface Expected {
  readonly code: string;
  readonly field: string;
  readonly allowed: string;
  readonly received?: string;
  readonly message?: RegExp;
}

function thrown(call: () => unknown): EngineError {
  try {
    call();
  } catch (e) {
    if (e instanceof EngineError) return e;
    throw e;
  }
  throw new Error("expected an EngineError, but nothing was thrown");
}

const tiers = (limits: (number | null)[], prices: number[]): Tiers => ({ limits: limits.map((l) => (l === null ? null : dec(l))), prices: prices.map(dec) });

const CASES: readonly (readonly [string, () => unknown, Expected])[] = [
  ["contingency rate above 1", () => contingency(dec(100), dec(1.5)), { code: "outOfRange", field: "rate", allowed: "a fraction from 0 to 1 (25% = 0.25)", received: "1.5" }],
  ["labour over 0 years", () => laborCost(dec(1), dec(100), dec(1.4), 0), { code: "outOfRange", field: "years", allowed: "a whole number from 1 to 100", received: "0" }],
  ["labour over 101 years", () => laborCost(dec(1), dec(100), dec(1.4), 101), { code: "outOfRange", field: "years", allowed: "a whole number from 1 to 100", received: "101" }],
  ["labour over 2.5 years", () => laborCost(dec(1), dec(100), dec(1.4), 2.5), { code: "outOfRange", field: "years", allowed: "a whole number from 1 to 100", received: "2.5" }],
  ["a quantile at 1", () => normalQuantile(dec(1)), { code: "outOfRange", field: "probability", allowed: "greater than 0 and less than 1" }],
  ["PERT most likely below optimistic", () => pertEstimate(dec(10), dec(5), dec(20)), { code: "order", field: "mostLikely", allowed: "at least optimistic (optimistic ≤ mostLikely ≤ pessimistic)", received: "5" }],
  ["PERT pessimistic below most likely", () => pertEstimate(dec(10), dec(15), dec(12)), { code: "order", field: "pessimistic", allowed: "at least mostLikely (optimistic ≤ mostLikely ≤ pessimistic)", received: "12" }],
  ["PERT confidence of 1", () => pertEstimate(dec(10), dec(15), dec(20), dec(1)), { code: "outOfRange", field: "confidence", allowed: "greater than 0 and less than 1" }],
  ["a discount rate of -1", () => presentValue([dec(1)], dec(-1)), { code: "outOfRange", field: "discountRate", allowed: "a rate greater than -1 (8% = 0.08)", received: "-1" }],
  ["project over 0 years", () => projectCosts(dec(1), 0), { code: "outOfRange", field: "years", allowed: "a whole number from 1 to 100", received: "0" }],
  ["project growth below -100%", () => projectCosts(dec(1), 3, dec(-1.5)), { code: "outOfRange", field: "growthRate", allowed: "a rate of at least -1 (5% = 0.05)", received: "-1.5" }],
  ["servers of no capacity", () => serverCount(dec(100), dec(0)), { code: "outOfRange", field: "capacityPerServer", allowed: "a number greater than 0", received: "0" }],
  ["a negative tiered quantity", () => tieredCharge(dec(-1), tiers([null], [1])), { code: "outOfRange", field: "quantity", allowed: "a number ≥ 0", received: "-1" }],
  ["negative free units", () => tieredCharge(dec(1), tiers([null], [1]), "graduated", dec(-2)), { code: "outOfRange", field: "freeUnits", allowed: "a number ≥ 0", received: "-2" }],
  ["fewer prices than limits", () => tieredCharge(dec(1), tiers([10, null], [1])), { code: "wrongShape", field: "tierPrices", allowed: "as many cells as tierLimits", message: /\(1 vs 2\)/ }],
  ["no tiers at all", () => tieredCharge(dec(1), tiers([], [])), { code: "wrongShape", field: "tierPrices", allowed: "as many cells as tierLimits", message: /\(0 vs 0\)/ }],
  ["a blank limit before the last", () => tieredCharge(dec(1), tiers([10, null, 30], [1, 2, 3])), { code: "order", field: "tierLimits", allowed: "ascending numbers; only the last may be blank (no upper bound)", received: "blank", message: /limit 2 is blank/ }],
  ["a first limit of 0", () => tieredCharge(dec(1), tiers([0, 10], [1, 2])), { code: "order", field: "tierLimits", allowed: "ascending numbers greater than 0", received: "0", message: /limit 1 is 0\)/ }],
  ["limits out of order", () => tieredCharge(dec(1), tiers([10, 5, null], [1, 2, 3])), { code: "order", field: "tierLimits", allowed: "ascending numbers greater than 0", received: "5", message: /limit 2 is 5, not more than limit 1, 10/ }],
  ["a negative price", () => tieredCharge(dec(1), tiers([10, null], [1, -2])), { code: "outOfRange", field: "tierPrices", allowed: "numbers ≥ 0", received: "-2", message: /price 2 is -2/ }],
];

test.each(CASES)("%s: a typed error names the field, the allowed range and what was received", (_name, call, expected) => {
  const e = thrown(call);
  expect(e.code).toBe(expected.code);
  expect(e.field).toBe(expected.field);
  expect(e.allowed).toBe(expected.allowed);
  if (expected.received !== undefined) expect(e.received).toBe(expected.received);
  if (expected.message) expect(e.message).toMatch(expected.message);
  expect(e.message).toContain(expected.field);
});

test("tiers beyond a bounded last limit bill the extra units at the last price; a quantity inside the first tier stops there", () => {
  // Graduated: 10 × 1 + 10 × 2 + 5 × 3 (beyond the last limit, still the last price) = 45.
  expect(tieredCharge(dec(25), tiers([10, 20, 30], [1, 2, 3])).toNumber()).toBe(10 + 20 + 15);
  expect(tieredCharge(dec(35), tiers([10, 20, 30], [1, 2, 3])).toNumber()).toBe(10 + 20 + 30 + 15);
  expect(tieredCharge(dec(4), tiers([10, 20, null], [1, 2, 3])).toNumber()).toBe(4);
});

test("the largest allowed horizons are accepted: 100 years of labour and of a project", () => {
  expect(laborCost(dec(1), dec(100), dec(1), 100).toNumber()).toBe(100 * 100);
  expect(projectCosts(dec(1), 100)).toHaveLength(100);
});
