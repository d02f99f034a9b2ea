import { compileExcel } from "../expression/compileExcel";
import { SIZING_ROWS } from "../sizing/sizingRows";
import { a1, columnName, sheetRef } from "./excelAddress";
import { FORMAT, YEAR_COUNT, sheetName, tr } from "./layout";
import type { CellPlan, Language, SheetPlan } from "./WorkbookPlan";

/** Sizing sheet layout: title, header, the year-index row, then one row per sizing row. */
export const SIZING_FIRST_YEAR_COLUMN = 3;
export const SIZING_YEAR_ROW = 2;
const FIRST_ROW = 3;

export function sizingRowIndex(key: string): number {
  const i = SIZING_ROWS.findIndex((r) => r.key === key);
  if (i < 0) throw new Error(`Model error: unknown sizing row "${key}"`);
  return FIRST_ROW + i;
}

/** A cell of the Sizing sheet for year t, from another sheet (row absolute, column relative). */
export function sizingCellFrom(language: Language, key: string, t: number): string {
  return sheetRef(sheetName("sizing", language), `${columnName(SIZING_FIRST_YEAR_COLUMN + t)}$${sizingRowIndex(key) + 1}`);
}

/** The year index t on the Sizing sheet, from another sheet. */
export function sizingYearCellFrom(language: Language, t: number): string {
  return sheetRef(sheetName("sizing", language), `${columnName(SIZING_FIRST_YEAR_COLUMN + t)}$${SIZING_YEAR_ROW + 1}`);
}

const yearHeader = (t: number): CellPlan => ({ value: `Y${t}`, style: "header" });

function formatFor(unit: string): string {
  if (unit === "flag") return FORMAT.general;
  if (unit === "share") return FORMAT.percent;
  if (unit === "×") return FORMAT.factor;
  return FORMAT.number;
}

export function buildSizingSheet(language: Language): SheetPlan {
  const zh = language === "zh-CN";
  const rows: CellPlan[][] = [
    [{ value: zh ? "容量测算（按年）" : "Sizing by year", style: "title" }, { value: "" }, { value: "" }, ...Array.from({ length: YEAR_COUNT }, (): CellPlan => ({ value: "" }))],
    [{ value: zh ? "键" : "key", style: "header" }, { value: zh ? "测算项" : "quantity", style: "header" }, { value: zh ? "单位" : "unit", style: "header" }, ...Array.from({ length: YEAR_COUNT }, (_, t) => yearHeader(t))],
    [
      { value: "year", style: "label" },
      { value: zh ? "年份序号 t" : "Year index t", style: "label" },
      { value: "t", style: "note" },
      ...Array.from({ length: YEAR_COUNT }, (_, t): CellPlan => (t === 0 ? { formula: "=0", style: "calc" } : { formula: `=${a1(SIZING_YEAR_ROW, SIZING_FIRST_YEAR_COLUMN + t - 1)}+1`, style: "calc" })),
    ],
  ];
  SIZING_ROWS.forEach((r) => {
    const cells: CellPlan[] = [
      { value: r.key, style: "label" },
      { value: tr(r.label, language), style: "label" },
      { value: r.unit, style: "note" },
    ];
    for (let t = 0; t < YEAR_COUNT; t++) {
      const col = SIZING_FIRST_YEAR_COLUMN + t;
      const formula = compileExcel(r.expr, {
        input: (key) => `Input_${key}`,
        rate: (key) => `Rate_${key}`,
        sizing: (key, lag) => `${columnName(SIZING_FIRST_YEAR_COLUMN + Math.max(0, t - lag))}${sizingRowIndex(key) + 1}`,
        line: () => {
          throw new Error("Model error: a sizing row cannot refer to a line");
        },
        year: () => `${columnName(col)}$${SIZING_YEAR_ROW + 1}`,
      });
      cells.push({ formula: `=${formula}`, style: "calc", numberFormat: formatFor(r.unit) });
    }
    rows.push(cells);
  });
  return {
    key: "sizing",
    name: sheetName("sizing", language),
    tabColor: "#5C2E91",
    blocks: [{ row: 0, column: 0, cells: rows }],
    columnWidths: [24, 46, 12, ...Array.from({ length: YEAR_COUNT }, () => 12)],
    frozen: { rows: 3, columns: 3 },
    validations: [],
    conditionalFormats: [],
    charts: [],
    protect: true,
    print: { landscape: true, fitToWidth: true },
  };
}
