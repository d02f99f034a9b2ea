import { Decimal, dec } from "../decimal";
import { EngineError } from "../EngineError";

/** The usual advice: set aside 20–30% of the metered costs; 25% is the default. */
export const DEFAULT_CONTINGENCY_RATE: Decimal = dec("0.25");

/** A contingency reserve: amount × rate, with 0 ≤ rate ≤ 1. */
export function contingency(amount: Decimal, rate: Decimal = DEFAULT_CONTINGENCY_RATE): Decimal {
  if (rate.isNegative() || rate.greaterThan(1)) {
    throw new EngineError({ code: "outOfRange", field: "rate", allowed: "a fraction from 0 to 1 (25% = 0.25)", received: rate.toString() });
  }
  return amount.times(rate);
}
