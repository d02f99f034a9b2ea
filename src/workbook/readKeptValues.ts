/**
 * Sync 2 of the Office writer (regeneration only): reads the cells whose values are kept — every Input_*
 * cell, every editable cell of each rate's row (list, discount, VAT, source, date, status: found through the
 * Rate_<key> name, so they follow a moved row)
 * and the Risk sheet's driver cells (found by the driver's id) — plus protection and charts of the generated
 * sheets. All of it in one bounding range per sheet and one sync.
 */
import type { WorkbookPlan } from "../engine";
import { parseRectOrThrow, parseSheetReference } from "./address";
import { DRIVER_PARTS, lower, type DriverPart, type Inspection, type KeptState, type ReadCell } from "./officeWriteTypes";
import type { KeptCell } from "./planCells";

/** A driver's row is looked for by its id from the Risk sheet's top to this many rows below the plan's row. */
const DRIVER_SEARCH_ROWS = 20;

interface At {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
}

interface DriverPlace {
  readonly sheet: string;
  readonly idRow: number;
  readonly idColumn: number;
  readonly parts: Record<DriverPart, { row: number; column: number }>;
}

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Reads a cell back as kept content: the user's formula when it has one, else its constant; null when blank. */
export function keptFromCell(value: unknown, formula: unknown): KeptCell | null {
  if (typeof formula === "string" && formula.startsWith("=") && !(typeof value === "string" && value === formula)) return { kind: "formula", formula };
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return { kind: "value", value };
  return null;
}

/** Where an existing name points, if it is a cell on a generated sheet. */
function locator(inspection: Inspection): (name: string) => At | null {
  const recognisedNames = new Set([...inspection.recognised.values()].map(lower));
  return (name) => {
    const existing = inspection.names.get(lower(name));
    const ref = existing ? parseSheetReference(existing.formula) : null;
    if (!ref || !recognisedNames.has(lower(ref.sheet))) return null;
    const r = parseRectOrThrow(ref.address);
    const sheet = [...inspection.recognised.values()].find((s) => lower(s) === lower(ref.sheet))!;
    return { sheet, row: r.top, column: r.left };
  };
}

function locateInputs(plan: WorkbookPlan, locate: (name: string) => At | null): Map<string, At> {
  const out = new Map<string, At>();
  for (const key of Object.keys(plan.inputCells)) {
    const at = locate(`Input_${key}`);
    if (at) out.set(key, at);
  }
  return out;
}

/** The plan's columns to keep in a rate's row: list, discount and every other editable ("input") cell. */
function rateColumns(plan: WorkbookPlan, sheetKey: string, row: number, always: readonly number[]): number[] {
  const columns = new Set(always);
  for (const block of plan.sheets.find((s) => s.key === sheetKey)?.blocks ?? []) {
    const cells = block.cells[row - block.row];
    cells?.forEach((cell, c) => {
      if (cell.style === "input") columns.add(block.column + c);
    });
  }
  return [...columns].sort((a, b) => a - b);
}

/** Each rate's editable cells, at the plan's offset from wherever its Rate_<key> name now points. */
function locateRates(plan: WorkbookPlan, locate: (name: string) => At | null): Map<string, { row: number; column: number; at: At }[]> {
  const out = new Map<string, { row: number; column: number; at: At }[]>();
  for (const [key, cells] of Object.entries(plan.rateCells)) {
    const named = plan.names.find((n) => n.name === `Rate_${key}`);
    const at = locate(`Rate_${key}`);
    if (!named || !at) continue;
    const anchor = parseRectOrThrow(named.address);
    const list = parseRectOrThrow(cells.list);
    const discount = parseRectOrThrow(cells.discount);
    const columns = rateColumns(plan, cells.sheet, list.top, discount.top === list.top ? [list.left, discount.left] : [list.left]);
    const planCells = [...columns.map((column) => ({ row: list.top, column })), ...(discount.top === list.top ? [] : [{ row: discount.top, column: discount.left }])];
    out.set(
      key,
      planCells.map((p) => ({ ...p, at: { sheet: at.sheet, row: at.row + p.row - anchor.top, column: at.column + p.column - anchor.left } })),
    );
  }
  return out;
}

/** The plan's driver rows, and the cells down to where a moved row is looked for by its id. */
function locateDrivers(plan: WorkbookPlan, inspection: Inspection): { places: Map<string, DriverPlace>; area: At[] } {
  const places = new Map<string, DriverPlace>();
  const area: At[] = [];
  const cell = (address: string): { row: number; column: number } => {
    const r = parseRectOrThrow(address);
    return { row: r.top, column: r.left };
  };
  for (const [id, cells] of Object.entries(plan.driverCells ?? {})) {
    const sheet = inspection.recognised.get(cells.sheet);
    if (!sheet) continue;
    const idAt = cell(cells.id);
    const parts = Object.fromEntries(DRIVER_PARTS.map((part) => [part, cell(cells[part])])) as Record<DriverPart, { row: number; column: number }>;
    places.set(id, { sheet, idRow: idAt.row, idColumn: idAt.column, parts });
    for (const at of [idAt, ...Object.values(parts)]) area.push({ sheet, row: 0, column: at.column }, { sheet, row: at.row + DRIVER_SEARCH_ROWS, column: at.column });
  }
  return { places, area };
}

function boundingBoxes(cells: readonly At[]): Map<string, Box> {
  const boxes = new Map<string, Box>();
  for (const at of cells) {
    if (at.row < 0 || at.column < 0) continue;
    const b = boxes.get(at.sheet);
    if (!b) boxes.set(at.sheet, { top: at.row, left: at.column, bottom: at.row, right: at.column });
    else Object.assign(b, { top: Math.min(b.top, at.row), left: Math.min(b.left, at.column), bottom: Math.max(b.bottom, at.row), right: Math.max(b.right, at.column) });
  }
  return boxes;
}

/** The row that holds the driver's id: the plan's row, else the one row in the box holding it; null if none or several. */
function driverRow(place: DriverPlace, id: string, b: Box, values: readonly (readonly unknown[])[]): number | null {
  const holdsId = (row: number): boolean => row >= b.top && row <= b.bottom && values[row - b.top][place.idColumn - b.left] === id;
  if (holdsId(place.idRow)) return place.idRow;
  const found: number[] = [];
  for (let r = b.top; r <= b.bottom; r++) if (holdsId(r)) found.push(r);
  return found.length === 1 ? found[0] : null;
}

export async function readKeptValues(context: Excel.RequestContext, plan: WorkbookPlan, inspection: Inspection, sync: () => Promise<void>): Promise<KeptState> {
  const locate = locator(inspection);
  const inputAt = locateInputs(plan, locate);
  const rateAt = locateRates(plan, locate);
  const driverAt = locateDrivers(plan, inspection);
  const boxes = boundingBoxes([...inputAt.values(), ...[...rateAt.values()].flatMap((cells) => cells.map((c) => c.at)), ...driverAt.area]);
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

  const read = (at: At): ReadCell => {
    const b = boxes.get(at.sheet);
    const range = ranges.get(at.sheet);
    if (!b || !range || at.row < 0 || at.column < 0) return { ...at, content: null, numberFormat: "General" };
    const r = at.row - b.top;
    const c = at.column - b.left;
    return { ...at, content: keptFromCell(range.values[r][c], range.formulas[r][c]), numberFormat: String(range.numberFormat[r][c]) };
  };
  const inputs = new Map([...inputAt].map(([key, at]) => [key, read(at)]));
  const rates = new Map([...rateAt].map(([key, cells]) => [key, cells.map((c) => ({ row: c.row, column: c.column, read: read(c.at) }))]));
  const drivers = new Map<string, Record<DriverPart, ReadCell>>();
  for (const [id, place] of driverAt.places) {
    const row = driverRow(place, id, boxes.get(place.sheet)!, ranges.get(place.sheet)!.values);
    if (row === null) continue; // not found (or not uniquely): the plan's values stand
    const shift = row - place.idRow;
    drivers.set(id, Object.fromEntries(DRIVER_PARTS.map((part) => [part, read({ sheet: place.sheet, row: place.parts[part].row + shift, column: place.parts[part].column })])) as Record<DriverPart, ReadCell>);
  }
  const protectedSheets = new Set([...sheetProxies].filter(([, ws]) => ws.protection.protected).map(([name]) => name));
  const charts = new Map([...sheetProxies].map(([name, ws]) => [name, ws.charts.items.map((c) => c.name)]));
  return { inputs, rates, drivers, protectedSheets, charts };
}
