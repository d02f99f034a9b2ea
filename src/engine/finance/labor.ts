import { Decimal, ONE, ZERO, dec } from "../decimal";
import { EngineError } from "../EngineError";

export const DEFAULT_LOAD_FACTOR: Decimal = dec("1.4");
export const MAX_LABOR_YEARS = 100;

/**
 * People cost over several years: Σₜ fte × salary × load × (1+g)^(t−1), t = 1…years.
 * @param loadFactor employer cost per unit of salary (social insurance, housing fund, benefits)
 */
export function laborCost(fte: Decimal, annualSalary: Decimal, loadFactor: Decimal = DEFAULT_LOAD_FACTOR, years = 1, salaryGrowth: Decimal = ZERO): Decimal {
  if (!Number.isInteger(years) || years < 1 || years > MAX_LABOR_YEARS) {
    throw new EngineError({ code: "outOfRange", field: "years", allowed: `a whole number from 1 to ${MAX_LABOR_YEARS}`, received: String(years) });
  }
  const yearOne = fte.times(annualSalary).times(loadFactor);
  const factor = ONE.plus(salaryGrowth);
  // Σ (1+g)^(t−1) for t = 1…years, by accumulation (exact for g = 0).
  let growthSum = ZERO;
  let power = ONE;
  for (let t = 1; t <= years; t++) {
    growthSum = growthSum.plus(power);
    power = power.times(factor);
  }
  return yearOne.times(growthSum);
}
