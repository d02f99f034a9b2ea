import { windowYearOf } from "../calendar/budgetWindow";
import { type Decimal, ZERO } from "../decimal";
import type { BudgetResult } from "./BudgetResult";
import type { PathId } from "./paths";

/** A path's steady cost per user per month, as a market comparison reads it. */
export interface RunRate {
  /** Index of the fiscal-year column it is measured in. */
  readonly fiscalIndex: number;
  readonly label: { readonly en: string; readonly zh: string };
  /** The base (six categories, before contingency and hidden-cost allowances) ÷ the column's user-months. */
  readonly perUserMonth: Decimal;
}

/**
 * The run rate of a path: its first fiscal year that is a full twelve months and wholly in service, so that no
 * build month, one-off purchase or part year distorts a comparison with list prices and salary surveys.
 * Null when the window holds no such year.
 */
export function runRateCost(result: BudgetResult, path: PathId): RunRate | null {
  const budget = result.paths[path];
  let firstMonth = 1;
  for (let i = 0; i < result.calendar.fiscalYears.length; i++) {
    const fy = result.calendar.fiscalYears[i];
    if (fy.monthCount === 12 && firstMonth > budget.goLive) {
      let userMonths = ZERO;
      for (let m = firstMonth; m < firstMonth + 12; m++) userMonths = userMonths.plus(result.users[windowYearOf(m) - 1]);
      return { fiscalIndex: i, label: fy.label, perUserMonth: budget.base[i].dividedBy(userMonths) };
    }
    firstMonth += fy.monthCount;
  }
  return null;
}
