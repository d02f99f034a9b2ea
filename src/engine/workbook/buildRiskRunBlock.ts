import type { MonteCarloResult } from "../risk/monteCarlo";
import { a1, columnName } from "./excelAddress";
import { FORMAT, tr } from "./layout";
import type { RecordedValue, RecordSource } from "./riskRunRecord";
import { RISK_TEXT as T } from "./riskSheetText";
import type { SheetRows } from "./sheetRows";
import type { CellPlan, ConditionalFormatPlan, DriverCells, Language } from "./WorkbookPlan";

/** Columns of the Run inputs table. */
export const RUN_COLUMNS = { what: 0, label: 1, recorded: 2, current: 3, matches: 4 } as const;

/**
 * Numbers match when they differ by at most this share of the larger one: far below any real edit, far above
 * the rounding noise between the engine (decimal) and a spreadsheet (binary floating point). Written to a
 * labelled cell, not into the formulas.
 */
export const RUN_TOLERANCE = 1e-9;

/** The name of the cell that is TRUE while every recorded value matches (the riskRunCurrent check reads it). */
export const RISK_RUN_CURRENT = "Risk_RunCurrent";

function sourceRef(source: RecordSource, driverCells: Readonly<Record<string, DriverCells>>): string {
  if ("input" in source) return `Input_${source.input}`;
  if ("rate" in source) return `Rate_${source.rate}`;
  return driverCells[source.driver][source.part];
}

/** TRUE when the current value (ref) still is the recorded one (cell rec); an error (e.g. text in a number cell) is a mismatch. */
function matchFormula(v: RecordedValue, ref: string, rec: string, tolerance: string): string {
  switch (v.compare) {
    case "number":
      return `=IFERROR(ABS(${ref}-${rec})<=${tolerance}*MAX(ABS(${rec}),ABS(${ref})),FALSE)`;
    case "logical":
      return `=IFERROR(AND(ISLOGICAL(${ref}),${ref}=${rec}),FALSE)`;
    case "month": // recorded as "YYYY-MM" text, so it reads the same in the 1900 and the 1904 date system
      return `=IFERROR(DATE(YEAR(${ref}),MONTH(${ref}),1)=DATEVALUE(${rec}&"-01"),FALSE)`;
    case "text":
      return `=IFERROR(EXACT(${ref}&"",${rec}),FALSE)`;
  }
}

/**
 * The Run inputs table at the end of the Risk sheet: each value the run used (a constant), the current value
 * (a live reference), and whether they match; Risk_RunCurrent = AND over the matches. Returns the address of
 * that cell, its name, and the amber format for rows that no longer match.
 */
export function riskRunBlock(
  sheet: SheetRows,
  language: Language,
  record: readonly RecordedValue[],
  mc: MonteCarloResult | null,
  driverCells: Readonly<Record<string, DriverCells>>,
): { statusCell: string; conditionalFormats: ConditionalFormatPlan[] } {
  const t = (x: { en: string; zh: string }) => tr(x, language);
  sheet.push([{ value: t(T.runTitle), style: "subtitle" }]);
  sheet.push([{ value: t(T.run), style: "note" }]);
  const toleranceRow = sheet.push([{ value: t(T.runTolerance), style: "label" }, { value: RUN_TOLERANCE, style: "calc", numberFormat: "0E+00" }]);
  const tolerance = a1(toleranceRow, 1, true);
  const statusRow = sheet.push([{ value: t(T.runAll), style: "total" }]);
  if (mc) {
    sheet.push([{ value: t(T.runSeed), style: "label" }, { value: mc.seed, style: "calc", numberFormat: FORMAT.general }]);
    sheet.push([{ value: t(T.runTrials), style: "label" }, { value: mc.trials, style: "calc", numberFormat: FORMAT.integer }]);
  } else sheet.push([{ value: t(T.runNoMc), style: "note" }]);
  sheet.push((language === "zh-CN" ? T.runHeaders.zh : T.runHeaders.en).map((h): CellPlan => ({ value: h, style: "header" })));
  const first = sheet.rows.length;
  for (const v of record) {
    const r = sheet.rows.length;
    const ref = sourceRef(v.source, driverCells);
    const rec = a1(r, RUN_COLUMNS.recorded);
    sheet.push([
      { value: v.what, style: "note" },
      { value: t(v.label), style: "label" },
      // A month is recorded as text: a month format on it would change nothing, so it is shown as written.
      { value: v.recorded, style: "calc", numberFormat: v.compare === "month" ? FORMAT.general : v.numberFormat },
      { formula: `=${ref}`, style: "calc", numberFormat: v.numberFormat },
      { formula: matchFormula(v, ref, rec, tolerance), style: "check" },
    ]);
  }
  const last = sheet.rows.length - 1;
  const matches = `${a1(first, RUN_COLUMNS.matches, true)}:${a1(last, RUN_COLUMNS.matches, true)}`;
  sheet.rows[statusRow][1] = { formula: `=AND(${matches})`, style: "check" };
  const statusCell = a1(statusRow, 1, true);
  sheet.names.push({ name: RISK_RUN_CURRENT, sheet: "risk", address: statusCell });
  sheet.push();
  return {
    statusCell,
    conditionalFormats: [{ range: `${a1(first, RUN_COLUMNS.what)}:${a1(last, RUN_COLUMNS.matches)}`, formula: `=$${columnName(RUN_COLUMNS.matches)}${first + 1}=FALSE`, style: "warn" }],
  };
}
