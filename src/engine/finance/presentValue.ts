import { Decimal, ZERO, ONE } from "../decimal";
import { EngineError } from "../EngineError";

/**
 * Present value of a series of yearly amounts: upfront + Σₜ cₜ / (1+r)^t, t = 1…N (the first amount is
 * discounted by one year, as Excel's NPV does). With r = 0 it is the plain sum.
 *
 * Discount factors 1/(1+r)^t are computed once per rate and kept (a small cache keyed by the rate), so that a
 * sheet full of TCO cells with the same rate multiplies instead of dividing and raising to powers.
 */

const MAX_CACHED_RATES = 64;
const cache = new Map<string, Decimal[]>();

function assertRate(rate: Decimal, field: string): void {
  if (!rate.isFinite() || rate.lessThanOrEqualTo(-1)) {
    throw new EngineError({ code: "outOfRange", field, allowed: "a rate greater than -1 (8% = 0.08)", received: rate.toString() });
  }
}

/**
 * The discount factors 1/(1+r)^t for t = 0…periods (index t). The returned array may be longer than asked
 * for and is shared: do not modify it.
 */
export function discountFactors(rate: Decimal, periods: number, field = "discountRate"): readonly Decimal[] {
  assertRate(rate, field);
  const key = rate.toString();
  let factors = cache.get(key);
  if (factors === undefined) {
    if (cache.size >= MAX_CACHED_RATES) cache.clear();
    factors = [ONE];
    cache.set(key, factors);
  }
  if (factors.length <= periods) {
    const v = ONE.div(ONE.plus(rate));
    let f = factors[factors.length - 1];
    for (let t = factors.length; t <= periods; t++) {
      f = f.times(v);
      factors.push(f);
    }
  }
  return factors;
}

/**
 * upfront + Σₜ flows[t−1] / (1+rate)^t. A null flow counts as 0 (a blank year).
 * @param field the argument named in the error when rate ≤ −1
 */
export function presentValue(flows: readonly (Decimal | null)[], rate: Decimal = ZERO, upfront: Decimal = ZERO, field = "discountRate"): Decimal {
  let total = upfront;
  if (rate.isZero()) {
    for (const c of flows) if (c !== null) total = total.plus(c);
    return total;
  }
  const factors = discountFactors(rate, flows.length, field);
  for (let i = 0; i < flows.length; i++) {
    const c = flows[i];
    if (c !== null && !c.isZero()) total = total.plus(c.times(factors[i + 1]));
  }
  return total;
}
