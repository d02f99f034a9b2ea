/**
 * Applies a WorkbookPlan inside Excel (Office.js) in a constant number of `context.sync()` calls, whatever
 * the number of lines, rates or years:
 *
 *   sync 1 — inspect: load the worksheets, the workbook names and workbook protection.
 *   sync 2 — read kept values (regeneration only): the current Input_* cells, the rates' list/discount
 *            cells and the Risk sheet's driver cells, plus protection state and charts of the sheets this
 *            add-in generated before.
 *   sync 3 — write everything, as one batch, with calculation and screen updating suspended until it ends
 *            (Excel recalculates when the batch completes).
 *
 * So a first generation takes 2 syncs and a regeneration 3; a failed run adds 2 more to clean up (inspect,
 * then undo). Every block is written with one 2-D array per property (numberFormat, values, formulas);
 * styles go through one `getRanges` (RangeAreas) call per style and sheet. Needs ExcelApi 1.9.
 *
 * Generated sheets are recognised by hidden workbook names `IMCOST_Sheet_<key>` pointing at A1 of each
 * generated sheet, so a generated sheet the user renamed is still recognised (and is renamed back to the
 * plan's name; formulas that point into it follow the rename). Regeneration rewrites recognised sheets in
 * place — cleared and written again, never deleted — so users' formulas pointing into them (`=SelfBuild!C5`)
 * keep working; existing names are re-pointed by setting their formula, never deleted, so formulas such as
 * `=Total_TCO_Commercial*2` keep working too.
 *
 * A sheet the add-in did not generate is never deleted, renamed or written. If one already has a name a
 * generated sheet needs, the run stops before writing anything with a WorkbookWriteError
 * ("sheetNameTaken") that names the sheet: a suffixed name would silently break the plan's formulas, which
 * refer to sheets by name, and the user's own formulas that expect the usual names.
 *
 * Kept values on regeneration: every Rate_* list value and negotiated discount in the workbook is kept (read
 * through the Rate_<key> name's row, so it follows the rate even if rows moved); each Input_<key> keeps the
 * workbook's value (or the user's formula in it) unless the key is in `userChangedInputs`, or the cell is blank
 * (blank means "use the default", as in the engine). Each risk driver's low / most likely / high /
 * distribution cell on the Risk sheet keeps the workbook's value (or formula) unless the driver id is in
 * `userChangedDrivers` or the cell is blank; the driver's row is found by its id in the id column (at the
 * plan's row, else the one row near it holding the id), so an edit is never laid onto another driver.
 * Content the user typed elsewhere on a generated sheet is not kept: generated sheets belong to the add-in.
 *
 * Text stays text: strings from the plan (and kept text) that Excel would read as a formula, number, date
 * or boolean are written with a leading apostrophe (see textGuard.ts).
 */
import type { SheetKey, SheetPlan, WorkbookPlan } from "../engine";
import { cellAddress, chunkAddresses, columnLetters, parseRectOrThrow, parseSheetReference, quoteSheet, rectAddress } from "./address";
import { CELL_STYLES, CONDITIONAL_STYLES, widthToPoints, type StyleSpec } from "./cellStyles";
import { blockKept, cellKey, checkBlocks, effectiveCell, planCellOf, styleRects, type KeptCell } from "./planCells";
import { guardText } from "./textGuard";

export const SHEET_MARKER_PREFIX = "IMCOST_Sheet_";
/** Addresses per Worksheet.getRanges call are kept under this length (Excel rejects very long ones). */
export const MAX_AREAS_ADDRESS = 1000;
const REQUIRED_API = "1.9";
/** The editable cells of a risk driver's row, kept on regeneration. */
const DRIVER_PARTS = ["low", "mode", "high", "distribution"] as const;
type DriverPart = (typeof DRIVER_PARTS)[number];
/** A driver's row is looked for by its id from the Risk sheet's top to this many rows below the plan's row. */
const DRIVER_SEARCH_ROWS = 20;

export interface WriteStep {
  readonly phase: "inspect" | "readKept" | "write" | "rollback" | "done";
  /** Syncs completed so far in this run. */
  readonly syncs: number;
}

export interface WriteReport {
  readonly syncs: number;
  /** Sheets this run added (plan names). */
  readonly createdSheets: readonly string[];
  /** Generated sheets found and rewritten in place (plan names). */
  readonly rewrittenSheets: readonly string[];
  readonly renamedSheets: readonly { readonly from: string; readonly to: string }[];
  readonly namesAdded: number;
  readonly namesRepointed: number;
  /** Input keys whose workbook value was kept. */
  readonly keptInputs: readonly string[];
  /** Rate keys whose list value and discount were kept. */
  readonly keptRates: readonly string[];
  /** Risk driver ids with at least one of low / most likely / high / distribution kept from the workbook. */
  readonly keptDrivers: readonly string[];
}

export type WorkbookWriteErrorCode = "sheetNameTaken" | "workbookProtected" | "unsupportedHost" | "writeFailed";

export class WorkbookWriteError extends Error {
  readonly code: WorkbookWriteErrorCode;
  readonly sheet?: string;
  override readonly cause?: unknown;
  constructor(code: WorkbookWriteErrorCode, message: string, details: { sheet?: string; cause?: unknown } = {}) {
    super(message);
    this.name = "WorkbookWriteError";
    this.code = code;
    this.sheet = details.sheet;
    this.cause = details.cause;
  }
}

export interface WriteOptions {
  /** Input keys ("headcount" or "Input_headcount") the user changed in the pane: these take the plan's value. */
  readonly userChangedInputs?: ReadonlySet<string>;
  /** Risk driver ids the user changed in the pane (PlanOptions.drivers): these take the plan's range. */
  readonly userChangedDrivers?: ReadonlySet<string>;
  readonly onProgress?: (step: WriteStep) => void;
  /**
   * The sheet to show when done, activated in the write batch (no extra sync). Default: the first sheet of
   * the plan on a first generation, none on a regeneration.
   */
  readonly activateSheet?: SheetKey;
}

interface ExistingName {
  readonly name: string;
  readonly formula: string;
}

interface Inspection {
  /** Current sheet name of each generated sheet found, by key. */
  readonly recognised: ReadonlyMap<SheetKey, string>;
  readonly names: ReadonlyMap<string, ExistingName>;
}

/** A cell read in sync 2: where it was, and what it held. */
interface ReadCell {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly content: KeptCell | null;
  /** The cell's number format ("@" = text, where a leading apostrophe would be kept as a character). */
  readonly numberFormat: string;
}

interface KeptState {
  readonly inputs: ReadonlyMap<string, ReadCell>;
  readonly rates: ReadonlyMap<string, { readonly list: ReadCell; readonly discount: ReadCell }>;
  readonly drivers: ReadonlyMap<string, Readonly<Record<DriverPart, ReadCell>>>;
  readonly protectedSheets: ReadonlySet<string>;
  readonly charts: ReadonlyMap<string, readonly string[]>;
}

/** What the write batch changed, for undoing it after a failure. */
interface Undo {
  readonly createdSheets: string[];
  readonly renamed: { from: string; to: string; temp: string }[];
  readonly namesAdded: { name: string; formula: string }[];
  readonly namesRepointed: ExistingName[];
  readonly readCells: ReadCell[];
  readonly protectedSheets: ReadonlySet<string>;
}

const lower = (s: string): string => s.toLowerCase();

function checkHost(): void {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const requirements = office?.context?.requirements;
  if (requirements && !requirements.isSetSupported("ExcelApi", REQUIRED_API)) {
    throw new WorkbookWriteError("unsupportedHost", `This version of Excel is too old to generate the budget workbook (it needs ExcelApi ${REQUIRED_API}: Excel 2019, Microsoft 365 or Excel on the web).`);
  }
}

function inputKeyOf(name: string): string {
  return name.startsWith("Input_") ? name.slice("Input_".length) : name;
}

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

/** Reads a cell back as kept content: the user's formula when it has one, else its constant; null when blank. */
function keptFromCell(value: unknown, formula: unknown): KeptCell | null {
  if (typeof formula === "string" && formula.startsWith("=") && !(typeof value === "string" && value === formula)) return { kind: "formula", formula };
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return { kind: "value", value };
  return null;
}

function inspect(plan: WorkbookPlan, sheetNames: readonly string[], names: readonly ExistingName[], workbookProtected: boolean): Inspection {
  const existing = new Map(sheetNames.map((n) => [lower(n), n]));
  const nameMap = new Map(names.map((n) => [lower(n.name), n]));
  const recognised = new Map<SheetKey, string>();
  const taken = new Set<string>();
  for (const sheet of plan.sheets) {
    const marker = nameMap.get(lower(SHEET_MARKER_PREFIX + sheet.key));
    const ref = marker ? parseSheetReference(String(marker.formula)) : null;
    const current = ref ? existing.get(lower(ref.sheet)) : undefined;
    if (current && !taken.has(lower(current))) {
      recognised.set(sheet.key, current);
      taken.add(lower(current));
    }
  }
  for (const sheet of plan.sheets) {
    const holder = existing.get(lower(sheet.name));
    if (holder && !taken.has(lower(holder))) {
      throw new WorkbookWriteError(
        "sheetNameTaken",
        `A sheet named "${holder}" already exists and was not made by IMCOST. Rename or move that sheet, then generate the budget again (IMCOST never overwrites sheets it did not create).`,
        { sheet: holder },
      );
    }
  }
  const willCreate = plan.sheets.some((s) => !recognised.has(s.key));
  const willRename = plan.sheets.some((s) => recognised.has(s.key) && recognised.get(s.key) !== s.name);
  if (workbookProtected && (willCreate || willRename)) {
    throw new WorkbookWriteError("workbookProtected", "The workbook structure is protected, so IMCOST cannot add or rename its sheets. Unprotect the workbook (Review › Protect Workbook) and try again.");
  }
  return { recognised, names: nameMap };
}

/**
 * Writes the plan into the open workbook. Resolves with what was done; rejects with a WorkbookWriteError
 * after undoing what the failed run changed (sheets it created are removed; user sheets, input and rate
 * values are left as they were).
 */
export async function writeWorkbook(plan: WorkbookPlan, options: WriteOptions = {}): Promise<WriteReport> {
  checkHost();
  plan.sheets.forEach(checkBlocks);
  const changed = new Set([...(options.userChangedInputs ?? [])].map(inputKeyOf));
  let syncs = 0;
  const progress = (phase: WriteStep["phase"]): void => options.onProgress?.({ phase, syncs });
  let undo: Undo | null = null;
  try {
    const report = await Excel.run(async (context) => {
      const sync = async (): Promise<void> => {
        await context.sync();
        syncs++;
      };
      const workbook = context.workbook;

      // Sync 1: what is there.
      progress("inspect");
      const worksheets = workbook.worksheets;
      worksheets.load("items/name");
      const names = workbook.names;
      names.load("items/name,items/formula");
      workbook.protection.load("protected");
      await sync();
      const inspection = inspect(
        plan,
        worksheets.items.map((w) => w.name),
        names.items.map((n) => ({ name: n.name, formula: String(n.formula) })),
        workbook.protection.protected,
      );

      // Sync 2 (regeneration only): the values to keep, protection and charts of the generated sheets.
      let kept: KeptState = { inputs: new Map(), rates: new Map(), drivers: new Map(), protectedSheets: new Set(), charts: new Map() };
      if (inspection.recognised.size > 0) {
        progress("readKept");
        kept = await readKept(context, plan, inspection, sync);
      }

      // Sync 3: write everything.
      progress("write");
      const readCells = [...kept.inputs.values(), ...[...kept.rates.values()].flatMap((r) => [r.list, r.discount]), ...[...kept.drivers.values()].flatMap((d) => DRIVER_PARTS.map((part) => d[part]))];
      undo = { createdSheets: [], renamed: [], namesAdded: [], namesRepointed: [], readCells, protectedSheets: kept.protectedSheets };
      const changedDrivers = new Set(options.userChangedDrivers ?? []);
      const result = queueWrite(context, plan, inspection, kept, changed, changedDrivers, undo, options.activateSheet);
      await sync();
      progress("done");
      return result;
    });
    return { ...report, syncs };
  } catch (e) {
    const original = e instanceof WorkbookWriteError ? e : new WorkbookWriteError("writeFailed", `Generating the budget workbook failed: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
    if (undo) {
      progress("rollback");
      try {
        syncs += await rollback(undo);
      } catch (cleanupError) {
        original.message += ` (Cleaning up also failed: ${cleanupError instanceof Error ? cleanupError.message : String(cleanupError)}. Check for half-written IMCOST sheets.)`;
      }
    }
    throw original;
  }
}

async function readKept(context: Excel.RequestContext, plan: WorkbookPlan, inspection: Inspection, sync: () => Promise<void>): Promise<KeptState> {
  const recognisedNames = new Set([...inspection.recognised.values()].map(lower));
  /** Where an existing name points, if it is a cell on a generated sheet. */
  const locate = (name: string): { sheet: string; row: number; column: number } | null => {
    const existing = inspection.names.get(lower(name));
    const ref = existing ? parseSheetReference(existing.formula) : null;
    if (!ref || !recognisedNames.has(lower(ref.sheet))) return null;
    const r = parseRectOrThrow(ref.address);
    const sheet = [...inspection.recognised.values()].find((s) => lower(s) === lower(ref.sheet))!;
    return { sheet, row: r.top, column: r.left };
  };

  const inputLocations = new Map<string, { sheet: string; row: number; column: number }>();
  for (const key of Object.keys(plan.inputCells)) {
    const at = locate(`Input_${key}`);
    if (at) inputLocations.set(key, at);
  }
  const rateLocations = new Map<string, { list: { sheet: string; row: number; column: number }; discount: { sheet: string; row: number; column: number } }>();
  for (const [key, cells] of Object.entries(plan.rateCells)) {
    const named = plan.names.find((n) => n.name === `Rate_${key}`);
    const at = locate(`Rate_${key}`);
    if (!named || !at) continue;
    const anchor = parseRectOrThrow(named.address);
    const list = parseRectOrThrow(cells.list);
    const discount = parseRectOrThrow(cells.discount);
    rateLocations.set(key, {
      list: { sheet: at.sheet, row: at.row + list.top - anchor.top, column: at.column + list.left - anchor.left },
      discount: { sheet: at.sheet, row: at.row + discount.top - anchor.top, column: at.column + discount.left - anchor.left },
    });
  }

  // Risk drivers: the plan's driver rows, and the rows below them where a moved row is looked for by its id.
  const driverPlan = new Map<string, { sheet: string; idRow: number; idColumn: number; parts: Record<DriverPart, { row: number; column: number }> }>();
  const driverArea: { sheet: string; row: number; column: number }[] = [];
  for (const [id, cells] of Object.entries(plan.driverCells ?? {})) {
    const sheet = inspection.recognised.get(cells.sheet);
    if (!sheet) continue;
    const idAt = parseRectOrThrow(cells.id);
    const cell = (address: string) => {
      const r = parseRectOrThrow(address);
      return { row: r.top, column: r.left };
    };
    const parts = Object.fromEntries(DRIVER_PARTS.map((part) => [part, cell(cells[part])])) as Record<DriverPart, { row: number; column: number }>;
    driverPlan.set(id, { sheet, idRow: idAt.top, idColumn: idAt.left, parts });
    for (const at of [{ row: idAt.top, column: idAt.left }, ...Object.values(parts)]) {
      driverArea.push({ sheet, row: 0, column: at.column }, { sheet, row: at.row + DRIVER_SEARCH_ROWS, column: at.column });
    }
  }

  // One bounding range per sheet holding kept cells: values and formulas in one load.
  const all = [...inputLocations.values(), ...[...rateLocations.values()].flatMap((r) => [r.list, r.discount]), ...driverArea];
  const boxes = new Map<string, { top: number; left: number; bottom: number; right: number }>();
  for (const at of all) {
    if (at.row < 0 || at.column < 0) continue;
    const b = boxes.get(at.sheet);
    if (!b) boxes.set(at.sheet, { top: at.row, left: at.column, bottom: at.row, right: at.column });
    else Object.assign(b, { top: Math.min(b.top, at.row), left: Math.min(b.left, at.column), bottom: Math.max(b.bottom, at.row), right: Math.max(b.right, at.column) });
  }
  const ranges = new Map<string, Excel.Range>();
  for (const [sheet, b] of boxes) {
    const range = context.workbook.worksheets.getItem(sheet).getRangeByIndexes(b.top, b.left, b.bottom - b.top + 1, b.right - b.left + 1);
    range.load("values,formulas,numberFormat");
    ranges.set(sheet, range);
  }
  const sheetProxies = new Map<string, Excel.Worksheet>();
  for (const name of inspection.recognised.values()) {
    const ws = context.workbook.worksheets.getItem(name);
    ws.protection.load("protected");
    ws.charts.load("items/name");
    sheetProxies.set(name, ws);
  }
  await sync();

  const read = (at: { sheet: string; row: number; column: number }): ReadCell => {
    const b = boxes.get(at.sheet);
    const range = ranges.get(at.sheet);
    if (!b || !range || at.row < 0 || at.column < 0) return { ...at, content: null, numberFormat: "General" };
    const r = at.row - b.top;
    const c = at.column - b.left;
    return { ...at, content: keptFromCell(range.values[r][c], range.formulas[r][c]), numberFormat: String(range.numberFormat[r][c]) };
  };
  const inputs = new Map<string, ReadCell>();
  for (const [key, at] of inputLocations) inputs.set(key, read(at));
  const rates = new Map<string, { list: ReadCell; discount: ReadCell }>();
  for (const [key, at] of rateLocations) rates.set(key, { list: read(at.list), discount: read(at.discount) });
  const drivers = new Map<string, Record<DriverPart, ReadCell>>();
  for (const [id, at] of driverPlan) {
    const b = boxes.get(at.sheet)!;
    const range = ranges.get(at.sheet)!;
    const holdsId = (row: number): boolean => row >= b.top && row <= b.bottom && range.values[row - b.top][at.idColumn - b.left] === id;
    let row: number | null = holdsId(at.idRow) ? at.idRow : null;
    if (row === null) {
      const found: number[] = [];
      for (let r = b.top; r <= b.bottom; r++) if (holdsId(r)) found.push(r);
      if (found.length === 1) row = found[0];
    }
    if (row === null) continue; // not found (or not uniquely): the plan's values stand
    const shift = row - at.idRow;
    drivers.set(id, Object.fromEntries(DRIVER_PARTS.map((part) => [part, read({ sheet: at.sheet, row: at.parts[part].row + shift, column: at.parts[part].column })])) as Record<DriverPart, ReadCell>);
  }
  const protectedSheets = new Set<string>();
  const charts = new Map<string, string[]>();
  for (const [name, ws] of sheetProxies) {
    if (ws.protection.protected) protectedSheets.add(name);
    charts.set(
      name,
      ws.charts.items.map((c) => c.name),
    );
  }
  return { inputs, rates, drivers, protectedSheets, charts };
}

/** Queues the whole write; returns the report (without the sync count). */
function queueWrite(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  inspection: Inspection,
  kept: KeptState,
  changed: ReadonlySet<string>,
  changedDrivers: ReadonlySet<string>,
  undo: Undo,
  activate: SheetKey | undefined,
): Omit<WriteReport, "syncs"> {
  const workbook = context.workbook;
  workbook.application.suspendApiCalculationUntilNextSync();
  workbook.application.suspendScreenUpdatingUntilNextSync();

  // Sheets: rename recognised ones back to their plan names (through temporary names, so that swaps work),
  // add the missing ones. Hoisted proxies, one per sheet.
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

  // Recognised sheets: unprotect, remove charts, validations, conditional formats and contents.
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

  // Names: sheet markers, then the plan's names; existing ones are re-pointed, never deleted.
  let namesAdded = 0;
  let namesRepointed = 0;
  const setName = (name: string, formula: string, comment: string, hidden: boolean): void => {
    const existing = inspection.names.get(lower(name));
    if (existing) {
      if (!sameReference(existing.formula, formula)) {
        const item = workbook.names.getItem(existing.name);
        item.formula = formula;
        undo.namesRepointed.push(existing);
        namesRepointed++;
      }
    } else {
      const item = workbook.names.add(name, formula, comment);
      if (hidden) item.visible = false;
      undo.namesAdded.push({ name, formula });
      namesAdded++;
    }
  };
  for (const s of plan.sheets) setName(SHEET_MARKER_PREFIX + s.key, `=${quoteSheet(s.name)}!$A$1`, plan.generatorMark, true);
  const sheetNameOf = new Map(plan.sheets.map((s) => [s.key, s.name]));
  for (const n of plan.names) setName(n.name, nameRef(sheetNameOf.get(n.sheet)!, n.address), plan.generatorMark, false);

  // Kept values, laid over the plan's cells at the plan's addresses.
  const keptBySheet = new Map<string, Map<string, KeptCell>>();
  const keep = (sheetKey: string, address: string, cell: KeptCell): void => {
    const at = planCellOf(plan, sheetKey, address);
    const m = keptBySheet.get(sheetKey) ?? new Map<string, KeptCell>();
    m.set(cellKey(at.row, at.column), cell);
    keptBySheet.set(sheetKey, m);
  };
  const keptInputs: string[] = [];
  for (const [key, read] of kept.inputs) {
    if (changed.has(key) || !read.content) continue;
    const where = plan.inputCells[key];
    keep(where.sheet, where.address, read.content);
    keptInputs.push(key);
  }
  const keptRates: string[] = [];
  for (const [key, read] of kept.rates) {
    const where = plan.rateCells[key];
    keep(where.sheet, where.list, read.list.content ?? { kind: "value", value: "" });
    keep(where.sheet, where.discount, read.discount.content ?? { kind: "value", value: "" });
    keptRates.push(key);
  }
  const keptDrivers: string[] = [];
  for (const [id, read] of kept.drivers) {
    const where = plan.driverCells?.[id];
    if (!where || changedDrivers.has(id)) continue;
    let any = false;
    for (const part of DRIVER_PARTS) {
      const content = read[part].content;
      if (!content) continue; // blank: the plan's value
      keep(where.sheet, where[part], content);
      any = true;
    }
    if (any) keptDrivers.push(id);
  }

  for (const s of plan.sheets) writeSheet(proxies.get(s.key)!, s, keptBySheet.get(s.key));

  const show = activate ?? (inspection.recognised.size === 0 ? plan.sheets[0].key : undefined);
  if (show) proxies.get(show)?.activate();
  return { createdSheets, rewrittenSheets, renamedSheets, namesAdded, namesRepointed, keptInputs, keptRates, keptDrivers };
}

function writeSheet(ws: Excel.Worksheet, sheet: SheetPlan, kept: ReadonlyMap<string, KeptCell> | undefined): void {
  // Cells: one array per property per block. The sheet is new or was just cleared, so null ("leave as
  // is") stands for blank cells and the General format, which keeps the request small.
  for (const block of sheet.blocks) {
    const height = block.cells.length;
    const width = block.cells[0]?.length ?? 0;
    if (height === 0 || width === 0) continue;
    const keptAt = blockKept(block, kept);
    let anyFormat = false;
    let anyValue = false;
    let anyFormula = false;
    const formats: (string | null)[][] = [];
    const values: (string | number | boolean | null)[][] = [];
    const formulas: (string | null)[][] = [];
    block.cells.forEach((row, r) => {
      const f: (string | null)[] = [];
      const v: (string | number | boolean | null)[] = [];
      const x: (string | null)[] = [];
      row.forEach((cell, c) => {
        const nf = cell.numberFormat && cell.numberFormat !== "General" ? cell.numberFormat : null;
        f.push(nf);
        if (nf) anyFormat = true;
        const e = effectiveCell(cell, keptAt(r, c));
        if (e.formula !== undefined) {
          v.push(null);
          x.push(e.formula);
          anyFormula = true;
        } else {
          // In a text-formatted cell Excel keeps strings as they are (and would keep an apostrophe too).
          const value = e.value === undefined || e.value === "" ? null : typeof e.value === "string" && nf !== "@" ? guardText(e.value) : e.value;
          v.push(value);
          x.push(null);
          if (value !== null) anyValue = true;
        }
      });
      formats.push(f);
      values.push(v);
      formulas.push(x);
    });
    const range = ws.getRangeByIndexes(block.row, block.column, height, width);
    if (anyFormat) range.numberFormat = formats;
    if (anyValue) range.values = values;
    if (anyFormula) range.formulas = formulas;
  }

  // Styles: one RangeAreas per style (split when the address list grows long).
  for (const [style, rects] of styleRects(sheet)) {
    const spec = CELL_STYLES[style];
    for (const address of chunkAddresses(rects.map((r) => rectAddress(r)), MAX_AREAS_ADDRESS)) applyStyle(ws.getRanges(address).format, spec);
  }

  // Column widths: runs of equal widths share one call.
  const widths = sheet.columnWidths;
  for (let c = 0; c < widths.length; ) {
    let end = c;
    while (end + 1 < widths.length && widths[end + 1] === widths[c]) end++;
    if (widths[c] > 0) ws.getRange(`${columnLetters(c)}:${columnLetters(end)}`).format.columnWidth = widthToPoints(widths[c]);
    c = end + 1;
  }

  for (const v of sheet.validations) {
    const dv = ws.getRange(v.range).dataValidation;
    const rule = v.rule;
    if (rule.type === "list") dv.rule = { list: { inCellDropDown: true, source: rule.values.join(",") } };
    else if (rule.type === "whole") dv.rule = { wholeNumber: { formula1: rule.min, formula2: rule.max, operator: "Between" } };
    else dv.rule = { decimal: { formula1: rule.min, formula2: rule.max, operator: "Between" } };
    dv.errorAlert = { showAlert: true, style: "Stop", title: "IMCOST", message: v.message.slice(0, 255) };
  }

  for (const cf of sheet.conditionalFormats) {
    const look = CONDITIONAL_STYLES[cf.style];
    const format = ws.getRange(cf.range).conditionalFormats.add("Custom");
    format.custom.rule.formula = cf.formula;
    format.custom.format.fill.color = look.fill;
    format.custom.format.font.color = look.color;
  }

  if (sheet.frozen && (sheet.frozen.rows > 0 || sheet.frozen.columns > 0)) {
    const { rows, columns } = sheet.frozen;
    if (rows > 0 && columns > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, rows, columns));
    else if (rows > 0) ws.freezePanes.freezeRows(rows);
    else ws.freezePanes.freezeColumns(columns);
  }
  if (sheet.tabColor) ws.tabColor = sheet.tabColor;
  ws.pageLayout.orientation = sheet.print.landscape ? "Landscape" : "Portrait";
  if (sheet.print.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };

  sheet.charts.forEach((spec, i) => {
    const type = spec.type === "line" ? "Line" : spec.type === "columnClustered" ? "ColumnClustered" : "BarClustered";
    const chart = ws.charts.add(type, ws.getRange(spec.dataRange), "Rows");
    chart.name = `IMCOST_${sheet.key}_${i + 1}`;
    chart.title.text = spec.title;
    chart.legend.position = "Bottom";
    chart.setPosition(spec.topLeft, spec.bottomRight);
  });

  if (sheet.protect) ws.protection.protect({ allowFormatColumns: true, allowFormatRows: true, selectionMode: "Normal" });
}

function applyStyle(format: Excel.RangeFormat, spec: StyleSpec): void {
  if (spec.bold) format.font.bold = true;
  if (spec.italic) format.font.italic = true;
  if (spec.underline) format.font.underline = "Single";
  if (spec.size) format.font.size = spec.size;
  if (spec.color) format.font.color = spec.color;
  if (spec.fill) format.fill.color = spec.fill;
  if (spec.wrap) format.wrapText = true;
  const edge = (which: "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical", style: "thin" | "double"): void => {
    const b = format.borders.getItem(which);
    b.style = style === "double" ? "Double" : "Continuous";
    if (spec.borderColor) b.color = spec.borderColor;
  };
  if (spec.border) for (const e of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const) edge(e, spec.border);
  if (spec.borderTop) edge("EdgeTop", spec.borderTop);
  if (spec.borderBottom) edge("EdgeBottom", spec.borderBottom);
  if (spec.unlocked) format.protection.locked = false;
}

/**
 * Undoes a failed write in its own Excel.run (2 syncs): removes the sheets the run created, renames
 * generated sheets back, removes names it added and re-points names it changed, and puts every read input
 * and rate value back where it was. Returns the number of syncs it used.
 */
async function rollback(undo: Undo): Promise<number> {
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
      const ws = unprotect(actual);
      const range = ws.getRange(cellAddress(cell.row, cell.column));
      const c = cell.content;
      if (!c) range.values = [[""]];
      else if (c.kind === "formula") range.formulas = [[c.formula]];
      else range.values = [[typeof c.value === "string" && cell.numberFormat !== "@" ? guardText(c.value) : c.value]];
    }
    for (const name of touched) if (undo.protectedSheets.has(name)) workbook.worksheets.getItem(name).protection.protect({ allowFormatColumns: true, allowFormatRows: true, selectionMode: "Normal" });
    await context.sync();
    syncs++;
  });
  return syncs;
}

/**
 * Reads the Input_* cells back (for the pane's "Load from workbook"): { key: value } for every input whose
 * name exists in the workbook; blank cells come back as "" (the engine reads blank as "use the default").
 * Two syncs: the names, then their cells.
 */
export async function readInputs(plan: WorkbookPlan): Promise<Record<string, unknown>> {
  checkHost();
  return Excel.run(async (context) => {
    const names = context.workbook.names;
    names.load("items/name");
    await context.sync();
    const present = new Map(names.items.map((n) => [lower(n.name), n.name]));
    const ranges: [string, Excel.Range][] = [];
    for (const key of Object.keys(plan.inputCells)) {
      const actual = present.get(lower(`Input_${key}`));
      if (!actual) continue;
      const range = context.workbook.names.getItem(actual).getRange();
      range.load("values");
      ranges.push([key, range]);
    }
    await context.sync();
    const out: Record<string, unknown> = {};
    for (const [key, range] of ranges) out[key] = range.values[0][0];
    return out;
  });
}
