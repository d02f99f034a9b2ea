import { RATE_CARD_AS_OF } from "../rateCard/rateCardEntries";
import { ENGINE_VERSION } from "../version";
import { fitColumnWidths } from "./columnWidths";
import { tr } from "./layout";
import type { FooterPart, Language, PrintableSheetPlan, PrintPlan, SheetPlan } from "./WorkbookPlan";

/** Never print smaller than this (percent): below it a 10-pt figure is hard to read on paper. */
export const MIN_PRINT_SCALE = 60;

/** A4 landscape in points (297 × 210 mm). */
const A4_LANDSCAPE = { width: 842, height: 595 } as const;
/** Narrow sides (0.5 in), room for the footer at the bottom. */
const MARGINS: PrintPlan["margins"] = { left: 36, right: 36, top: 43, bottom: 50, header: 18, footer: 22 };
/** Excel's default column width, in characters, for columns the plan leaves unset. */
const DEFAULT_WIDTH = 8.43;
/** Row height in points for the plan's 10-pt font (titles are taller; counted as two rows). */
const ROW_POINTS = 13;

/** Excel width units → points (the default font's digit is 7 px, plus 5 px padding; 0.75 pt per px). */
export function widthToPoints(units: number): number {
  return Math.round((units * 7 + 5) * 0.75 * 100) / 100;
}

const TEXT = {
  prices: { en: "prices as of", zh: "价格截至" },
  page: { en: ["Page ", " of "], zh: ["第 ", " 页，共 ", " 页"] },
};

function footer(language: Language): PrintPlan["footer"] {
  const page = language === "zh-CN" ? TEXT.page.zh : TEXT.page.en;
  const right: FooterPart[] = [{ text: page[0] }, { field: "page" }, { text: page[1] }, { field: "pages" }, ...(page[2] ? [{ text: page[2] }] : [])];
  return { left: [{ field: "sheetName" }], center: [{ text: `IMCOST ${ENGINE_VERSION} · ${tr(TEXT.prices, language)} ${RATE_CARD_AS_OF}` }], right };
}

function usedSize(sheet: SheetPlan): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  for (const b of sheet.blocks) {
    rows = Math.max(rows, b.row + b.cells.length);
    columns = Math.max(columns, b.column + (b.cells[0]?.length ?? 0));
  }
  return { rows, columns };
}

function pointsOf(widths: readonly number[], first: number, end: number): number {
  let sum = 0;
  for (let c = first; c < end; c++) sum += widthToPoints(widths[c] > 0 ? widths[c] : DEFAULT_WIDTH);
  return sum;
}

/**
 * The page setup: A4 landscape with the footer, the frozen rows and columns repeated on every page, fitted to
 * one page wide when that keeps the scale at MIN_PRINT_SCALE or more (one page in all when `onePage` and it
 * fits), otherwise printed at MIN_PRINT_SCALE across as many pages as it takes.
 */
export function printPlan(sheet: SheetPlan, widths: readonly number[], language: Language, onePage = false): PrintPlan {
  const size = usedSize(sheet);
  const printableWidth = A4_LANDSCAPE.width - MARGINS.left - MARGINS.right;
  const printableHeight = A4_LANDSCAPE.height - MARGINS.top - MARGINS.bottom;
  const widthScale = (100 * printableWidth) / pointsOf(widths, 0, size.columns);
  const heightScale = (100 * printableHeight) / ((size.rows + 1) * ROW_POINTS);
  const fitsWide = widthScale >= MIN_PRINT_SCALE;
  const fitsPage = onePage && fitsWide && heightScale >= MIN_PRINT_SCALE;
  const frozen = sheet.frozen ?? { rows: 0, columns: 0 };
  const titleRows = frozen.rows > 0 ? { first: 0, last: frozen.rows - 1 } : { first: 0, last: 0 };
  return {
    orientation: "landscape",
    paper: "A4",
    minScale: MIN_PRINT_SCALE,
    fitToWidth: fitsWide ? 1 : null,
    fitToHeight: fitsPage ? 1 : null,
    scale: fitsWide ? Math.max(MIN_PRINT_SCALE, Math.min(100, Math.floor(fitsPage ? Math.min(widthScale, heightScale) : widthScale))) : MIN_PRINT_SCALE,
    titleRows,
    // Repeated columns only help when the sheet runs over several pages across.
    titleColumns: !fitsWide && frozen.columns > 0 ? { first: 0, last: frozen.columns - 1 } : null,
    margins: MARGINS,
    footer: footer(language),
  };
}

/** The builder's sheet with widths that show every number and its page setup. */
export function printableSheet(sheet: SheetPlan, language: Language): PrintableSheetPlan {
  const columnWidths = fitColumnWidths(sheet);
  return { ...sheet, columnWidths, page: printPlan(sheet, columnWidths, language, sheet.key === "cover") };
}
