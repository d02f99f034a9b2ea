import { CATEGORIES, type CategoryId } from "../budget/categories";
import { PATHS, type PathId } from "../budget/paths";
import { columnName, sheetRef } from "./excelAddress";
import { MAX_FISCAL_YEARS, MAX_MONTHS, sheetName } from "./layout";
import type { Language } from "./WorkbookPlan";

/**
 * The Phasing sheet: the calendar (one column per month of the longest window, one per fiscal year), then each
 * path's cost by category and month. Every other sheet reads the calendar rows from here.
 */
export const PHASING = {
  labelColumn: 0,
  firstColumn: 2,
  rows: {
    monthNumber: 3,
    month: 4,
    inWindow: 5,
    windowYear: 6,
    fiscalIndex: 7,
    discount: 8,
    fiscalHeader: 10,
    fiscalNumber: 11,
    fiscalStartYear: 12,
    fiscalLabel: 13,
    fiscalMonths: 14,
  },
  /** Each path's block: title, the categories, contingency, billing in advance, total (cash), cumulative, capex. */
  pathTop: (pathIndex: number): number => 16 + pathIndex * PATH_BLOCK_HEIGHT,
} as const;

const PATH_BLOCK_HEIGHT = 1 + CATEGORIES.length + 5 + 1;

export interface PathPhasingRows {
  readonly title: number;
  readonly category: Readonly<Record<CategoryId, number>>;
  readonly contingency: number;
  /** Fees billed annually in advance moved from the months they cover to their billing month (cash − incurred). */
  readonly billing: number;
  /** Cash: the rows above. */
  readonly total: number;
  readonly cumulative: number;
  readonly capex: number;
}

export function pathPhasingRows(path: PathId): PathPhasingRows {
  const top = PHASING.pathTop(PATHS.findIndex((p) => p.id === path));
  const category = Object.fromEntries(CATEGORIES.map((c, i) => [c.id, top + 1 + i])) as Record<CategoryId, number>;
  const after = top + 1 + CATEGORIES.length;
  return { title: top, category, contingency: after, billing: after + 1, total: after + 2, cumulative: after + 3, capex: after + 4 };
}

export const phasingHeight = (): number => PHASING.pathTop(PATHS.length);

/** The Phasing column of month m (1-based) or of fiscal column k (0-based, in the fiscal block). */
export const monthColumn = (m: number): number => PHASING.firstColumn + m - 1;
export const fiscalColumn = (k: number): number => PHASING.firstColumn + k;

/** A Phasing cell from another sheet: row absolute, column of month m (or fiscal column k). */
export function phasingCell(language: Language, row: number, column: number): string {
  return sheetRef(sheetName("phasing", language), `${columnName(column)}$${row + 1}`);
}

/** A whole Phasing row across the month columns, absolute, from another sheet. */
export function phasingMonths(language: Language, row: number): string {
  return sheetRef(sheetName("phasing", language), `$${columnName(monthColumn(1))}$${row + 1}:$${columnName(monthColumn(MAX_MONTHS))}$${row + 1}`);
}

/** A whole Phasing row across the fiscal columns, absolute, from another sheet. */
export function phasingFiscal(language: Language, row: number): string {
  return sheetRef(sheetName("phasing", language), `$${columnName(fiscalColumn(0))}$${row + 1}:$${columnName(fiscalColumn(MAX_FISCAL_YEARS - 1))}$${row + 1}`);
}
