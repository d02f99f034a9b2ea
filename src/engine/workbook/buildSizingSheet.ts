import { compileExcel } from "../expression/compileExcel";
import { SIZING_ROWS } from "../sizing/sizingRows";
import { a1, columnName, sheetRef } from "./excelAddress";
import { FORMAT, MAX_YEARS, sheetName, tr } from "./layout";
import type { CellPlan, Language, SheetPlan } from "./WorkbookPlan";

/** Sizing sheet layout: title, header, the window-year row, then one row per sizing row; window year w in column D + w − 1. */
export const SIZING_FIRST_YEAR_COLUMN = 3;
export const SIZING_YEAR_ROW = 2;
const FIRST_ROW = 3;

const yearColumn = (w: number): number => SIZING_FIRST_YEAR_COLUMN + w - 1;

export function sizingRowIndex(key: string): number {
  const i = SIZING_ROWS.findIndex((r) => r.key === key);
  if (i < 0) throw new Error(`Model error: unknown sizing row "${key}"`);
  return FIRST_ROW + i;
}

/** A cell of the Sizing sheet for window year w, from another sheet (row and column absolute). */
export function sizingCellFrom(language: Language, key: string, w: number): string {
  return sheetRef(sheetName("sizing", language), `$${columnName(yearColumn(w))}$${sizingRowIndex(key) + 1}`);
}

/** A sizing row across every window-year column, absolute, from another sheet (for INDEX and SUMPRODUCT). */
export function sizingWindowYearsFrom(language: Language, key: string): string {
  const r = sizingRowIndex(key) + 1;
  return sheetRef(sheetName("sizing", language), `$${columnName(yearColumn(1))}$${r}:$${columnName(yearColumn(MAX_YEARS))}$${r}`);
}

/** The window year w on the Sizing sheet, from another sheet. */
export function sizingYearCellFrom(language: Language, w: number): string {
  return sheetRef(sheetName("sizing", language), `$${columnName(yearColumn(w))}$${SIZING_YEAR_ROW + 1}`);
}

function formatFor(unit: string): string {
  if (unit === "flag") return FORMAT.general;
  if (unit === "share") return FORMAT.percent;
  if (unit === "×") return FORMAT.factor;
  return FORMAT.number;
}

function sizingRow(r: (typeof SIZING_ROWS)[number], language: Language): CellPlan[] {
  const cells: CellPlan[] = [
    { value: r.key, style: "label" },
    { value: tr(r.label, language), style: "label" },
    { value: r.unit, style: "note" },
  ];
  for (let w = 1; w <= MAX_YEARS; w++) {
    const formula = compileExcel(r.expr, {
      input: (key) => `Input_${key}`,
      rate: (key) => `Rate_${key}`,
      sizing: (key, lag) => `${columnName(yearColumn(Math.max(1, w - lag)))}${sizingRowIndex(key) + 1}`,
      line: () => {
        throw new Error("Model error: a sizing row cannot refer to a line");
      },
      year: () => `${columnName(yearColumn(w))}$${SIZING_YEAR_ROW + 1}`,
    });
    cells.push({ formula: `=${formula}`, style: "calc", numberFormat: formatFor(r.unit) });
  }
  return cells;
}

/** Demand, capacity, staffing and escalation by window year (twelve-month blocks from the project start). */
export function buildSizingSheet(language: Language): SheetPlan {
  const zh = language === "zh-CN";
  const yearHeader = (w: number): CellPlan => ({ value: zh ? `第 ${w} 年` : `Year ${w}`, style: "header" });
  const rows: CellPlan[][] = [
    [{ value: zh ? "容量测算（按窗口年：自项目开始起每十二个月）" : "Sizing by window year (twelve-month blocks from the project start)", style: "title" }, { value: "" }, { value: "" }, ...Array.from({ length: MAX_YEARS }, (): CellPlan => ({ value: "" }))],
    [{ value: zh ? "键" : "key", style: "header" }, { value: zh ? "测算项" : "quantity", style: "header" }, { value: zh ? "单位" : "unit", style: "header" }, ...Array.from({ length: MAX_YEARS }, (_, i) => yearHeader(i + 1))],
    [
      { value: "year", style: "label" },
      { value: zh ? "窗口年 w" : "Window year w", style: "label" },
      { value: "w", style: "note" },
      ...Array.from({ length: MAX_YEARS }, (_, i): CellPlan => (i === 0 ? { formula: "=1", style: "calc" } : { formula: `=${a1(SIZING_YEAR_ROW, yearColumn(i))}+1`, style: "calc" })),
    ],
  ];
  for (const r of SIZING_ROWS) rows.push(sizingRow(r, language));
  return {
    key: "sizing",
    name: sheetName("sizing", language),
    tabColor: "#5C2E91",
    blocks: [{ row: 0, column: 0, cells: rows }],
    columnWidths: [24, 46, 12, ...Array.from({ length: MAX_YEARS }, () => 12)],
    frozen: { rows: 3, columns: 3 },
    validations: [],
    conditionalFormats: [],
    charts: [],
    protect: true,
    print: { landscape: true, fitToWidth: true },
  };
}
