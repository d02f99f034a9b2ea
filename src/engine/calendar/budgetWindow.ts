import { Decimal, ONE, ZERO } from "../decimal";
import { fiscalYearColumns, fiscalYearName, type FiscalYearColumn, type FiscalYearLabel } from "./fiscalYears";
import { formatMonth, parseMonth, type MonthIndex } from "./monthIndex";

/** A fiscal-year column with its names in both languages. */
export interface FiscalYear extends FiscalYearColumn {
  readonly label: { readonly en: string; readonly zh: string };
}

/**
 * The budget window: `years × 12` months from the project start, the fiscal years it touches, and each month's
 * window year, fiscal column and discount factor. Month m is 1-based: m = 1 is the project start.
 */
export interface BudgetWindow {
  readonly start: MonthIndex;
  readonly years: number;
  readonly months: number;
  readonly fiscalYears: readonly FiscalYear[];
  /** fiscalOf[m] = the fiscal column of month m (index 0 unused). */
  readonly fiscalOf: readonly number[];
  /** discount[m] = (1 + r)^−((m − timing)/12) (index 0 unused). */
  readonly discount: readonly Decimal[];
  /** discountSum[m] = discount[1] + … + discount[m] (index 0 is 0), for a run of months in one step. */
  readonly discountSum: readonly Decimal[];
}

export interface WindowInputs {
  readonly projectStart: string;
  readonly horizonYears: number;
  readonly fiscalYearStartMonth: number;
  readonly fiscalYearLabel: FiscalYearLabel;
  readonly discountRate: Decimal | number | string;
  readonly discountTiming: Decimal | number | string;
}

/** The window year (1-based twelve-month block from the project start) of month m. */
export const windowYearOf = (m: number): number => Math.ceil(m / 12);

interface DiscountTables {
  readonly discount: readonly Decimal[];
  readonly discountSum: readonly Decimal[];
}

/** The last few discount tables by rate, timing and months: they need two powers and 2 × M steps each. */
const discountCache = new Map<string, DiscountTables>();

function discountTables(rate: Decimal | number | string, timing: Decimal | number | string, months: number): DiscountTables {
  const key = `${String(rate)}|${String(timing)}|${months}`;
  const cached = discountCache.get(key);
  if (cached) return cached;
  // One power for the first month, then one multiplication a month: q = (1 + r)^(−1/12).
  const q = ONE.dividedBy(ONE.plus(rate).pow(new Decimal(1).dividedBy(12)));
  const discount = [ZERO, q.pow(ONE.minus(timing))];
  const discountSum = [ZERO, discount[1]];
  for (let m = 2; m <= months; m++) {
    discount.push(discount[m - 1].times(q));
    discountSum.push(discountSum[m - 1].plus(discount[m]));
  }
  // Shared between results, so frozen: nobody can change another result's table.
  const tables = { discount: Object.freeze(discount), discountSum: Object.freeze(discountSum) };
  if (discountCache.size >= 16) discountCache.clear();
  discountCache.set(key, tables);
  return tables;
}

export function budgetWindow(w: WindowInputs): BudgetWindow {
  const start = parseMonth(w.projectStart, "projectStart");
  const months = w.horizonYears * 12;
  const fiscalYears = fiscalYearColumns(start, months, w.fiscalYearStartMonth).map((c) => ({
    ...c,
    label: { en: fiscalYearName(c.startYear, w.fiscalYearStartMonth, w.fiscalYearLabel, "en"), zh: fiscalYearName(c.startYear, w.fiscalYearStartMonth, w.fiscalYearLabel, "zh") },
  }));
  const fiscalOf = [0];
  fiscalYears.forEach((fy, i) => {
    for (let k = 0; k < fy.monthCount; k++) fiscalOf.push(i);
  });
  const { discount, discountSum } = discountTables(w.discountRate, w.discountTiming, months);
  return { start, years: w.horizonYears, months, fiscalYears, fiscalOf, discount, discountSum };
}

/** "YYYY-MM" of month m of the window. */
export const monthLabel = (calendar: BudgetWindow, m: number): string => formatMonth(calendar.start + m - 1);
