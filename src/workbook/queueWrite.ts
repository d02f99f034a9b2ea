/**
 * The write syncs of the Office writer: the write is queued in batches of whole sheets (see writeBatches.ts),
 * each with calculation and screen updating suspended until it ends. The first batch also renames recognised
 * sheets back and clears them in place (never deleted), adds missing ones, and adds or re-points names (never
 * deleted); kept values are laid over the plan's cells. Every change is recorded in `undo` so a failed write
 * can be rolled back.
 */
import type { SheetKey, WorkbookPlan } from "../engine";
import { parseRectOrThrow, parseSheetReference, quoteSheet, rectAddress } from "./address";
import { DRIVER_PARTS, lower, SHEET_MARKER_PREFIX, type Inspection, type KeptState, type Undo, type WriteReport } from "./officeWriteTypes";
import { cellKey, planCellOf, type KeptCell } from "./planCells";
import { writeBatches } from "./writeBatches";
import { writeSheet } from "./writeSheet";

type SheetReport = Pick<WriteReport, "createdSheets" | "rewrittenSheets" | "renamedSheets">;
type KeptReport = Pick<WriteReport, "keptInputs" | "keptRates" | "keptDrivers">;

/** True when two name formulas point at the same cells of the same sheet ('Inputs'!$B$2 = Inputs!$B$2). */
function sameReference(a: string, b: string): boolean {
  const x = parseSheetReference(a);
  const y = parseSheetReference(b);
  if (!x || !y) return a === b;
  return lower(x.sheet) === lower(y.sheet) && rectAddress(parseRectOrThrow(x.address)) === rectAddress(parseRectOrThrow(y.address));
}

function nameRef(sheetName: string, address: string): string {
  const r = parseRectOrThrow(address);
  return `=${quoteSheet(sheetName)}!${rectAddress(r, true)}`;
}

/** Renames recognised sheets back to their plan names (through temporary names, so swaps work), adds the missing ones. */
function placeSheets(workbook: Excel.Workbook, plan: WorkbookPlan, inspection: Inspection, undo: Undo): { proxies: Map<SheetKey, Excel.Worksheet>; report: SheetReport } {
  const proxies = new Map<SheetKey, Excel.Worksheet>();
  const createdSheets: string[] = [];
  const rewrittenSheets: string[] = [];
  const renamedSheets: { from: string; to: string }[] = [];
  const toRename = plan.sheets.filter((s) => inspection.recognised.has(s.key) && inspection.recognised.get(s.key) !== s.name);
  const stamp = Date.now() % 100000;
  toRename.forEach((s, i) => {
    const from = inspection.recognised.get(s.key)!;
    const temp = `IMCOST~${stamp}~${i}`;
    const ws = workbook.worksheets.getItem(from);
    ws.name = temp;
    proxies.set(s.key, ws);
    renamedSheets.push({ from, to: s.name });
    undo.renamed.push({ from, to: s.name, temp });
  });
  for (const s of toRename) proxies.get(s.key)!.name = s.name;
  for (const s of plan.sheets) {
    if (inspection.recognised.has(s.key)) {
      if (!proxies.has(s.key)) proxies.set(s.key, workbook.worksheets.getItem(s.name));
      rewrittenSheets.push(s.name);
    } else {
      proxies.set(s.key, workbook.worksheets.add(s.name));
      createdSheets.push(s.name);
      undo.createdSheets.push(s.name);
    }
  }
  return { proxies, report: { createdSheets, rewrittenSheets, renamedSheets } };
}

/** Recognised sheets: unprotect, remove charts, validations, conditional formats and contents. */
function clearRecognised(plan: WorkbookPlan, inspection: Inspection, kept: KeptState, proxies: ReadonlyMap<SheetKey, Excel.Worksheet>): void {
  for (const s of plan.sheets) {
    const current = inspection.recognised.get(s.key);
    if (!current) continue;
    const ws = proxies.get(s.key)!;
    if (kept.protectedSheets.has(current)) ws.protection.unprotect();
    for (const chart of kept.charts.get(current) ?? []) ws.charts.getItem(chart).delete();
    ws.freezePanes.unfreeze();
    const whole = ws.getRange();
    whole.conditionalFormats.clearAll();
    whole.dataValidation.clear();
    whole.clear("All");
  }
}

/** Sheet markers, then the plan's names; existing ones are re-pointed, never deleted. */
function setNames(workbook: Excel.Workbook, plan: WorkbookPlan, inspection: Inspection, undo: Undo): { namesAdded: number; namesRepointed: number } {
  let namesAdded = 0;
  let namesRepointed = 0;
  const setName = (name: string, formula: string, hidden: boolean): void => {
    const existing = inspection.names.get(lower(name));
    if (existing) {
      if (!sameReference(existing.formula, formula)) {
        workbook.names.getItem(existing.name).formula = formula;
        undo.namesRepointed.push(existing);
        namesRepointed++;
      }
    } else {
      const item = workbook.names.add(name, formula, plan.generatorMark);
      if (hidden) item.visible = false;
      undo.namesAdded.push({ name, formula });
      namesAdded++;
    }
  };
  for (const s of plan.sheets) setName(SHEET_MARKER_PREFIX + s.key, `=${quoteSheet(s.name)}!$A$1`, true);
  const sheetNameOf = new Map(plan.sheets.map((s) => [s.key, s.name]));
  for (const n of plan.names) setName(n.name, nameRef(sheetNameOf.get(n.sheet)!, n.address), false);
  return { namesAdded, namesRepointed };
}

/** Kept values by sheet key and plan cell: inputs (unless changed in the pane or blank), rates, drivers. */
function keptCells(plan: WorkbookPlan, kept: KeptState, changed: ReadonlySet<string>, changedDrivers: ReadonlySet<string>): { bySheet: Map<string, Map<string, KeptCell>>; report: KeptReport } {
  const bySheet = new Map<string, Map<string, KeptCell>>();
  const keepAt = (sheetKey: string, row: number, column: number, cell: KeptCell): void => {
    const m = bySheet.get(sheetKey) ?? new Map<string, KeptCell>();
    m.set(cellKey(row, column), cell);
    bySheet.set(sheetKey, m);
  };
  const keep = (sheetKey: string, address: string, cell: KeptCell): void => {
    const at = planCellOf(plan, sheetKey, address);
    keepAt(sheetKey, at.row, at.column, cell);
  };
  const keptInputs: string[] = [];
  for (const [key, read] of kept.inputs) {
    if (changed.has(key) || !read.content) continue;
    const where = plan.inputCells[key];
    keep(where.sheet, where.address, read.content);
    keptInputs.push(key);
  }
  const keptRates: string[] = [];
  for (const [key, cells] of kept.rates) {
    // A rate cell the user blanked stays blank (unlike an input, where blank means "the default").
    for (const c of cells) keepAt(plan.rateCells[key].sheet, c.row, c.column, c.read.content ?? { kind: "value", value: "" });
    keptRates.push(key);
  }
  const keptDrivers: string[] = [];
  for (const [id, read] of kept.drivers) {
    const where = plan.driverCells?.[id];
    if (!where || changedDrivers.has(id)) continue;
    const parts = DRIVER_PARTS.filter((part) => read[part].content); // blank: the plan's value
    for (const part of parts) keep(where.sheet, where[part], read[part].content!);
    if (parts.length > 0) keptDrivers.push(id);
  }
  return { bySheet, report: { keptInputs, keptRates, keptDrivers } };
}

/** The write, as batches to queue one per sync, and the report (without the sync count). */
export interface QueuedWrite {
  /** Each queues one batch; the caller syncs after each. */
  readonly batches: readonly (() => void)[];
  readonly report: Omit<WriteReport, "syncs">;
}

function suspendUntilSync(workbook: Excel.Workbook): void {
  workbook.application.suspendApiCalculationUntilNextSync();
  workbook.application.suspendScreenUpdatingUntilNextSync();
}

/** Queues the sheets, names and clearing in the first batch; each batch then writes its sheets. */
export function queueWrite(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  inspection: Inspection,
  kept: KeptState,
  changes: { readonly inputs: ReadonlySet<string>; readonly drivers: ReadonlySet<string> },
  undo: Undo,
  activate: SheetKey | undefined,
): QueuedWrite {
  const workbook = context.workbook;
  suspendUntilSync(workbook);
  const { proxies, report: sheets } = placeSheets(workbook, plan, inspection, undo);
  clearRecognised(plan, inspection, kept, proxies);
  const names = setNames(workbook, plan, inspection, undo);
  const { bySheet, report: keptReport } = keptCells(plan, kept, changes.inputs, changes.drivers);
  const show = activate ?? (inspection.recognised.size === 0 ? plan.sheets[0].key : undefined);
  const groups = writeBatches(plan.sheets);
  const batches = groups.map((group, i) => () => {
    if (i > 0) suspendUntilSync(workbook);
    for (const s of group) writeSheet(proxies.get(s.key)!, s, bySheet.get(s.key), plan.font);
    if (i === groups.length - 1 && show) proxies.get(show)?.activate();
  });
  return { batches, report: { ...sheets, ...names, ...keptReport } };
}
