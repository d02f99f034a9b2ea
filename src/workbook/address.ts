/**
 * A1 address helpers shared by the writers (and the test fakes). Rows and columns are 0-based here, as in
 * the workbook plan; Excel's text addresses are 1-based.
 */
import { a1 as cellAddress } from "../engine";

export interface CellRect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Column letters for a 0-based column: the engine's own helper, so plan and writers agree. */
export { columnName as columnLetters, a1 as cellAddress } from "../engine";

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}


export function rectAddress(r: CellRect, absolute = false): string {
  const a = cellAddress(r.top, r.left, absolute);
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${cellAddress(r.bottom, r.right, absolute)}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/** "B2", "$B$2", "B2:C5" → rectangle; null when the text is not a plain cell or cell range. */
export function parseRect(address: string): CellRect | null {
  const parts = address.trim().split(":");
  if (parts.length < 1 || parts.length > 2) return null;
  const cells = parts.map((p) => CELL.exec(p));
  if (cells.some((m) => !m)) return null;
  const rows = cells.map((m) => Number(m![2]) - 1);
  const cols = cells.map((m) => columnIndex(m![1]));
  return { top: Math.min(...rows), left: Math.min(...cols), bottom: Math.max(...rows), right: Math.max(...cols) };
}

export function parseRectOrThrow(address: string): CellRect {
  const r = parseRect(address);
  if (!r) throw new Error(`Not a cell or range address: "${address}"`);
  return r;
}

/** Quotes a sheet name for a formula reference: 'Sheet name'!A1 (always quoted; Excel accepts it). */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * Splits a name's or a formula's single reference "=Sheet!$B$2" / "='My sheet'!$B$2" into sheet and address;
 * null when it is not one plain reference (e.g. "=#REF!$B$2" after its sheet was deleted).
 */
export function parseSheetReference(formula: string): { sheet: string; address: string } | null {
  const text = formula.trim().replace(/^=/, "");
  let sheet: string;
  let rest: string;
  if (text.startsWith("'")) {
    let i = 1;
    let name = "";
    for (;;) {
      if (i >= text.length) return null;
      if (text[i] === "'") {
        if (text[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += text[i++];
    }
    if (text[i + 1] !== "!") return null;
    sheet = name;
    rest = text.slice(i + 2);
  } else {
    const bang = text.indexOf("!");
    if (bang <= 0) return null;
    sheet = text.slice(0, bang);
    if (!/^[^\s'!#()=,;:+\-*/&^<>"]+$/.test(sheet)) return null;
    rest = text.slice(bang + 1);
  }
  if (!parseRect(rest)) return null;
  return { sheet, address: rest };
}

/**
 * Cuts a set of cells (given as a row-major boolean mask inside a block at (row, column)) into few
 * rectangles: horizontal runs per row, merged downwards while the next row has the same run.
 */
export function maskToRects(mask: readonly (readonly boolean[])[], row: number, column: number): CellRect[] {
  const open = new Map<string, { top: number; bottom: number; left: number; right: number }>();
  const done: CellRect[] = [];
  for (let r = 0; r < mask.length; r++) {
    const runs: { left: number; right: number }[] = [];
    const line = mask[r];
    for (let c = 0; c < line.length; c++) {
      if (!line[c]) continue;
      const start = c;
      while (c + 1 < line.length && line[c + 1]) c++;
      runs.push({ left: start, right: c });
    }
    const next = new Map<string, { top: number; bottom: number; left: number; right: number }>();
    for (const run of runs) {
      const key = `${run.left}:${run.right}`;
      const prev = open.get(key);
      if (prev && prev.bottom === r - 1) {
        prev.bottom = r;
        next.set(key, prev);
        open.delete(key);
      } else next.set(key, { top: r, bottom: r, ...run });
    }
    for (const rect of open.values()) done.push(rect);
    open.clear();
    for (const [k, v] of next) open.set(k, v);
  }
  for (const rect of open.values()) done.push(rect);
  return done
    .map((x) => ({ top: x.top + row, bottom: x.bottom + row, left: x.left + column, right: x.right + column }))
    .sort((a, b) => a.top - b.top || a.left - b.left);
}

/** Joins addresses with commas into strings of at most maxLength characters (for Worksheet.getRanges). */
export function chunkAddresses(addresses: readonly string[], maxLength: number): string[] {
  const out: string[] = [];
  let current = "";
  for (const a of addresses) {
    if (current && current.length + 1 + a.length > maxLength) {
      out.push(current);
      current = "";
    }
    current = current ? `${current},${a}` : a;
  }
  if (current) out.push(current);
  return out;
}
