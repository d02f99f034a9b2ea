import { PATHS } from "../budget/paths";
import type { BudgetSheetLayout } from "./budgetSheetLayout";

/** Driver table columns. */
export const DRIVER_COLUMNS = { id: 0, label: 1, actsOn: 2, effect: 3, low: 4, mode: 5, high: 6, distribution: 7, source: 8 } as const;
/** Analytic detail columns. */
export const DETAIL_COLUMNS = { label: 0, exposure: 1, low: 2, mode: 3, high: 4, mean: 5, variance: 6, swing: 7, rank: 8 } as const;

const SUMMARY_ROWS = ["base", "flat", "flatTotal", "flatShare", "mean", "sigma", "p50", "p80", "p90", "risk", "riskShare", "mcNote", "mcP50", "mcP80", "mcP90", "mcMean", "mcRisk", "mcConfidence", "mcY1p50", "mcY1p80", "mcY1p90"] as const;
export type SummaryRow = (typeof SUMMARY_ROWS)[number];

/**
 * Row positions of the Risk sheet, decided up front so that the summary's formulas can refer to the detail
 * blocks below it. Blocks: title, stale-run banner and notes, drivers, summary, a tornado per path, an
 * analytic detail per path, the exposure weights, then the run inputs (their rows follow the weights).
 */
export interface RiskSheetLayout {
  readonly firstDriverRow: number;
  readonly lastDriverRow: number;
  readonly summaryTitleRow: number;
  readonly summary: Readonly<Record<SummaryRow, number>>;
  readonly tornadoStart: number;
  readonly tornadoHeight: number;
  readonly detailStart: number;
  readonly weightsStart: number;
  readonly lineRowCount: number;
  tornadoRow(pathIndex: number): number;
  detailRow(pathIndex: number): number;
  weightsRow(pathIndex: number): number;
}

export function riskSheetLayout(driverCount: number, budget: BudgetSheetLayout): RiskSheetLayout {
  const D = driverCount;
  const firstDriverRow = 7; // title, banner, two notes, blank, drivers title, header
  const lastDriverRow = firstDriverRow + D - 1;
  const summaryTitleRow = lastDriverRow + 2;
  const summary = Object.fromEntries(SUMMARY_ROWS.map((k, i) => [k, summaryTitleRow + 2 + i])) as Record<SummaryRow, number>;
  const tornadoStart = summary.mcY1p90 + 2; // a blank row after the summary
  const tornadoHeight = 1 + 1 + D + 1 + 3 + 1; // title, header, D rows, blank, chart data (3), blank
  const detailStart = tornadoStart + PATHS.length * tornadoHeight;
  const detailHeight = 1 + 1 + D + 1; // title, header, D rows, blank
  const weightsStart = detailStart + PATHS.length * detailHeight;
  const lineRowCount = budget.lastLineRow - budget.firstLineRow + 1;
  const weightsHeight = 1 + lineRowCount + 1 + 1; // header, line rows, zero-base row, blank
  return {
    firstDriverRow,
    lastDriverRow,
    summaryTitleRow,
    summary,
    tornadoStart,
    tornadoHeight,
    detailStart,
    weightsStart,
    lineRowCount,
    tornadoRow: (pi) => tornadoStart + pi * tornadoHeight,
    detailRow: (pi) => detailStart + pi * detailHeight,
    weightsRow: (pi) => weightsStart + 1 + pi * weightsHeight, // +1: the explanation row
  };
}
