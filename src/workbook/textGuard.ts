/**
 * Excel reads a string written through `Range.values` the way it reads typing: "=…", "+…", "-…" and "@…"
 * become formulas, "12", "5%", "TRUE", "2025-06-30", "(3)" or "#N/A" become numbers, booleans, dates or
 * errors. The plan's strings are always literal text, so the Office writer prefixes those strings with an
 * apostrophe — Excel's own "this is text" mark, which is not part of the value (reading the cell back gives
 * the text without it). Strings that Excel would keep as text anyway are written as they are, so ordinary
 * labels and input choices ("auto", "720p", "cloud") carry no prefix.
 *
 * (The other way, numberFormat "@", is not used for this: an input cell formatted as text would turn a number
 * the user types later into text.)
 *
 * Characters XML cannot hold and Excel's length limit are the engine's cell-text guard (cellText.ts);
 * `officeCellString` applies both.
 */
import { isFormulaLike, safeCellText } from "../engine";

const NUMBER_LIKE = /^\s*[-+]?(\d[\d,]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*%?\s*$/;
const PARENTHESISED = /^\s*\(\s*[\d.,]/;
const CURRENCY = /^\s*[-+]?[$¥€£￥]\s*\d/;
const DATE_OR_TIME = /^\s*(\d{1,4}\s*[-/.年月]\s*\d{1,2}|\d{1,2}\s*:\s*\d{2})/;
const MONTH_NAME = /^\s*((jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*[\s.,-]+\d|\d{1,2}[\s-]+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec))/i;
const BOOLEAN = /^\s*(true|false)\s*$/i;

/** True when Excel would not keep this string as the same literal text if written to `values`. */
export function needsTextGuard(text: string): boolean {
  if (text === "") return false;
  const first = text[0];
  if (isFormulaLike(text) || first === "'" || first === "#") return true;
  return NUMBER_LIKE.test(text) || PARENTHESISED.test(text) || CURRENCY.test(text) || DATE_OR_TIME.test(text) || MONTH_NAME.test(text) || BOOLEAN.test(text);
}

/** The string to put in `Range.values` so that the cell holds exactly `text`. */
export function guardText(text: string): string {
  return needsTextGuard(text) ? `'${text}` : text;
}

/** A plan or kept string as Office.js should receive it: safe for the file, and literal unless the cell is formatted as text. */
export function officeCellString(text: string, numberFormat: string | null): string {
  const safe = safeCellText(text);
  return numberFormat === "@" ? safe : guardText(safe);
}
