import type { PathId } from "../budget/paths";
import { BUDGET_COLUMNS as COL, type BudgetSheetLayout } from "./budgetSheetLayout";
import { columnName, rangeA1 } from "./excelAddress";
import { MAX_FISCAL_YEARS, tr } from "./layout";
import type { CellPlan, Language } from "./WorkbookPlan";

/** Column helpers shared by the budget sheet's builders. */
export const fiscalCol = (k: number): number => COL.firstFiscal + k;
export const yearCol = (w: number): number => COL.firstWindowYear + w - 1;
export const monthCol = (m: number): number => COL.firstMonth + m - 1;
export const span = (row: number, first: number, last: number, absolute = false): string => rangeA1(row, first, row, last, absolute);
export const fiscalRange = (row: number): string => span(row, fiscalCol(0), fiscalCol(MAX_FISCAL_YEARS - 1));
/** A fiscal-year cell's formula, blank ("") past the horizon, where the index row counts 0 months of it. */
export const inHorizon = (L: BudgetSheetLayout, k: number, body: string): string => `=IF(${columnName(fiscalCol(k))}$${L.indexRow + 1}=0,"",${body})`;
/** A column of the line block, absolute: $X$first:$X$last. */
export const lineColumn = (L: BudgetSheetLayout, column: number): string => `$${columnName(column)}$${L.firstLineRow + 1}:$${columnName(column)}$${L.lastLineRow + 1}`;

/** Builds cells into a fixed grid. */
export class Grid {
  readonly rows: CellPlan[][];
  constructor(height: number, width: number) {
    this.rows = Array.from({ length: height }, () => Array.from({ length: width }, (): CellPlan => ({ value: "" })));
  }
  set(row: number, col: number, cell: CellPlan): void {
    this.rows[row][col] = cell;
  }
}

export interface SheetContext {
  readonly g: Grid;
  readonly L: BudgetSheetLayout;
  readonly path: PathId;
  readonly language: Language;
}

export const t = (c: SheetContext, x: { en: string; zh: string }): string => tr(x, c.language);
