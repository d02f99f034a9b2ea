/**
 * Queues one sheet of the plan into an Office.js worksheet that is new or was just cleared: cells (one 2-D
 * array per property per block), styles (one RangeAreas per style), column widths, validation, conditional
 * formats, panes, page setup (printSetup.ts), charts and protection.
 */
import { checkSheetName, safeCellText, type BlockPlan, type PrintableSheetPlan, type PrintPlan, type SheetPlan, type WorkbookPlan } from "../engine";
import { chunkAddresses, columnLetters, rectAddress } from "./address";
import { CELL_STYLES, CONDITIONAL_STYLES, widthToPoints, type StyleSpec } from "./cellStyles";
import { MAX_AREAS_ADDRESS } from "./officeWriteTypes";
import { blockKept, effectiveCell, styleRects, type KeptCell } from "./planCells";
import { footerSection, titleColumnsAddress, titleRowsAddress } from "./printSetup";
import { officeCellString } from "./textGuard";

type Value = string | number | boolean | null;

/**
 * One block's cells as arrays per property. The sheet is new or was just cleared, so null ("leave as is")
 * stands for blank cells and the General format, which keeps the request small.
 */
function writeBlock(ws: Excel.Worksheet, block: BlockPlan, kept: ReadonlyMap<string, KeptCell> | undefined): void {
  const height = block.cells.length;
  const width = block.cells[0]?.length ?? 0;
  if (height === 0 || width === 0) return;
  const keptAt = blockKept(block, kept);
  let anyFormat = false;
  let anyValue = false;
  let anyFormula = false;
  const formats: (string | null)[][] = [];
  const values: Value[][] = [];
  const formulas: (string | null)[][] = [];
  block.cells.forEach((row, r) => {
    const f: (string | null)[] = [];
    const v: Value[] = [];
    const x: (string | null)[] = [];
    row.forEach((cell, c) => {
      const nf = cell.numberFormat && cell.numberFormat !== "General" ? cell.numberFormat : null;
      f.push(nf);
      if (nf) anyFormat = true;
      const e = effectiveCell(cell, keptAt(r, c));
      if (e.formula !== undefined) {
        v.push(null);
        x.push(e.formula);
        anyFormula = true;
      } else {
        // In a text-formatted cell Excel keeps strings as they are (and would keep an apostrophe too).
        const value = e.value === undefined || e.value === "" ? null : typeof e.value === "string" ? officeCellString(e.value, nf) : e.value;
        v.push(value);
        x.push(null);
        if (value !== null) anyValue = true;
      }
    });
    formats.push(f);
    values.push(v);
    formulas.push(x);
  });
  const range = ws.getRangeByIndexes(block.row, block.column, height, width);
  if (anyFormat) range.numberFormat = formats;
  if (anyValue) range.values = values;
  if (anyFormula) range.formulas = formulas;
}

function applyStyle(format: Excel.RangeFormat, spec: StyleSpec): void {
  if (spec.bold) format.font.bold = true;
  if (spec.italic) format.font.italic = true;
  if (spec.underline) format.font.underline = "Single";
  if (spec.size) format.font.size = spec.size;
  if (spec.color) format.font.color = spec.color;
  if (spec.fill) format.fill.color = spec.fill;
  if (spec.wrap) format.wrapText = true;
  const edge = (which: "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical", style: "thin" | "double"): void => {
    const b = format.borders.getItem(which);
    b.style = style === "double" ? "Double" : "Continuous";
    if (spec.borderColor) b.color = spec.borderColor;
  };
  if (spec.border) for (const e of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const) edge(e, spec.border);
  if (spec.borderTop) edge("EdgeTop", spec.borderTop);
  if (spec.borderBottom) edge("EdgeBottom", spec.borderBottom);
  if (spec.unlocked) format.protection.locked = false;
}

/** The plan's font over the sheet's used cells (one call), before the styles change sizes and colours. */
function writeFont(ws: Excel.Worksheet, sheet: SheetPlan, font: WorkbookPlan["font"]): void {
  let rows = 0;
  let columns = 0;
  for (const b of sheet.blocks) {
    rows = Math.max(rows, b.row + b.cells.length);
    columns = Math.max(columns, b.column + (b.cells[0]?.length ?? 0));
  }
  if (rows === 0 || columns === 0) return;
  const f = ws.getRangeByIndexes(0, 0, rows, columns).format.font;
  f.name = font.name;
  f.size = font.size;
}

/** Styles (one RangeAreas per style, split when the address list grows long) and column widths. */
function writeFormats(ws: Excel.Worksheet, sheet: SheetPlan): void {
  for (const [style, rects] of styleRects(sheet)) {
    const spec = CELL_STYLES[style];
    for (const address of chunkAddresses(rects.map((r) => rectAddress(r)), MAX_AREAS_ADDRESS)) applyStyle(ws.getRanges(address).format, spec);
  }
  // Runs of equal widths share one call.
  const widths = sheet.columnWidths;
  for (let c = 0; c < widths.length; ) {
    let end = c;
    while (end + 1 < widths.length && widths[end + 1] === widths[c]) end++;
    if (widths[c] > 0) ws.getRange(`${columnLetters(c)}:${columnLetters(end)}`).format.columnWidth = widthToPoints(widths[c]);
    c = end + 1;
  }
}

function writeRules(ws: Excel.Worksheet, sheet: SheetPlan): void {
  for (const v of sheet.validations) {
    const dv = ws.getRange(v.range).dataValidation;
    const rule = v.rule;
    if (rule.type === "list") dv.rule = { list: { inCellDropDown: true, source: rule.values.join(",") } };
    else if (rule.type === "whole") dv.rule = { wholeNumber: { formula1: rule.min, formula2: rule.max, operator: "Between" } };
    else dv.rule = { decimal: { formula1: rule.min, formula2: rule.max, operator: "Between" } };
    dv.errorAlert = { showAlert: true, style: "Stop", title: "IMCOST", message: safeCellText(v.message).slice(0, 255) };
  }
  for (const cf of sheet.conditionalFormats) {
    const look = CONDITIONAL_STYLES[cf.style];
    const format = ws.getRange(cf.range).conditionalFormats.add("Custom");
    format.custom.rule.formula = cf.formula;
    format.custom.format.fill.color = look.fill;
    format.custom.format.font.color = look.color;
  }
}

/** The engine's page setup (ExcelApi 1.9, which the writer requires anyway). */
function writePageLayout(ws: Excel.Worksheet, page: PrintPlan): void {
  const layout = ws.pageLayout;
  layout.orientation = page.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = "A4";
  layout.zoom = page.fitToWidth !== null ? { horizontalFitToPages: page.fitToWidth, verticalFitToPages: page.fitToHeight ?? 0 } : { scale: page.scale };
  layout.leftMargin = page.margins.left;
  layout.rightMargin = page.margins.right;
  layout.topMargin = page.margins.top;
  layout.bottomMargin = page.margins.bottom;
  layout.headerMargin = page.margins.header;
  layout.footerMargin = page.margins.footer;
  if (page.titleRows) layout.setPrintTitleRows(titleRowsAddress(page.titleRows));
  if (page.titleColumns) layout.setPrintTitleColumns(titleColumnsAddress(page.titleColumns));
  const footer = layout.headersFooters.defaultForAllPages;
  footer.leftFooter = footerSection(page.footer.left);
  footer.centerFooter = footerSection(page.footer.center);
  footer.rightFooter = footerSection(page.footer.right);
}

/** Frozen panes, tab colour, page setup, charts and protection. */
function writeSheetSettings(ws: Excel.Worksheet, sheet: PrintableSheetPlan): void {
  if (sheet.frozen && (sheet.frozen.rows > 0 || sheet.frozen.columns > 0)) {
    const { rows, columns } = sheet.frozen;
    if (rows > 0 && columns > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, rows, columns));
    else if (rows > 0) ws.freezePanes.freezeRows(rows);
    else ws.freezePanes.freezeColumns(columns);
  }
  if (sheet.tabColor) ws.tabColor = sheet.tabColor;
  writePageLayout(ws, sheet.page);
  sheet.charts.forEach((spec, i) => {
    const type = spec.type === "line" ? "Line" : spec.type === "columnClustered" ? "ColumnClustered" : "BarClustered";
    const chart = ws.charts.add(type, ws.getRange(spec.dataRange), "Rows");
    chart.name = `IMCOST_${sheet.key}_${i + 1}`;
    chart.title.text = safeCellText(spec.title);
    chart.legend.position = "Bottom";
    chart.setPosition(spec.topLeft, spec.bottomRight);
  });
  if (sheet.protect) ws.protection.protect({ allowFormatColumns: true, allowFormatRows: true, selectionMode: "Normal" });
}

export function writeSheet(ws: Excel.Worksheet, sheet: PrintableSheetPlan, kept: ReadonlyMap<string, KeptCell> | undefined, font: WorkbookPlan["font"]): void {
  for (const block of sheet.blocks) writeBlock(ws, block, kept);
  writeFont(ws, sheet, font);
  writeFormats(ws, sheet);
  writeRules(ws, sheet);
  writeSheetSettings(ws, sheet);
}
