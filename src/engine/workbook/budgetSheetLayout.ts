import { CATEGORIES, type CategoryId } from "../budget/categories";
import { COST_LINES } from "../lines/costLines";

/** Row positions of a path's budget sheet; the same for every path, so the three sheets line up. */
export interface BudgetSheetLayout {
  readonly headerRow: number;
  readonly yearRow: number;
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
  readonly discountFactorRow: number;
  readonly presentValueRow: number;
  readonly cumulativeRow: number;
  readonly costPerUserRow: number;
  readonly estimateShareRow: number;
  readonly rowCount: number;
}

/** Columns: A category, B line, C consideration, D capex/opex, E…O Y0…Y10, P total, Q contingency class, R rests on estimate, S line id. */
export const BUDGET_COLUMNS = { category: 0, line: 1, consideration: 2, capex: 3, firstYear: 4, total: 15, contingency: 16, estimate: 17, id: 18 } as const;

export function budgetSheetLayout(): BudgetSheetLayout {
  let row = 2;
  const headerRow = row++;
  const yearRow = row++;
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
  const discountFactorRow = row++;
  const presentValueRow = row++;
  const cumulativeRow = row++;
  const costPerUserRow = row++;
  const estimateShareRow = row++;
  return { headerRow, yearRow, categoryHeaderRow, lineRow, subtotalRow, firstLineRow, lastLineRow, baseRow, hiddenRow, contingencyMeteredRow, contingencyLabourRow, totalRow, capexRow, opexRow, discountFactorRow, presentValueRow, cumulativeRow, costPerUserRow, estimateShareRow, rowCount: row };
}
