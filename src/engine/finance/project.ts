import { Decimal, ONE, ZERO } from "../decimal";
import { EngineError } from "../EngineError";

export const MAX_PROJECT_YEARS = 100;

/**
 * A yearly cost that grows at a constant rate: cost × (1+g)^(t−1) for t = 1…years.
 * @param years a whole number from 1 to MAX_PROJECT_YEARS
 * @param growthRate g ≥ −1 (a fraction: 5% = 0.05)
 */
export function projectCosts(firstYearCost: Decimal, years: number, growthRate: Decimal = ZERO): Decimal[] {
  if (!Number.isInteger(years) || years < 1 || years > MAX_PROJECT_YEARS) {
    throw new EngineError({ code: "outOfRange", field: "years", allowed: `a whole number from 1 to ${MAX_PROJECT_YEARS}`, received: String(years) });
  }
  if (growthRate.lessThan(-1)) {
    throw new EngineError({ code: "outOfRange", field: "growthRate", allowed: "a rate of at least -1 (5% = 0.05)", received: growthRate.toString() });
  }
  const factor = ONE.plus(growthRate);
  const out: Decimal[] = [firstYearCost];
  let cost = firstYearCost;
  for (let t = 2; t <= years; t++) {
    cost = cost.times(factor);
    out.push(cost);
  }
  return out;
}
