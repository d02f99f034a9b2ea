import { Decimal, ZERO } from "../decimal";
import { EngineError } from "../EngineError";

/**
 * Tiered prices, as vendors bill usage:
 * - graduated: each unit at the price of the tier it falls in (the first freeUnits units free);
 * - volume: every billable unit at the price of the tier that contains the whole quantity;
 * - flat: the prices are band fees; the fee of the band that contains the quantity (0 when quantity ≤ free).
 *
 * Limits are ascending, inclusive upper bounds on the gross quantity. The last limit may be null or 0, meaning
 * no upper bound; beyond a bounded last limit the last price still applies.
 */
export type TierMode = "graduated" | "volume" | "flat";
export const TIER_MODES: readonly TierMode[] = ["graduated", "volume", "flat"];

export interface Tiers {
  /** Upper bound of each tier; the last may be null (or 0): no upper bound. */
  readonly limits: readonly (Decimal | null)[];
  /** Unit price per tier (graduated, volume) or band fee (flat). */
  readonly prices: readonly Decimal[];
}

function checkTiers({ limits, prices }: Tiers): void {
  if (limits.length === 0 || limits.length !== prices.length) {
    throw new EngineError(
      { code: "wrongShape", field: "tierPrices", allowed: "as many cells as tierLimits" },
      `tierPrices must have as many cells as tierLimits (${prices.length} vs ${limits.length})`,
    );
  }
  let previous: Decimal = ZERO;
  for (let i = 0; i < limits.length; i++) {
    const limit = limits[i];
    const last = i === limits.length - 1;
    if (last && (limit === null || limit.isZero())) break;
    if (limit === null) {
      throw new EngineError(
        { code: "order", field: "tierLimits", allowed: "ascending numbers; only the last may be blank (no upper bound)", received: "blank" },
        `tierLimits: only the last limit may be blank (no upper bound); limit ${i + 1} is blank`,
      );
    }
    if (!limit.greaterThan(previous)) {
      throw new EngineError(
        { code: "order", field: "tierLimits", allowed: "ascending numbers greater than 0", received: limit.toString() },
        i === 0
          ? `tierLimits must be greater than 0 (limit 1 is ${limit.toString()})`
          : `tierLimits must be ascending (limit ${i + 1} is ${limit.toString()}, not more than limit ${i}, ${previous.toString()})`,
      );
    }
    previous = limit;
  }
  for (let i = 0; i < prices.length; i++) {
    if (prices[i].isNegative()) {
      throw new EngineError(
        { code: "outOfRange", field: "tierPrices", allowed: "numbers ≥ 0", received: prices[i].toString() },
        `tierPrices must be numbers ≥ 0 (price ${i + 1} is ${prices[i].toString()})`,
      );
    }
  }
}

/** Index of the tier whose range holds the quantity (the last tier beyond the last limit). */
function tierIndexOf(quantity: Decimal, limits: readonly (Decimal | null)[]): number {
  for (let i = 0; i < limits.length - 1; i++) {
    const limit = limits[i] as Decimal;
    if (quantity.lessThanOrEqualTo(limit)) return i;
  }
  return limits.length - 1;
}

/** The charge for a quantity under tiered prices (see the module comment for the three modes). */
export function tieredCharge(quantity: Decimal, tiers: Tiers, mode: TierMode = "graduated", freeUnits: Decimal = ZERO): Decimal {
  if (quantity.isNegative()) {
    throw new EngineError({ code: "outOfRange", field: "quantity", allowed: "a number ≥ 0", received: quantity.toString() });
  }
  if (freeUnits.isNegative()) {
    throw new EngineError({ code: "outOfRange", field: "freeUnits", allowed: "a number ≥ 0", received: freeUnits.toString() });
  }
  checkTiers(tiers);
  const { limits, prices } = tiers;
  switch (mode) {
    case "graduated": {
      let charge = ZERO;
      let lower = ZERO;
      for (let i = 0; i < limits.length && lower.lessThan(quantity); i++) {
        const last = i === limits.length - 1;
        const upper = last ? quantity : Decimal.min(limits[i] as Decimal, quantity);
        const from = Decimal.max(lower, freeUnits);
        if (upper.greaterThan(from)) charge = charge.plus(prices[i].times(upper.minus(from)));
        lower = upper;
      }
      return charge;
    }
    case "volume": {
      const billable = quantity.minus(freeUnits);
      if (!billable.greaterThan(0)) return ZERO;
      return billable.times(prices[tierIndexOf(quantity, limits)]);
    }
    case "flat":
      if (quantity.lessThanOrEqualTo(freeUnits)) return ZERO;
      return prices[tierIndexOf(quantity, limits)];
  }
}
