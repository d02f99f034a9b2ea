import { Decimal, ZERO, ONE } from "../decimal";
import { EngineError } from "../EngineError";

/**
 * Present value of a series of yearly amounts: upfront + Σₜ cₜ / (1+r)^t, t = 1…N (the first amount is
 * discounted by one year, as Excel's NPV does). With r = 0 it is the plain sum, exactly.
 *
 * Speed (a sheet may hold thousands of TCO cells): the discount factors 1/(1+r)^t are computed once per rate
 * and kept in a small cache, so each call multiplies instead of dividing and raising to powers. The factors
 * are computed at the engine's full precision and stored rounded to FACTOR_DIGITS significant digits, which
 * makes each multiplication about twice as fast; the relative error this adds (< 1e-24) is eight orders of
 * magnitude below what a result shown as a double can resolve.
 */

const FACTOR_DIGITS = 25;
const MAX_CACHED_RATES = 64;

interface Schedule {
  /** factors[t] = 1/(1+r)^t rounded to FACTOR_DIGITS, t = 0…; shared, never modified in place. */
  readonly factors: Decimal[];
  /** 1/(1+r)^t at full precision for the last t, to extend the schedule without compounding rounding. */
  last: Decimal;
  readonly v: Decimal;
}

const cache = new Map<string, Schedule>();
/** The same rate object passed again (callers that reuse their Decimal) skips even the string key. */
const byIdentity = new WeakMap<Decimal, Schedule>();

function assertRate(rate: Decimal, field: string): void {
  if (!rate.isFinite() || rate.lessThanOrEqualTo(-1)) {
    throw new EngineError({ code: "outOfRange", field, allowed: "a rate greater than -1 (8% = 0.08)", received: rate.toString() });
  }
}

function scheduleFor(rate: Decimal, field: string): Schedule {
  const known = byIdentity.get(rate);
  if (known !== undefined) return known;
  assertRate(rate, field);
  const key = rate.toString();
  let schedule = cache.get(key);
  if (schedule === undefined) {
    if (cache.size >= MAX_CACHED_RATES) cache.clear();
    schedule = { factors: [ONE], last: ONE, v: ONE.div(ONE.plus(rate)) };
    cache.set(key, schedule);
  }
  byIdentity.set(rate, schedule);
  return schedule;
}

/**
 * The discount factors 1/(1+r)^t for t = 0…periods (index t), to FACTOR_DIGITS significant digits. The
 * returned array may be longer than asked for and is shared: do not modify it.
 */
export function discountFactors(rate: Decimal, periods: number, field = "discountRate"): readonly Decimal[] {
  const schedule = scheduleFor(rate, field);
  const { factors, v } = schedule;
  if (factors.length <= periods) {
    let f = schedule.last;
    for (let t = factors.length; t <= periods; t++) {
      f = f.times(v);
      factors.push(f.toSignificantDigits(FACTOR_DIGITS));
    }
    schedule.last = f;
  }
  return factors;
}

/**
 * upfront + Σₜ flows[t−1] / (1+rate)^t. A null flow counts as 0 (a blank year, which still takes its place).
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
