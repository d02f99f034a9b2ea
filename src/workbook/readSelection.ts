/**
 * The values of the range selected in Excel (for the pane's "Import quote"), limited to the used part of the
 * sheet so a selected whole column is not read cell by cell. A cell formatted as a date becomes "YYYY-MM-DD",
 * whatever the workbook's date system and display format, as the quote's date columns expect.
 */
import { MAX_QUOTE_ROWS, type DateSystem } from "../engine";
import { probeDateSystem } from "./dateSystem";

export class SelectionTooLargeError extends Error {
  constructor(readonly rows: number) {
    super(`the selection has ${rows} rows; a quote has a header and at most ${MAX_QUOTE_ROWS} items`);
  }
}

const DAY_MS = 86_400_000;
/** Day 0 of each date system, in UTC milliseconds (the 1900 system's day 0 is 1899-12-30 once past its 1900 leap-year bug). */
const EPOCH: Readonly<Record<DateSystem, number>> = { "1900": Date.UTC(1899, 11, 30), "1904": Date.UTC(1904, 0, 1) };

/** A whole-day serial as "YYYY-MM-DD". */
export function dayOfSerial(serial: number, system: DateSystem): string {
  return new Date(EPOCH[system] + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

/** A number format that shows a date: y and d codes outside quoted text and [colour]/[locale] brackets. */
export function isDateFormat(format: unknown): boolean {
  const code = String(format ?? "").replace(/"[^"]*"|\[[^\]]*\]/g, "").toLowerCase();
  return /y/.test(code) && /d/.test(code);
}

export async function readSelection(): Promise<unknown[][]> {
  return Excel.run(async (context) => {
    const selected = context.workbook.getSelectedRange();
    const range = selected.getIntersectionOrNullObject(selected.worksheet.getUsedRange(true));
    range.load("rowCount");
    const dateSystem = probeDateSystem(context.workbook);
    await context.sync();
    if (range.isNullObject) return [];
    if (range.rowCount > MAX_QUOTE_ROWS + 1) throw new SelectionTooLargeError(range.rowCount);
    range.load("values, numberFormat");
    await context.sync();
    const system = dateSystem();
    return range.values.map((row, r) => row.map((v, c) => (typeof v === "number" && isDateFormat(range.numberFormat[r][c]) ? dayOfSerial(v, system) : v)));
  });
}
