import { CATEGORIES, type CategoryId } from "../budget/categories";
import { ASSET_CLASS_IDS, type AssetClass } from "../lines/assetClasses";
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
  /** Incurred: the budget total (fiscal columns and month by month). */
  readonly totalRow: number;
  /** The four views (issue 11): title, then the rows below, month by month and by fiscal year. */
  readonly viewsTitleRow: number;
  /** Memo: the bills of each line billed annually in advance (keyed by line id). */
  readonly billedRow: Readonly<Record<string, number>>;
  readonly cashRow: number;
  readonly capexClassRow: Readonly<Record<AssetClass, number>>;
  readonly capexRow: number;
  readonly opexRow: number;
  readonly depreciationClassRow: Readonly<Record<AssetClass, number>>;
  readonly depreciationRow: number;
  readonly pnlRow: number;
  /** Fiscal columns only: closing balances at each fiscal year end, and the reconciliation. */
  readonly netBookValueClassRow: Readonly<Record<AssetClass, number>>;
  readonly netBookValueRow: number;
  readonly prepaidRow: number;
  /** Cumulative cash by fiscal year. */
  readonly cumulativeRow: number;
  readonly reconciliationRow: number;
  readonly presentValueRow: number;
  readonly serviceMonthsRow: number;
  readonly costPerUserRow: number;
  readonly estimateShareRow: number;
  /** Memo rows: what the contingency rates apply to, month by month (metered outside quoted months; labour). */
  readonly bearingMeteredRow: number;
  readonly bearingLabourRow: number;
  /** Memo: the month a purchase made in each month enters service (the later of it and go-live + 1). */
  readonly inServiceRow: number;
  /** Memo, fiscal columns: the last month of each fiscal year within the window (closing balances are taken there). */
  readonly fiscalEndRow: number;
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
  const viewsTitleRow = row++;
  const billedRow: Record<string, number> = {};
  for (const l of COST_LINES) if (l.billing === "annualInAdvance") billedRow[l.id] = row++;
  const cashRow = row++;
  const byClass = (): Record<AssetClass, number> => Object.fromEntries(ASSET_CLASS_IDS.map((a) => [a, row++])) as Record<AssetClass, number>;
  const capexClassRow = byClass();
  const capexRow = row++;
  const opexRow = row++;
  const depreciationClassRow = byClass();
  const depreciationRow = row++;
  const pnlRow = row++;
  const netBookValueClassRow = byClass();
  const netBookValueRow = row++;
  const prepaidRow = row++;
  const cumulativeRow = row++;
  const reconciliationRow = row++;
  row++; // blank
  const presentValueRow = row++;
  const serviceMonthsRow = row++;
  const costPerUserRow = row++;
  const estimateShareRow = row++;
  row++; // blank
  const bearingMeteredRow = row++;
  const bearingLabourRow = row++;
  const inServiceRow = row++;
  const fiscalEndRow = row++;
  return { headerRow, indexRow, windowYearRow, categoryHeaderRow, lineRow, subtotalRow, firstLineRow, lastLineRow, baseRow, hiddenRow, contingencyMeteredRow, contingencyLabourRow, totalRow, viewsTitleRow, billedRow, cashRow, capexClassRow, capexRow, opexRow, depreciationClassRow, depreciationRow, pnlRow, netBookValueClassRow, netBookValueRow, prepaidRow, cumulativeRow, reconciliationRow, presentValueRow, serviceMonthsRow, costPerUserRow, estimateShareRow, bearingMeteredRow, bearingLabourRow, inServiceRow, fiscalEndRow, rowCount: row };
}
