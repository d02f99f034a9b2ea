import { CATEGORIES, type CategoryId } from "../budget/categories";
import { COST_LINES } from "../lines/costLines";
import { MAX_FISCAL_YEARS, MAX_MONTHS, MAX_YEARS } from "./layout";

/** Row positions of a path's budget sheet; the same for every path, so the three sheets line up. */
export interface BudgetSheetLayout {
  readonly headerRow: number;
  /** Helper row: fiscal column k, window year w or month m above each column (formulas refer to it). */
  readonly indexRow: number;
  /** Helper row: the window year of each month column. */
  readonly windowYearRow: number;
  readonly categoryHeaderRow: Readonly<Record<CategoryId, number>>;
  readonly lineRow: Readonly<Record<string, number>>;
  readonly subtotalRow: Readonly<Record<CategoryId, number>>;
  readonly firstLineRow: number;
  readonly lastLineRow: number;
  readonly baseRow: number;
  readonly hiddenRow: number;
  readonly contingencyMeteredRow: number;
  readonly contingencyLabourRow: number;
  readonly totalRow: number;
  readonly capexRow: number;
  readonly opexRow: number;
  readonly cumulativeRow: number;
  readonly presentValueRow: number;
  readonly serviceMonthsRow: number;
  readonly costPerUserRow: number;
  readonly estimateShareRow: number;
  /** Memo rows: what the contingency rates apply to, month by month (metered outside quoted months; labour). */
  readonly bearingMeteredRow: number;
  readonly bearingLabourRow: number;
  readonly rowCount: number;
}

const FIRST_FISCAL = 5;
const TOTAL = FIRST_FISCAL + MAX_FISCAL_YEARS;
const QUOTED_FROM = TOTAL + 4;
const FROM = QUOTED_FROM + 2;
const FIRST_WINDOW_YEAR = FROM + 4;
const FIRST_MONTH = FIRST_WINDOW_YEAR + MAX_YEARS;

/**
 * Columns: A category, B line, C consideration, D capex/opex, E timing rule, F… one per fiscal year, total,
 * contingency class, rests on estimate, line id, the months its prices are under quote [from, to); the line's schedule (from, to, step, divisor); its amount by
 * window year (before escalation); and its cost in every month of the window.
 */
export const BUDGET_COLUMNS = {
  category: 0,
  line: 1,
  consideration: 2,
  capex: 3,
  timing: 4,
  firstFiscal: FIRST_FISCAL,
  total: TOTAL,
  contingency: TOTAL + 1,
  estimate: TOTAL + 2,
  id: TOTAL + 3,
  quotedFrom: QUOTED_FROM,
  quotedTo: QUOTED_FROM + 1,
  from: FROM,
  to: FROM + 1,
  step: FROM + 2,
  divisor: FROM + 3,
  firstWindowYear: FIRST_WINDOW_YEAR,
  firstMonth: FIRST_MONTH,
  width: FIRST_MONTH + MAX_MONTHS,
} as const;

export function budgetSheetLayout(): BudgetSheetLayout {
  let row = 2;
  const headerRow = row++;
  const indexRow = row++;
  const windowYearRow = row++;
  const categoryHeaderRow = {} as Record<CategoryId, number>;
  const lineRow: Record<string, number> = {};
  const subtotalRow = {} as Record<CategoryId, number>;
  const firstLineRow = row;
  for (const c of CATEGORIES) {
    categoryHeaderRow[c.id] = row++;
    for (const l of COST_LINES) if (l.category === c.id) lineRow[l.id] = row++;
    subtotalRow[c.id] = row++;
  }
  const lastLineRow = row - 1;
  row++; // blank
  const baseRow = row++;
  const hiddenRow = row++;
  const contingencyMeteredRow = row++;
  const contingencyLabourRow = row++;
  const totalRow = row++;
  row++; // blank
  const capexRow = row++;
  const opexRow = row++;
  const cumulativeRow = row++;
  const presentValueRow = row++;
  const serviceMonthsRow = row++;
  const costPerUserRow = row++;
  const estimateShareRow = row++;
  row++; // blank
  const bearingMeteredRow = row++;
  const bearingLabourRow = row++;
  return { headerRow, indexRow, windowYearRow, categoryHeaderRow, lineRow, subtotalRow, firstLineRow, lastLineRow, baseRow, hiddenRow, contingencyMeteredRow, contingencyLabourRow, totalRow, capexRow, opexRow, cumulativeRow, presentValueRow, serviceMonthsRow, costPerUserRow, estimateShareRow, bearingMeteredRow, bearingLabourRow, rowCount: row };
}
