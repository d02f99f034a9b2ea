/**
 * Undoes a failed Office write in its own Excel.run (2 syncs): removes the sheets the run created, renames
 * generated sheets back, removes names it added and re-points names it changed, and puts every read input,
 * rate and driver value back where it was.
 */
import { cellAddress, parseSheetReference } from "./address";
import { lower, type Undo } from "./officeWriteTypes";
import { officeCellString } from "./textGuard";

/** Sheets and names back as they were; updates `sheetSet` (lower-case name → actual name) as it goes. */
function restoreSheetsAndNames(workbook: Excel.Workbook, undo: Undo, sheetSet: Map<string, string>, nameSet: ReadonlySet<string>): void {
  for (const name of undo.createdSheets) {
    const actual = sheetSet.get(lower(name));
    if (actual) {
      workbook.worksheets.getItem(actual).delete();
      sheetSet.delete(lower(name));
    }
  }
  for (const r of undo.renamed) {
    const actual = sheetSet.get(lower(r.temp)) ?? sheetSet.get(lower(r.to));
    if (actual && !sheetSet.has(lower(r.from))) {
      workbook.worksheets.getItem(actual).name = r.from;
      sheetSet.delete(lower(actual));
      sheetSet.set(lower(r.from), r.from);
    }
  }
  // Names this run added are removed when their sheet is gone; names pointing into generated sheets that
  // survive are left (they are harmless, and the next generation re-points them).
  for (const n of undo.namesAdded) {
    const ref = parseSheetReference(n.formula);
    if (nameSet.has(lower(n.name)) && (!ref || !sheetSet.has(lower(ref.sheet)))) workbook.names.getItem(n.name).delete();
  }
  for (const n of undo.namesRepointed) {
    const ref = parseSheetReference(n.formula);
    if (nameSet.has(lower(n.name)) && (!ref || sheetSet.has(lower(ref.sheet)))) workbook.names.getItem(n.name).formula = n.formula;
  }
}

/** Every read cell back; protection as before. */
function restoreCells(workbook: Excel.Workbook, undo: Undo, sheetSet: ReadonlyMap<string, string>): void {
  // The failed batch may have left a generated sheet protected or not; unprotecting an unprotected sheet
  // changes nothing, so unprotect every sheet we write to or must protect again, then protect as before.
  const touched = new Set<string>();
  const unprotect = (name: string): Excel.Worksheet => {
    const ws = workbook.worksheets.getItem(name);
    if (!touched.has(name)) {
      ws.protection.unprotect();
      touched.add(name);
    }
    return ws;
  };
  for (const name of undo.protectedSheets) {
    const actual = sheetSet.get(lower(name));
    if (actual) unprotect(actual);
  }
  for (const cell of undo.readCells) {
    const actual = sheetSet.get(lower(cell.sheet));
    if (!actual || cell.row < 0 || cell.column < 0) continue;
    const range = unprotect(actual).getRange(cellAddress(cell.row, cell.column));
    const c = cell.content;
    if (!c) range.values = [[""]];
    else if (c.kind === "formula") range.formulas = [[c.formula]];
    else range.values = [[typeof c.value === "string" ? officeCellString(c.value, cell.numberFormat) : c.value]];
  }
  for (const name of touched) if (undo.protectedSheets.has(name)) workbook.worksheets.getItem(name).protection.protect({ allowFormatColumns: true, allowFormatRows: true, selectionMode: "Normal" });
}

/** Returns the number of syncs it used. */
export async function rollbackWrite(undo: Undo): Promise<number> {
  let syncs = 0;
  await Excel.run(async (context) => {
    const workbook = context.workbook;
    const worksheets = workbook.worksheets;
    worksheets.load("items/name");
    const names = workbook.names;
    names.load("items/name");
    await context.sync();
    syncs++;
    const sheetSet = new Map(worksheets.items.map((w) => [lower(w.name), w.name]));
    const nameSet = new Set(names.items.map((n) => lower(n.name)));
    restoreSheetsAndNames(workbook, undo, sheetSet, nameSet);
    restoreCells(workbook, undo, sheetSet);
    await context.sync();
    syncs++;
  });
  return syncs;
}
