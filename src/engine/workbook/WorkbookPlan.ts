/**
 * The budget workbook as pure data. Writers (Office.js inside Excel, exceljs for the CLI) apply it without
 * deciding anything about content; everything here is built by buildWorkbookPlan from the engine's model.
 * Rows and columns are 0-based; addresses inside formulas are ordinary A1 text.
 */
export type Language = "zh-CN" | "en-US";

export type SheetKey =
  | "cover"
  | "inputs"
  | "rateCard"
  | "sizing"
  | "selfBuild"
  | "commercial"
  | "hybrid"
  | "phasing"
  | "compare"
  | "risk"
  | "checks"
  | "depreciation";

/** Visual roles; writers map them to fonts, fills and borders (and inputs to unlocked cells). */
export type CellStyle = "title" | "subtitle" | "header" | "label" | "input" | "calc" | "subtotal" | "total" | "note" | "check" | "link";

export type CellPlan =
  /** A constant. Strings are always literal text, never formulas, whatever they start with. */
  | { readonly value: string | number | boolean | null; readonly formula?: undefined; readonly numberFormat?: string; readonly style?: CellStyle }
  /** A formula, starting with "=". */
  | { readonly formula: string; readonly value?: undefined; readonly numberFormat?: string; readonly style?: CellStyle };

/** A rectangle of cells written in one go (one 2-D array per property). */
export interface BlockPlan {
  readonly row: number;
  readonly column: number;
  /** rows × columns; every row has the same length. */
  readonly cells: readonly (readonly CellPlan[])[];
}

export interface ValidationPlan {
  /** A1 range on this sheet, e.g. "B2:B2". */
  readonly range: string;
  readonly rule:
    | { readonly type: "decimal" | "whole"; readonly min: number; readonly max: number }
    | { readonly type: "list"; readonly values: readonly string[] };
  readonly message: string;
}

export interface ConditionalFormatPlan {
  readonly range: string;
  /** A formula relative to the range's top-left cell that is TRUE where the format applies. */
  readonly formula: string;
  readonly style: "good" | "bad" | "warn";
}

export interface ChartPlan {
  readonly title: string;
  readonly type: "line" | "columnClustered" | "barClustered";
  /** A1 range on this sheet holding series in rows, first column = series names, first row = categories. */
  readonly dataRange: string;
  /** Where the chart sits: A1 of the top-left and bottom-right cells. */
  readonly topLeft: string;
  readonly bottomRight: string;
}

export interface SheetPlan {
  readonly key: SheetKey;
  readonly name: string;
  readonly tabColor?: string;
  readonly blocks: readonly BlockPlan[];
  /** Column widths in characters, by 0-based column index. */
  readonly columnWidths: readonly number[];
  readonly frozen?: { readonly rows: number; readonly columns: number };
  readonly validations: readonly ValidationPlan[];
  readonly conditionalFormats: readonly ConditionalFormatPlan[];
  readonly charts: readonly ChartPlan[];
  /** Protected without a password; cells styled "input" stay unlocked. */
  readonly protect: boolean;
  readonly print: { readonly landscape: boolean; readonly fitToWidth: boolean };
}

export interface NamePlan {
  /** Workbook-scoped name, e.g. Input_headcount, Rate_vm_month_cn, Total_TCO_SelfBuild, Check_All. */
  readonly name: string;
  readonly sheet: SheetKey;
  /** Absolute A1 address of one cell, e.g. "$B$2". */
  readonly address: string;
}

export interface WorkbookPlan {
  readonly language: Language;
  readonly engineVersion: string;
  /** Written to every generated sheet so regeneration recognises its own sheets. */
  readonly generatorMark: string;
  readonly sheets: readonly SheetPlan[];
  readonly names: readonly NamePlan[];
  /** Where each requirement's value cell is (Inputs sheet), for reading inputs back and keeping edits. */
  readonly inputCells: Readonly<Record<string, { readonly sheet: SheetKey; readonly address: string }>>;
  /** Where each rate's list value and discount cells are (RateCard sheet). */
  readonly rateCells: Readonly<Record<string, { readonly sheet: SheetKey; readonly list: string; readonly discount: string }>>;
  /**
   * Where each risk driver's editable cells are (Risk sheet), by driver id: low, most likely (mode), high and
   * distribution, and the cell holding the driver's id in the same row (so a writer can check, or find, the
   * row before keeping a user's edits). Absolute A1 addresses, e.g. "$E$7".
   */
  readonly driverCells?: Readonly<Record<string, DriverCells>>;
}

/** The Risk sheet cells of one driver (see WorkbookPlan.driverCells). */
export interface DriverCells {
  readonly sheet: SheetKey;
  readonly id: string;
  readonly low: string;
  readonly mode: string;
  readonly high: string;
  readonly distribution: string;
}
