/**
 * The one guard for text that reaches a workbook cell or a sheet name, used by both writers.
 *
 * An .xlsx file is XML, and XML 1.0 cannot hold U+0000–U+0008, U+000B, U+000C, U+000E–U+001F, U+FFFE,
 * U+FFFF or a lone surrogate: one such character makes the whole sharedStrings.xml unreadable. Text that
 * comes from the user is refused with a message naming the field (`cellTextProblem`); text the add-in
 * generates is repaired (`safeCellText`: U+FFFD in place of each such character, cut to Excel's limit).
 *
 * Formula-like text (starting with = + - @, or a tab or carriage return that some programs strip first) is
 * always literal text: the xlsx writer stores strings as string cells, and the Office writer marks such a
 * string with Excel's leading apostrophe. `isFormulaLike` is what both rely on.
 */

/** Excel's limit on the characters in one cell. */
export const MAX_CELL_CHARS = 32767;
/** Excel's limit on the characters in a sheet name. */
export const MAX_SHEET_NAME_CHARS = 31;

const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const XML_INVALID_ALL = new RegExp(XML_INVALID.source, "g");
const SHEET_NAME_FORBIDDEN = /[:\\/?*[\]]/;
const FORMULA_PREFIX = /^[=+\-@\t\r]/;

const codePoint = (ch: string): string => `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;

/** The first character XML cannot hold, as "U+FFFE at position 3" (1-based), or null. */
export function invalidXmlCharacter(text: string): string | null {
  const m = XML_INVALID.exec(text);
  return m ? `${codePoint(m[0])} at position ${m.index + 1}` : null;
}

/** Why user text cannot go into a cell, in words, or null when it can. */
export function cellTextProblem(text: string): string | null {
  const bad = invalidXmlCharacter(text);
  if (bad) return `text without control characters or other characters a workbook cannot hold (found ${bad})`;
  if (text.length > MAX_CELL_CHARS) return `text of at most ${MAX_CELL_CHARS.toLocaleString("en-US")} characters (got ${text.length.toLocaleString("en-US")})`;
  return null;
}

/** Generated text made safe for a cell: each character XML cannot hold becomes U+FFFD; cut to Excel's limit. */
export function safeCellText(text: string): string {
  const clean = XML_INVALID.test(text) ? text.replace(XML_INVALID_ALL, "\ufffd") : text;
  if (clean.length <= MAX_CELL_CHARS) return clean;
  // Never cut between the two halves of a surrogate pair.
  const end = /[\ud800-\udbff]/.test(clean[MAX_CELL_CHARS - 1]) ? MAX_CELL_CHARS - 1 : MAX_CELL_CHARS;
  return clean.slice(0, end);
}

/** True when a program reading this string as typed input would take it for a formula. */
export function isFormulaLike(text: string): boolean {
  return FORMULA_PREFIX.test(text);
}

/** Why a sheet name breaks Excel's rules, in words, or null when Excel accepts it. */
export function sheetNameProblem(name: string): string | null {
  if (name.trim() === "") return "a sheet name must not be blank";
  if (name.length > MAX_SHEET_NAME_CHARS) return `a sheet name has at most ${MAX_SHEET_NAME_CHARS} characters (got ${name.length})`;
  if (SHEET_NAME_FORBIDDEN.test(name)) return "a sheet name must not contain : \\ / ? * [ or ]";
  if (name.startsWith("'") || name.endsWith("'")) return "a sheet name must not start or end with an apostrophe";
  const bad = invalidXmlCharacter(name);
  if (bad) return `a sheet name must not contain control characters (found ${bad})`;
  if (name.toLowerCase() === "history") return '"History" is reserved by Excel';
  return null;
}

/** Throws a plan error when a sheet name breaks Excel's rules (sheet names are generated, so this is a bug). */
export function checkSheetName(name: string): string {
  const problem = sheetNameProblem(name);
  if (problem) throw new Error(`Plan error: sheet name ${JSON.stringify(name)}: ${problem}`);
  return name;
}
