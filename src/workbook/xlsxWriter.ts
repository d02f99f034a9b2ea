/**
 * Writes a WorkbookPlan to an .xlsx file with exceljs, for the CLI, the recalculation tests and the pane's
 * standalone calculator (in the browser, loaded only when the user downloads): values, formulas, number formats, cell styles, workbook names, data validation, conditional formats,
 * sheet protection (no password; "input" cells unlocked), column widths, freeze panes, tab colours and the
 * page setup (A4, scale or fit, print titles, margins, footer; see printSetup.ts). Every written cell gets the
 * plan's font, the one its column widths were computed for.
 *
 * Not written: charts. exceljs cannot write charts, so the Compare sheet of a CLI-made file has the chart's
 * data but no chart (the add-in's Office writer does add it).
 *
 * Formulas are stored without cached results and the file asks for a full calculation on load, so Excel and
 * LibreOffice compute every formula when they open it. Functions added to Excel after 2007 must be stored
 * with the "_xlfn." prefix in a file (Excel's UI and Office.js add it themselves); otherwise other programs
 * and older Excel show #NAME?. XLFN_FUNCTIONS lists the ones that need it; the prefix is added here, outside
 * string literals.
 *
 * Strings are always literal text: exceljs stores a string value as a string cell even when it starts
 * with "=", so no apostrophe is needed here (unlike Office.js, see textGuard.ts). Every string still goes
 * through the engine's cell-text guard (safeCellText), so a character XML cannot hold never makes the file
 * unreadable, and every sheet name through checkSheetName.
 */
import ExcelJS from "exceljs";
import { checkSheetName, safeCellText, type CellPlan, type PrintableSheetPlan, type WorkbookPlan } from "../engine";
import { parseRectOrThrow, quoteSheet, rectAddress } from "./address";
import { argb, CELL_STYLES, CONDITIONAL_STYLES, type StyleSpec } from "./cellStyles";
import { checkBlocks } from "./planCells";
import { footerCodes, xlsxPageSetup } from "./printSetup";

/** Functions newer than Excel 2007 that need "_xlfn." in a file (a subset: the ones a budget might use). */
export const XLFN_FUNCTIONS: readonly string[] = [
  "NORM.S.INV",
  "NORM.INV",
  "NORM.DIST",
  "NORM.S.DIST",
  "LOGNORM.INV",
  "LOGNORM.DIST",
  "BETA.INV",
  "BETA.DIST",
  "GAMMA.INV",
  "GAMMA.DIST",
  "T.INV",
  "T.INV.2T",
  "T.DIST",
  "CHISQ.INV",
  "STDEV.S",
  "STDEV.P",
  "VAR.S",
  "VAR.P",
  "PERCENTILE.INC",
  "PERCENTILE.EXC",
  "QUARTILE.INC",
  "QUARTILE.EXC",
  "RANK.EQ",
  "RANK.AVG",
  "MODE.SNGL",
  "CEILING.MATH",
  "FLOOR.MATH",
  "IFNA",
  "IFS",
  "SWITCH",
  "MAXIFS",
  "MINIFS",
  "CONCAT",
  "TEXTJOIN",
  "XOR",
  "DAYS",
  "ISOWEEKNUM",
  "RRI",
  "PDURATION",
  "XLOOKUP",
  "XMATCH",
];

const XLFN = new RegExp(`(?<![A-Za-z0-9_.])(${XLFN_FUNCTIONS.map((f) => f.replace(/\./g, "\\.")).sort((a, b) => b.length - a.length).join("|")})\\s*\\(`, "gi");

/** "=NORM.S.INV(0.8)" → "_xlfn.NORM.S.INV(0.8)" (no leading "=", as exceljs wants); string literals untouched. */
export function toFileFormula(formula: string): string {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  return body
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(XLFN, (_m, name: string) => `_xlfn.${name.toUpperCase()}(`)))
    .join("");
}

/** The plan's font on every written cell, with the style's changes on top. */
function fontOf(spec: StyleSpec | undefined, base: WorkbookPlan["font"]): Partial<ExcelJS.Font> {
  const font: Partial<ExcelJS.Font> = { name: base.name, size: base.size };
  if (!spec) return font;
  if (spec.bold) font.bold = true;
  if (spec.italic) font.italic = true;
  if (spec.underline) font.underline = true;
  if (spec.size) font.size = spec.size;
  if (spec.color) font.color = { argb: argb(spec.color) };
  return font;
}

function borderOf(spec: StyleSpec): Partial<ExcelJS.Borders> | undefined {
  const color = spec.borderColor ? { argb: argb(spec.borderColor) } : undefined;
  const side = (style: "thin" | "double"): Partial<ExcelJS.Border> => ({ style, color });
  const b: Partial<ExcelJS.Borders> = {};
  if (spec.border) Object.assign(b, { top: side(spec.border), bottom: side(spec.border), left: side(spec.border), right: side(spec.border) });
  if (spec.borderTop) b.top = side(spec.borderTop);
  if (spec.borderBottom) b.bottom = side(spec.borderBottom);
  return Object.keys(b).length ? b : undefined;
}

function cellValue(cell: CellPlan): ExcelJS.CellValue {
  if (cell.formula !== undefined) return { formula: toFileFormula(cell.formula) } as ExcelJS.CellFormulaValue;
  const v = cell.value;
  if (v === null || v === undefined || v === "") return null;
  return typeof v === "string" ? safeCellText(v) : v;
}

async function writeSheet(wb: ExcelJS.Workbook, sheet: PrintableSheetPlan, base: WorkbookPlan["font"]): Promise<void> {
  checkBlocks(sheet);
  const ws = wb.addWorksheet(checkSheetName(sheet.name), {
    properties: sheet.tabColor ? { tabColor: { argb: argb(sheet.tabColor) } } : {},
    pageSetup: xlsxPageSetup(sheet.page) as Partial<ExcelJS.PageSetup>,
    headerFooter: { oddFooter: footerCodes(sheet.page) },
    views: sheet.frozen && (sheet.frozen.rows > 0 || sheet.frozen.columns > 0) ? [{ state: "frozen", xSplit: sheet.frozen.columns, ySplit: sheet.frozen.rows }] : [{}],
  });
  for (const block of sheet.blocks) {
    block.cells.forEach((row, r) =>
      row.forEach((plan, c) => {
        const value = cellValue(plan);
        const spec = plan.style ? CELL_STYLES[plan.style] : undefined;
        const needsCell = value !== null || (plan.numberFormat && plan.numberFormat !== "General") || (spec && Object.keys(spec).length > 0);
        if (!needsCell) return;
        const cell = ws.getCell(block.row + r + 1, block.column + c + 1);
        cell.value = value;
        if (plan.numberFormat && plan.numberFormat !== "General") cell.numFmt = plan.numberFormat;
        cell.font = fontOf(spec, base);
        if (spec) {
          if (spec.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(spec.fill) } };
          const border = borderOf(spec);
          if (border) cell.border = border;
          if (spec.wrap) cell.alignment = { wrapText: true, vertical: "top" };
          if (spec.unlocked) cell.protection = { locked: false };
        }
      }),
    );
  }
  sheet.columnWidths.forEach((w, i) => {
    if (w > 0) ws.getColumn(i + 1).width = w;
  });
  for (const v of sheet.validations) {
    const rule = v.rule;
    const common = { allowBlank: true, showErrorMessage: true, errorStyle: "stop", errorTitle: "IMCOST", error: safeCellText(v.message).slice(0, 255) };
    const validation: ExcelJS.DataValidation =
      rule.type === "list" ? { type: "list", formulae: [`"${rule.values.join(",")}"`], ...common } : { type: rule.type, operator: "between", formulae: [rule.min, rule.max], ...common };
    const rect = parseRectOrThrow(v.range);
    // One entry per cell: exceljs merges equal neighbours back into one range when it writes the file.
    for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) ws.getCell(r + 1, c + 1).dataValidation = validation;
  }
  sheet.conditionalFormats.forEach((cf, i) => {
    const look = CONDITIONAL_STYLES[cf.style];
    ws.addConditionalFormatting({
      ref: rectAddress(parseRectOrThrow(cf.range)),
      rules: [
        {
          type: "expression",
          priority: i + 1,
          formulae: [toFileFormula(cf.formula)],
          style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(look.fill) } }, font: { color: { argb: argb(look.color) } } },
        },
      ],
    });
  });
  if (sheet.protect) await ws.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
}

/** The plan as an .xlsx file (a Node Buffer, for the CLI and the tests). */
export async function writeXlsx(plan: WorkbookPlan): Promise<Buffer> {
  return Buffer.from(await writeXlsxBytes(plan));
}

/**
 * The plan as .xlsx bytes, without Node's Buffer: the pane's standalone calculator loads this module on demand
 * in the browser and writes the same file as the CLI.
 */
export async function writeXlsxBytes(plan: WorkbookPlan): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = plan.generatorMark;
  wb.title = plan.generatorMark;
  wb.calcProperties.fullCalcOnLoad = true;
  for (const sheet of plan.sheets) await writeSheet(wb, sheet, plan.font);
  const sheetName = new Map(plan.sheets.map((s) => [s.key, s.name]));
  for (const n of plan.names) {
    const name = sheetName.get(n.sheet);
    if (!name) throw new Error(`Plan error: name ${n.name} points at missing sheet ${n.sheet}`);
    wb.definedNames.add(`${quoteSheet(name)}!${rectAddress(parseRectOrThrow(n.address), true)}`, n.name);
  }
  const out: unknown = await wb.xlsx.writeBuffer();
  return out instanceof Uint8Array ? out : new Uint8Array(out as ArrayBuffer);
}
