import type { BlockPlan, CellPlan, CellStyle, SheetPlan, WorkbookPlan } from "../engine";
import { maskToRects, parseRectOrThrow, type CellRect } from "./address";
import { CELL_STYLES, isPlainStyle } from "./cellStyles";

/** A cell's content kept from an earlier generation: a constant, or the user's own formula. */
export type KeptCell = { readonly kind: "value"; readonly value: string | number | boolean } | { readonly kind: "formula"; readonly formula: string };

/** Kept cells by sheet key, then by 0-based "row,column" on that sheet. */
export type KeptCells = ReadonlyMap<string, ReadonlyMap<string, KeptCell>>;

export const cellKey = (row: number, column: number): string => `${row},${column}`;

/** The block's cells with kept cells laid over the plan's (a kept cell replaces the plan's value or formula). */
export function effectiveCell(cell: CellPlan, kept: KeptCell | undefined): { value?: string | number | boolean | null; formula?: string } {
  if (kept) return kept.kind === "formula" ? { formula: kept.formula } : { value: kept.value };
  return cell.formula !== undefined ? { formula: cell.formula } : { value: cell.value };
}

export function blockKept(block: BlockPlan, kept: ReadonlyMap<string, KeptCell> | undefined): (r: number, c: number) => KeptCell | undefined {
  if (!kept || kept.size === 0) return () => undefined;
  return (r, c) => kept.get(cellKey(block.row + r, block.column + c));
}

/** Rectangles of each non-plain style on a sheet (few, so the Office writer needs few format calls). */
export function styleRects(sheet: SheetPlan): Map<CellStyle, CellRect[]> {
  const out = new Map<CellStyle, CellRect[]>();
  for (const block of sheet.blocks) {
    const styles = new Set<CellStyle>();
    for (const row of block.cells) for (const cell of row) if (cell.style && !isPlainStyle(CELL_STYLES[cell.style])) styles.add(cell.style);
    for (const style of styles) {
      const mask = block.cells.map((row) => row.map((cell) => cell.style === style));
      const list = out.get(style) ?? [];
      list.push(...maskToRects(mask, block.row, block.column));
      out.set(style, list);
    }
  }
  return out;
}

/** Throws when a block is not rectangular or blocks overlap: writers rely on both. */
export function checkBlocks(sheet: SheetPlan): void {
  const seen = new Set<string>();
  for (const block of sheet.blocks) {
    const width = block.cells[0]?.length ?? 0;
    block.cells.forEach((row, r) => {
      if (row.length !== width) throw new Error(`Plan error: sheet ${sheet.key}, block at (${block.row},${block.column}) row ${r} has ${row.length} cells, expected ${width}`);
      row.forEach((cell, c) => {
        const k = cellKey(block.row + r, block.column + c);
        if (seen.has(k)) throw new Error(`Plan error: sheet ${sheet.key}, cell ${k} is in two blocks`);
        seen.add(k);
        if (cell.formula !== undefined && !cell.formula.startsWith("=")) throw new Error(`Plan error: sheet ${sheet.key}, formula at ${k} does not start with "=": ${cell.formula}`);
      });
    });
  }
}

/** Where the plan puts each Input_* and each rate's list/discount cell, as 0-based coordinates. */
export function planCellOf(plan: WorkbookPlan, sheetKey: string, address: string): { sheet: SheetPlan; row: number; column: number } {
  const sheet = plan.sheets.find((s) => s.key === sheetKey);
  if (!sheet) throw new Error(`Plan error: no sheet "${sheetKey}"`);
  const r = parseRectOrThrow(address);
  return { sheet, row: r.top, column: r.left };
}
