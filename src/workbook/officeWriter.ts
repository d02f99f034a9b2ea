/**
 * Applies a WorkbookPlan inside Excel (Office.js) in a constant number of `context.sync()` calls, whatever
 * the number of lines, rates or years:
 *
 *   sync 1 — inspect: load the worksheets, the workbook names, workbook protection and the date system (a
 *            1904-date workbook gets its month inputs as 1904 serials; see dateSystem.ts).
 *   sync 2 — read kept values (regeneration only): the current Input_* cells, every editable cell of
 *            each rate's row (list, discount, VAT, source, date, status) and the Risk sheet's driver cells, plus protection state and charts of the sheets this
 *            add-in generated before.
 *   then    — write, in batches of whole sheets kept far below Excel on the web's 5 MB request limit (see
 *            writeBatches.ts), each with calculation and screen updating suspended until it ends.
 *
 * So a first generation takes 1 + B syncs and a regeneration 2 + B, B the number of batches (fixed by the
 * layout, not the inputs); a failed run adds 2 more to clean up (inspect, then undo). Every block is written with one 2-D array per property (numberFormat, values, formulas);
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
 * Kept values on regeneration: every editable cell of each Rate_* row (list value, negotiated discount, VAT,
 * source, date, status) is kept (read through the Rate_<key> name's row, so it follows the rate even if rows
 * moved); each Input_<key> keeps the workbook's value (or the user's formula in it) unless the key is in
 * `userChangedInputs`, or the cell is blank (blank means "use the default", as in the engine). Each risk driver's low / most likely / high /
 * distribution cell on the Risk sheet keeps the workbook's value (or formula) unless the driver id is in
 * `userChangedDrivers` or the cell is blank; the driver's row is found by its id in the id column (at the
 * plan's row, else the one row near it holding the id), so an edit is never laid onto another driver.
 * Content the user typed elsewhere on a generated sheet is not kept: generated sheets belong to the add-in.
 *
 * Text stays text: strings from the plan (and kept text) that Excel would read as a formula, number, date
 * or boolean are written with a leading apostrophe (see textGuard.ts).
 *
 * The steps live in their own files: inspectWorkbook, readKeptValues, queueWrite (with writeSheet) and
 * rollbackWrite; this file runs them in order.
 */
import { checkSheetName, type WorkbookPlan } from "../engine";
import { inspectWorkbook } from "./inspectWorkbook";
import { DRIVER_PARTS, lower, WorkbookWriteError, type KeptState, type Undo, type WriteOptions, type WriteReport, type WriteStep } from "./officeWriteTypes";
import { monthInputFromCell, planInDateSystem, probeDateSystem } from "./dateSystem";
import { checkBlocks } from "./planCells";
import { queueWrite } from "./queueWrite";
import { readKeptValues } from "./readKeptValues";
import { rollbackWrite } from "./rollbackWrite";

export { MAX_AREAS_ADDRESS, SHEET_MARKER_PREFIX, WorkbookWriteError } from "./officeWriteTypes";
export type { WorkbookWriteErrorCode, WriteOptions, WriteReport, WriteStep } from "./officeWriteTypes";

const REQUIRED_API = "1.9";

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

/**
 * Writes the plan into the open workbook. Resolves with what was done; rejects with a WorkbookWriteError
 * after undoing what the failed run changed (sheets it created are removed; user sheets, input and rate
 * values are left as they were).
 */
export async function writeWorkbook(plan: WorkbookPlan, options: WriteOptions = {}): Promise<WriteReport> {
  checkHost();
  plan.sheets.forEach(checkBlocks);
  for (const sheet of plan.sheets) checkSheetName(sheet.name);
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
      const dateSystem = probeDateSystem(workbook);
      await sync();
      const inspection = inspectWorkbook(
        plan,
        worksheets.items.map((w) => w.name),
        names.items.map((n) => ({ name: n.name, formula: String(n.formula) })),
        workbook.protection.protected,
      );

      // Sync 2 (regeneration only): the values to keep, protection and charts of the generated sheets.
      let kept: KeptState = { inputs: new Map(), rates: new Map(), drivers: new Map(), protectedSheets: new Set(), charts: new Map() };
      if (inspection.recognised.size > 0) {
        progress("readKept");
        kept = await readKeptValues(context, plan, inspection, sync);
      }

      // Then write, batch by batch.
      progress("write");
      const readCells = [...kept.inputs.values(), ...[...kept.rates.values()].flatMap((cells) => cells.map((c) => c.read)), ...[...kept.drivers.values()].flatMap((d) => DRIVER_PARTS.map((part) => d[part]))];
      undo = { createdSheets: [], renamed: [], namesAdded: [], namesRepointed: [], readCells, protectedSheets: kept.protectedSheets };
      const changedDrivers = new Set(options.userChangedDrivers ?? []);
      const { batches, report: result } = queueWrite(context, planInDateSystem(plan, dateSystem()), inspection, kept, { inputs: changed, drivers: changedDrivers }, undo, options.activateSheet);
      for (const queueBatch of batches) {
        queueBatch();
        await sync();
      }
      progress("done");
      return result;
    });
    return { ...report, syncs };
  } catch (e) {
    const original = e instanceof WorkbookWriteError ? e : new WorkbookWriteError("writeFailed", `Generating the budget workbook failed: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
    if (undo) {
      progress("rollback");
      try {
        syncs += await rollbackWrite(undo);
      } catch (cleanupError) {
        original.message += ` (Cleaning up also failed: ${cleanupError instanceof Error ? cleanupError.message : String(cleanupError)}. Check for half-written IMCOST sheets.)`;
      }
    }
    throw original;
  }
}

/**
 * Reads the Input_* cells back (for the pane's "Load from workbook"): { key: value } for every input whose
 * name exists in the workbook; blank cells come back as "" (the engine reads blank as "use the default"), and a
 * month as "YYYY-MM" whatever the workbook's date system.
 * Two syncs: the names, then their cells.
 */
export async function readInputs(plan: WorkbookPlan): Promise<Record<string, unknown>> {
  checkHost();
  return Excel.run(async (context) => {
    const names = context.workbook.names;
    names.load("items/name");
    const dateSystem = probeDateSystem(context.workbook);
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
    for (const [key, range] of ranges) out[key] = monthInputFromCell(key, range.values[0][0], dateSystem());
    return out;
  });
}
