import { Decimal, ONE, ZERO } from "../decimal";

type Value = Decimal | number | string;

/**
 * The discount factor of the m-th month of the window (m = 1 is the project's first month):
 * (1 + r)^−((m − timing)/12), where r is the nominal annual rate and `timing` places the month's cash within
 * it (0.5 = mid-month, 0 = month end, 1 = month start).
 */
export function monthlyDiscountFactor(m: number, annualRate: Value, timing: Value): Decimal {
  const years = new Decimal(m).minus(timing).dividedBy(12);
  return ONE.dividedBy(ONE.plus(annualRate).pow(years));
}

/** Σ flowₘ · factorₘ over the window, flows[0] being month 1. */
export function presentValueOfMonths(flows: readonly Value[], annualRate: Value, timing: Value): Decimal {
  return flows.reduce<Decimal>((acc, f, i) => acc.plus(new Decimal(f).times(monthlyDiscountFactor(i + 1, annualRate, timing))), ZERO);
}
