import type { CellPlan, SheetPlan } from "./WorkbookPlan";

/**
 * Column widths that show every number: each numeric cell's widest plausible text in its number format,
 * measured in the plan's font (Arial 10; Liberation Sans has the same metrics, so LibreOffice measures alike),
 * converted to Excel's width unit. Excel's unit is the default font's digit (7 px); a column of w units is
 * about 7·w + 5 px wide.
 */

/** The budget font; the pixel widths below are Arial's at 10 pt on a 96-dpi screen. */
export const PLAN_FONT = { name: "Arial", size: 10 } as const;

/**
 * The largest plausible amount: ten times the largest total the engine gives at the largest headcount the
 * Inputs allow (1,000,000 staff over 10 years: about 1.4e10), so an edited input still fits.
 */
export const PLAUSIBLE_DIGITS = 11;

const PX_PER_UNIT = 7;
/** Cell padding left and right, plus a little slack so rounding never tips a column into ###. */
const PADDING_PX = 10;
const BOLD_FACTOR = 1.06;

/** Arial 10 advance widths in px (digits 0.556 em of 13.33 px). */
function charPx(ch: string): number {
  if (/[0-9]/.test(ch)) return 7.41;
  if (ch === "," || ch === "." || ch === " ") return 3.7;
  if (ch === "-") return 4.44;
  if (ch === "%") return 11.85;
  if (/[\u2e80-\uffff]/.test(ch)) return 13.33;
  return 7.41;
}

/** Width of a text in the plan's font, in Excel width units (rounded up to a quarter). */
export function textWidthUnits(text: string, bold = false): number {
  const px = [...text].reduce((sum, ch) => sum + charPx(ch), 0) * (bold ? BOLD_FACTOR : 1) + PADDING_PX;
  return Math.ceil((px / PX_PER_UNIT) * 4) / 4;
}

function groupDigits(digits: number): string {
  return "9".repeat(digits).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/**
 * The widest text a number format shows for a plausible value: grouped formats (#,##0…) hold amounts and
 * counts up to PLAUSIBLE_DIGITS digits, negative; percentages up to -100%; other formats (factors, shares)
 * one integer digit. Dates show as their pattern. Null for General and text, which never show ###
 * for the small helper numbers this model keeps in them.
 */
export function widestText(format: string | undefined): string | null {
  if (!format || format === "General" || format === "@") return null;
  const section = format.split(";")[0];
  const literal = [...section.matchAll(/"([^"]*)"/g)].map((m) => m[1]).join("");
  const code = section.replace(/"[^"]*"/g, "");
  if (/[ymd]/i.test(code) && !/E\+/i.test(code)) return code.replace(/[ymdYMD]/g, "9") + literal;
  if (/E\+/i.test(code)) return `-9.${"9".repeat((code.split(".")[1] ?? "").replace(/E.*/i, "").length)}E+99${literal}`;
  const decimals = (code.split(".")[1] ?? "").replace(/[^0#]/g, "").length;
  const percent = code.includes("%");
  const integer = code.includes(",") ? groupDigits(PLAUSIBLE_DIGITS) : percent ? "100" : "9";
  return `-${integer}${decimals ? `.${"9".repeat(decimals)}` : ""}${percent ? "%" : ""}${literal}`;
}

const BOLD_STYLES = new Set<CellPlan["style"]>(["total", "subtotal", "header", "check", "title", "subtitle"]);

function isNumeric(cell: CellPlan): boolean {
  return cell.formula !== undefined || typeof cell.value === "number";
}

/** The sheet's widths, each widened where a numeric cell needs more room; never narrowed. */
export function fitColumnWidths(sheet: SheetPlan): number[] {
  const widths = [...sheet.columnWidths];
  for (const block of sheet.blocks) {
    block.cells.forEach((row) =>
      row.forEach((cell, c) => {
        const text = isNumeric(cell) ? widestText(cell.numberFormat) : null;
        if (text === null) return;
        const col = block.column + c;
        const need = textWidthUnits(text, BOLD_STYLES.has(cell.style));
        while (widths.length <= col) widths.push(0);
        if (need > widths[col]) widths[col] = need;
      }),
    );
  }
  return widths;
}
