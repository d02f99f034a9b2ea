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
  /** "muted": greyed out and its value hidden (e.g. columns past the budget horizon). */
  readonly style: "good" | "bad" | "warn" | "muted";
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
  /** What the builder asks of the printout; buildWorkbookPlan turns it into the page setup (see PrintPlan). */
  readonly print: { readonly landscape: boolean; readonly fitToWidth: boolean };
}

/** A piece of a footer: literal text, or a field the spreadsheet fills in when it prints. */
export type FooterPart = { readonly text: string } | { readonly field: "sheetName" | "page" | "pages" };

/**
 * How a sheet prints, decided in the engine from its column widths (see printPlan.ts) and applied as is by
 * both writers. Either fitToWidth (pages wide, height unlimited; only chosen when the implied scale is at least
 * minScale) or a fixed scale.
 */
export interface PrintPlan {
  readonly orientation: "landscape" | "portrait";
  readonly paper: "A4";
  readonly minScale: number;
  /** Fit to this many pages wide (the height runs on unless fitToHeight), or null to print at `scale`. */
  readonly fitToWidth: number | null;
  /** Pages tall when fitting (1 for a one-page sheet), or null for as many as needed. */
  readonly fitToHeight: number | null;
  /** Percent, used when fitToWidth is null; never below minScale. */
  readonly scale: number;
  /** 0-based rows (and columns) repeated on every printed page. */
  readonly titleRows: { readonly first: number; readonly last: number } | null;
  readonly titleColumns: { readonly first: number; readonly last: number } | null;
  /** Margins in points. */
  readonly margins: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number; readonly header: number; readonly footer: number };
  readonly footer: { readonly left: readonly FooterPart[]; readonly center: readonly FooterPart[]; readonly right: readonly FooterPart[] };
}

/** A sheet as written: the builder's plan with its computed column widths and page setup. */
export interface PrintableSheetPlan extends SheetPlan {
  readonly page: PrintPlan;
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
  readonly sheets: readonly PrintableSheetPlan[];
  /** The font of every written cell; column widths are computed for it (Arial: Liberation Sans measures alike). */
  readonly font: { readonly name: string; readonly size: number };
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
