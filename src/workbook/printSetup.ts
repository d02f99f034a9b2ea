/**
 * The plan's page setup in the forms the two writers need: Excel's header/footer codes (the same in a file and
 * in Office.js), print-title addresses, and exceljs's pageSetup. Nothing is decided here; see the engine's
 * printPlan.ts.
 */
import { columnName, type FooterPart, type PrintPlan } from "../engine";

const FIELD_CODES: Readonly<Record<Extract<FooterPart, { field: string }>["field"], string>> = { sheetName: "&A", page: "&P", pages: "&N" };

/** One footer section as Excel codes; "&" in text is doubled so it prints as itself. */
export function footerSection(parts: readonly FooterPart[]): string {
  return parts.map((p) => ("field" in p ? FIELD_CODES[p.field] : p.text.replace(/&/g, "&&"))).join("");
}

/** The whole footer as one string (&L left &C centre &R right), as a file stores it. */
export function footerCodes(page: PrintPlan): string {
  return `&L${footerSection(page.footer.left)}&C${footerSection(page.footer.center)}&R${footerSection(page.footer.right)}`;
}

/** "$1:$5" for rows 0–4. */
export function titleRowsAddress(rows: NonNullable<PrintPlan["titleRows"]>): string {
  return `$${rows.first + 1}:$${rows.last + 1}`;
}

/** "$A:$B" for columns 0–1. */
export function titleColumnsAddress(columns: NonNullable<PrintPlan["titleColumns"]>): string {
  return `$${columnName(columns.first)}:$${columnName(columns.last)}`;
}

const POINTS_PER_INCH = 72;
/** exceljs's paper size code for A4 (the OOXML ST_PaperSize value). */
const A4 = 9;

/** The page setup as exceljs wants it (margins in inches, print titles without $). */
export function xlsxPageSetup(page: PrintPlan): Record<string, unknown> {
  const inches = (pt: number) => Math.round((pt / POINTS_PER_INCH) * 1000) / 1000;
  const m = page.margins;
  return {
    orientation: page.orientation,
    paperSize: A4,
    ...(page.fitToWidth !== null ? { fitToPage: true, fitToWidth: page.fitToWidth, fitToHeight: page.fitToHeight ?? 0 } : { fitToPage: false, scale: page.scale }),
    margins: { left: inches(m.left), right: inches(m.right), top: inches(m.top), bottom: inches(m.bottom), header: inches(m.header), footer: inches(m.footer) },
    ...(page.titleRows ? { printTitlesRow: titleRowsAddress(page.titleRows).replace(/\$/g, "") } : {}),
    ...(page.titleColumns ? { printTitlesColumn: titleColumnsAddress(page.titleColumns).replace(/\$/g, "") } : {}),
  };
}
