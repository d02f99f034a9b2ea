/**
 * A strict, recording fake of the part of the Excel JavaScript API that the IMCOST writers use.
 *
 * Commands are queued on proxies and run in order at `context.sync()`, like Office.js; a failing command
 * rejects the sync and drops the rest of the batch (commands before it stay applied, as in Excel). It throws
 * where Excel would (or where Excel would silently do something worse):
 *   - a 2-D array whose shape differs from the range;
 *   - a formula (cell, name, conditional format) naming a sheet or a defined name that does not exist when
 *     the command runs;
 *   - a name added twice; a sheet added or renamed onto an existing name;
 *   - a write to a protected sheet: values/formulas into a locked cell, any formatting, clearing, validation,
 *     conditional formats, charts;
 *   - a property read before it was loaded and synced;
 *   - a getRanges address list longer than MAX_AREAS_ADDRESS characters.
 * Like Excel, strings written to `values` are read as typed: "=…", "+…", "-…", "@…" become formulas (or
 * numbers), "12", "5%", "TRUE", "2025-06-30" become numbers/booleans/dates — unless the cell's number format
 * is "@" (text) or the string starts with an apostrophe (which is dropped and marks the cell quote-prefixed).
 *
 * It records cells (value, formula, numberFormat, locked, format), names, validations, conditional formats,
 * charts, freeze panes, page layout, protection, and per sync: the number of commands, their kinds, and the
 * request payload (JSON length of values/formulas/numberFormat arrays). `failAt` injects a failure into a
 * chosen sync after a chosen number of commands.
 *
 * Typed against @types/office-js: the proxies are cast to Excel.* types at the Excel.run boundary.
 */
import { columnName } from "../../src/engine/workbook/excelAddress";

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;
export const MAX_AREAS_ADDRESS = 2000;

export class FakeExcelError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
  }
}

export interface FakeCell {
  value: string | number | boolean;
  formula: string | null;
  numberFormat: string;
  locked: boolean;
  quotePrefix: boolean;
  /** True when a string written to `values` was turned into this formula. */
  fromText: boolean;
  format: Record<string, unknown>;
}

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface FakeValidation {
  rect: Rect;
  rule?: unknown;
  errorAlert?: unknown;
}

export interface FakeConditionalFormat {
  rect: Rect;
  type: string;
  formula?: string;
  fill?: string;
  fontColor?: string;
}

export interface FakeChart {
  name: string;
  type: string;
  source: string;
  seriesBy: string;
  title?: string;
  legendPosition?: string;
  position?: { start: string; end?: string };
}

export interface FakeSheet {
  id: string;
  name: string;
  cells: Map<string, FakeCell>;
  protected: boolean;
  protectionOptions?: unknown;
  frozen: { rows: number; columns: number } | null;
  tabColor: string;
  columnWidths: Map<number, number>;
  validations: FakeValidation[];
  conditionalFormats: FakeConditionalFormat[];
  charts: FakeChart[];
  pageLayout: FakePageSetup;
}

/** What a sheet's pageLayout recorded (ExcelApi 1.9): orientation, paper, zoom, margins, print titles, footers. */
export interface FakePageSetup {
  orientation?: string;
  paperSize?: string;
  zoom?: unknown;
  margins?: Partial<Record<"left" | "right" | "top" | "bottom" | "header" | "footer", number>>;
  printTitleRows?: string;
  printTitleColumns?: string;
  footer?: Partial<Record<"leftFooter" | "centerFooter" | "rightFooter", string>>;
}

export interface FakeName {
  name: string;
  formula: string;
  visible: boolean;
  comment: string;
}

export interface BatchStats {
  sync: number;
  commands: number;
  /** JSON length of the values / formulas / numberFormat arrays written in this batch. */
  payloadChars: number;
  kinds: Record<string, number>;
  suspendedCalculation: boolean;
  suspendedScreenUpdating: boolean;
}

// ---------------------------------------------------------------------------------------------------------
// Addresses and formulas

const colIndex = (letters: string): number => {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
};
const colLetters = columnName;
export const a1 = (row: number, column: number): string => `${colLetters(column)}${row + 1}`;
const rectText = (r: Rect): string => {
  if (r.top === 0 && r.bottom === MAX_ROWS - 1 && r.left === 0 && r.right === MAX_COLUMNS - 1) return "1:1048576";
  if (r.top === 0 && r.bottom === MAX_ROWS - 1) return `${colLetters(r.left)}:${colLetters(r.right)}`;
  return r.top === r.bottom && r.left === r.right ? a1(r.top, r.left) : `${a1(r.top, r.left)}:${a1(r.bottom, r.right)}`;
};

export function parseAddress(address: string): Rect {
  const text = address.trim().replace(/\$/g, "");
  let m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/i.exec(text);
  if (m) {
    const r1 = Number(m[2]) - 1;
    const c1 = colIndex(m[1]);
    const r2 = m[3] ? Number(m[4]) - 1 : r1;
    const c2 = m[3] ? colIndex(m[3]) : c1;
    const rect = { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
    if (rect.top < 0 || rect.bottom >= MAX_ROWS || rect.right >= MAX_COLUMNS) throw new FakeExcelError("InvalidArgument", `Bad address "${address}"`);
    return rect;
  }
  m = /^([A-Z]{1,3}):([A-Z]{1,3})$/i.exec(text);
  if (m) return { top: 0, bottom: MAX_ROWS - 1, left: Math.min(colIndex(m[1]), colIndex(m[2])), right: Math.max(colIndex(m[1]), colIndex(m[2])) };
  m = /^(\d+):(\d+)$/.exec(text);
  if (m) return { top: Number(m[1]) - 1, bottom: Number(m[2]) - 1, left: 0, right: MAX_COLUMNS - 1 };
  throw new FakeExcelError("InvalidArgument", `The argument is invalid or missing or has an incorrect format: address "${address}"`);
}

const overlaps = (a: Rect, b: Rect): boolean => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
const sameRect = (a: Rect, b: Rect): boolean => a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
const cellCount = (r: Rect): number => (r.bottom - r.top + 1) * (r.right - r.left + 1);

/** The sheets and defined names a formula refers to (string literals, functions and cell refs skipped). */
export function formulaReferences(formula: string): { sheets: string[]; names: string[] } {
  const sheets: string[] = [];
  const names: string[] = [];
  const s = formula.startsWith("=") ? formula.slice(1) : formula;
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    if (ch === '"') {
      i++;
      while (i < s.length) {
        if (s[i] === '"' && s[i + 1] === '"') i += 2;
        else if (s[i] === '"') break;
        else i++;
      }
      i++;
      continue;
    }
    if (ch === "'") {
      let name = "";
      i++;
      while (i < s.length) {
        if (s[i] === "'" && s[i + 1] === "'") {
          name += "'";
          i += 2;
        } else if (s[i] === "'") break;
        else name += s[i++];
      }
      i++;
      if (s[i] === "!") {
        sheets.push(name);
        i++;
      }
      continue;
    }
    if (ch === "#") {
      const m = /^#(REF!|N\/A|NAME\?|VALUE!|DIV\/0!|NUM!|NULL!)/.exec(s.slice(i));
      i += m ? m[0].length : 1;
      continue;
    }
    const num = /^\d+(\.\d*)?([eE][-+]?\d+)?/.exec(s.slice(i));
    if (num) {
      i += num[0].length;
      continue;
    }
    const tok = /^[$\p{L}_\\][$\p{L}\p{N}_.\\]*/u.exec(s.slice(i));
    if (tok) {
      const word = tok[0];
      const after = s[i + word.length];
      const before = s[i - 1];
      i += word.length;
      if (after === "!") {
        sheets.push(word);
        i++;
        continue;
      }
      if (after === "(") continue; // a function
      const bare = word.replace(/\$/g, "");
      if (/^[A-Z]{1,3}\d+$/i.test(bare) && colIndex(bare.replace(/\d+$/, "")) < MAX_COLUMNS) continue; // a cell
      if (/^[A-Z]{1,3}$/i.test(bare) && (after === ":" || before === ":")) continue; // a column range
      if (/^(TRUE|FALSE)$/i.test(bare)) continue;
      names.push(bare);
      continue;
    }
    i++;
  }
  return { sheets, names };
}

function needsQuote(name: string): boolean {
  return !/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) || /^[A-Z]{1,3}\d+$/i.test(name);
}
const refName = (name: string): string => (needsQuote(name) ? `'${name.replace(/'/g, "''")}'` : name);

/** Replaces references to sheet `from` (quoted or not) in a formula. */
function replaceSheetRefs(formula: string, from: string, to: string | null): string {
  const esc = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const quoted = new RegExp(`'${esc(from.replace(/'/g, "''"))}'!`, "gi");
  const bare = new RegExp(`(^|[^\\p{L}\\p{N}_.'])${esc(from)}!`, "giu");
  const repl = to === null ? "#REF!" : `${refName(to)}!`;
  return formula.replace(quoted, repl).replace(bare, (_m, p: string) => p + repl);
}

// ---------------------------------------------------------------------------------------------------------
// Value coercion, as Excel does for typed text

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
function dateSerial(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
}

/** What a cell holds after writing `input` through `values` (or a non-formula through `formulas`). */
function coerceTyped(input: string | number | boolean, numberFormat: string): Pick<FakeCell, "value" | "formula" | "quotePrefix" | "fromText"> {
  if (typeof input !== "string") return { value: input, formula: null, quotePrefix: false, fromText: false };
  if (numberFormat === "@") return { value: input, formula: null, quotePrefix: false, fromText: false };
  if (input.startsWith("'")) return { value: input.slice(1), formula: null, quotePrefix: true, fromText: false };
  if (input === "") return { value: "", formula: null, quotePrefix: false, fromText: false };
  const trimmed = input.trim();
  const number = /^[-+]?(\d[\d,]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(trimmed) ? Number(trimmed.replace(/,/g, "")) : NaN;
  if (!Number.isNaN(number)) return { value: number, formula: null, quotePrefix: false, fromText: false };
  const pct = /^([-+]?\d+(\.\d*)?)\s*%$/.exec(trimmed);
  if (pct) return { value: Number(pct[1]) / 100, formula: null, quotePrefix: false, fromText: false };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toUpperCase() === "TRUE", formula: null, quotePrefix: false, fromText: false };
  const iso = ISO_DATE.exec(trimmed);
  if (iso) return { value: dateSerial(Number(iso[1]), Number(iso[2]), Number(iso[3])), formula: null, quotePrefix: false, fromText: false };
  if (input.startsWith("=")) return { value: 0, formula: input, quotePrefix: false, fromText: true };
  if (input.startsWith("+") || input.startsWith("-") || input.startsWith("@")) return { value: 0, formula: `=${input}`, quotePrefix: false, fromText: true };
  return { value: input, formula: null, quotePrefix: false, fromText: false };
}

// ---------------------------------------------------------------------------------------------------------
// The workbook state

let sheetIds = 0;

export class FakeWorkbookState {
  readonly sheets: FakeSheet[] = [];
  readonly names = new Map<string, FakeName>();
  workbookProtected = false;
  /** The workbook's date system (File › Options › Advanced › "Use 1904 date system"). */
  dateSystem: "1900" | "1904" = "1900";
  activeSheet: string | null = null;
  syncs = 0;
  runs = 0;
  readonly batches: BatchStats[] = [];
  /** Makes sync number `sync` (1-based, counted over the state's life) fail after `afterCommands` commands. */
  failAt: { sync: number; afterCommands?: number; message?: string } | null = null;

  // --- seeding helpers for tests (immediate, not queued) ---
  addSheet(name: string): FakeSheet {
    if (this.findSheet(name)) throw new Error(`fake: sheet ${name} exists`);
    const sheet: FakeSheet = { id: `{sheet-${++sheetIds}}`, name, cells: new Map(), protected: false, frozen: null, tabColor: "", columnWidths: new Map(), validations: [], conditionalFormats: [], charts: [], pageLayout: {} };
    this.sheets.push(sheet);
    return sheet;
  }
  setCell(sheetName: string, address: string, content: { value?: string | number | boolean; formula?: string; numberFormat?: string; quotePrefix?: boolean }): void {
    const sheet = this.sheetOrThrow(sheetName);
    const r = parseAddress(address);
    const cell = this.cellAt(sheet, r.top, r.left, true)!;
    if (content.numberFormat !== undefined) cell.numberFormat = content.numberFormat;
    if (content.formula !== undefined) {
      cell.formula = content.formula;
      cell.value = content.value ?? 0;
    } else if (content.value !== undefined) {
      cell.formula = null;
      cell.value = content.value;
      cell.quotePrefix = content.quotePrefix ?? false;
    }
  }
  addName(name: string, formula: string): void {
    this.names.set(name.toLowerCase(), { name, formula, visible: true, comment: "" });
  }

  // --- inspection helpers for tests ---
  findSheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }
  sheetOrThrow(name: string): FakeSheet {
    const s = this.findSheet(name);
    if (!s) throw new FakeExcelError("ItemNotFound", `The requested resource doesn't exist: worksheet "${name}"`);
    return s;
  }
  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }
  name(name: string): FakeName | undefined {
    return this.names.get(name.toLowerCase());
  }
  /** The cell at an address ("B2") of a sheet; an empty default cell when never written. */
  cell(sheetName: string, address: string): FakeCell {
    const sheet = this.sheetOrThrow(sheetName);
    const r = parseAddress(address);
    return this.cellAt(sheet, r.top, r.left, false) ?? emptyCell();
  }
  /** The cell a defined name points at. */
  namedCell(name: string): { sheet: string; address: string; cell: FakeCell } {
    const n = this.name(name);
    if (!n) throw new Error(`fake: no name ${name}`);
    const ref = this.resolveReference(n.formula);
    return { sheet: ref.sheet.name, address: a1(ref.rect.top, ref.rect.left), cell: this.cellAt(ref.sheet, ref.rect.top, ref.rect.left, false) ?? emptyCell() };
  }
  /** Every formula cell on every sheet, for checks such as "no formula came from text". */
  *formulaCells(): Generator<{ sheet: string; address: string; cell: FakeCell }> {
    for (const s of this.sheets)
      for (const [k, c] of s.cells)
        if (c.formula) {
          const [r, col] = k.split(",").map(Number);
          yield { sheet: s.name, address: a1(r, col), cell: c };
        }
  }
  /** Formulas (cells and names) that refer to a missing sheet or name, or hold #REF!. */
  brokenReferences(): string[] {
    const out: string[] = [];
    const check = (where: string, formula: string) => {
      if (formula.includes("#REF!")) out.push(`${where}: ${formula}`);
      const refs = formulaReferences(formula);
      for (const s of refs.sheets) if (!this.findSheet(s)) out.push(`${where}: sheet ${s} missing in ${formula}`);
      for (const n of refs.names) if (!this.name(n)) out.push(`${where}: name ${n} missing in ${formula}`);
    };
    for (const c of this.formulaCells()) check(`${c.sheet}!${c.address}`, c.cell.formula!);
    for (const n of this.names.values()) check(`name ${n.name}`, n.formula);
    return out;
  }

  // --- internals used by the proxies ---
  cellAt(sheet: FakeSheet, row: number, column: number, create: boolean): FakeCell | undefined {
    const k = `${row},${column}`;
    let c = sheet.cells.get(k);
    if (!c && create) {
      c = emptyCell();
      sheet.cells.set(k, c);
    }
    return c;
  }
  checkFormula(formula: string, where: string): void {
    const refs = formulaReferences(formula);
    for (const s of refs.sheets) if (!this.findSheet(s)) throw new FakeExcelError("InvalidArgument", `${where}: the formula ${formula} refers to sheet "${s}", which does not exist (Excel would prompt for a file)`);
    for (const n of refs.names) if (!this.name(n)) throw new FakeExcelError("InvalidArgument", `${where}: the formula ${formula} refers to the name "${n}", which does not exist yet`);
  }
  resolveReference(formula: string): { sheet: FakeSheet; rect: Rect } {
    const m = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(formula.trim());
    if (!m) throw new FakeExcelError("InvalidReference", `Not a range reference: ${formula}`);
    const sheetName = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
    const sheet = this.findSheet(sheetName);
    if (!sheet) throw new FakeExcelError("InvalidReference", `Reference to a missing sheet: ${formula}`);
    return { sheet, rect: parseAddress(m[3]) };
  }
  renameSheet(sheet: FakeSheet, to: string): void {
    if (this.workbookProtected) throw new FakeExcelError("AccessDenied", "The workbook structure is protected");
    if (!to || to.length > 31 || /[[\]:*?/\\]/.test(to)) throw new FakeExcelError("InvalidArgument", `Bad sheet name "${to}"`);
    const other = this.findSheet(to);
    if (other && other !== sheet) throw new FakeExcelError("ItemAlreadyExists", `A sheet named "${to}" already exists`);
    const from = sheet.name;
    sheet.name = to;
    if (from === to) return;
    for (const n of this.names.values()) n.formula = replaceSheetRefs(n.formula, from, to);
    for (const s of this.sheets) for (const c of s.cells.values()) if (c.formula) c.formula = replaceSheetRefs(c.formula, from, to);
  }
  deleteSheet(sheet: FakeSheet): void {
    if (this.workbookProtected) throw new FakeExcelError("AccessDenied", "The workbook structure is protected");
    if (this.sheets.length === 1) throw new FakeExcelError("InvalidOperation", "A workbook must contain at least one visible worksheet");
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (const n of this.names.values()) n.formula = replaceSheetRefs(n.formula, sheet.name, null);
    for (const s of this.sheets) for (const c of s.cells.values()) if (c.formula) c.formula = replaceSheetRefs(c.formula, sheet.name, null);
  }
}

function emptyCell(): FakeCell {
  return { value: "", formula: null, numberFormat: "General", locked: true, quotePrefix: false, fromText: false, format: {} };
}

// ---------------------------------------------------------------------------------------------------------
// Request context and proxies

interface Command {
  kind: string;
  run: () => void;
}

class FakeContext {
  private queue: Command[] = [];
  private stats: BatchStats;
  readonly workbook: FakeWorkbook;
  constructor(readonly state: FakeWorkbookState) {
    this.stats = this.freshStats();
    this.workbook = new FakeWorkbook(this);
  }
  private freshStats(): BatchStats {
    return { sync: 0, commands: 0, payloadChars: 0, kinds: {}, suspendedCalculation: false, suspendedScreenUpdating: false };
  }
  enqueue(kind: string, run: () => void, payload = 0): void {
    this.queue.push({ kind, run });
    this.stats.commands++;
    this.stats.payloadChars += payload;
    this.stats.kinds[kind] = (this.stats.kinds[kind] ?? 0) + 1;
    if (kind === "application.suspendApiCalculationUntilNextSync") this.stats.suspendedCalculation = true;
    if (kind === "application.suspendScreenUpdatingUntilNextSync") this.stats.suspendedScreenUpdating = true;
  }
  get pending(): number {
    return this.queue.length;
  }
  async sync(): Promise<void> {
    const state = this.state;
    state.syncs++;
    const stats = { ...this.stats, sync: state.syncs };
    state.batches.push(stats);
    const commands = this.queue;
    this.queue = [];
    this.stats = this.freshStats();
    const fail = state.failAt && state.failAt.sync === state.syncs ? state.failAt : null;
    await Promise.resolve();
    commands.forEach((cmd, i) => {
      if (fail && i === (fail.afterCommands ?? Math.floor(commands.length / 2))) throw new FakeExcelError("GeneralException", fail.message ?? `Injected failure at sync ${state.syncs}, command ${i} (${cmd.kind})`);
      cmd.run();
    });
    if (fail && commands.length <= (fail.afterCommands ?? Math.floor(commands.length / 2))) throw new FakeExcelError("GeneralException", fail.message ?? `Injected failure at sync ${state.syncs}`);
  }
}

/** Loaded-property bookkeeping shared by every proxy. */
abstract class Proxy0 {
  protected readonly loaded = new Map<string, unknown>();
  constructor(protected readonly ctx: FakeContext) {}
  protected get<T>(prop: string): T {
    if (!this.loaded.has(prop)) {
      throw new FakeExcelError("PropertyNotLoaded", `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
    }
    return this.loaded.get(prop) as T;
  }
  protected abstract snapshot(prop: string): unknown;
  protected abstract readonly typeName: string;
  /** Collections: `items` can be read once some "items/…" property was loaded and synced. */
  protected requireItems(): void {
    if (![...this.loaded.keys()].some((k) => k.startsWith("items/"))) this.get("items");
  }
  load(props?: string | string[]): this {
    const list = (Array.isArray(props) ? props : (props ?? "").split(",")).map((p) => p.trim()).filter(Boolean);
    if (list.length === 0) throw new FakeExcelError("InvalidArgument", `fake: load() on ${this.typeName} needs explicit property names`);
    this.ctx.enqueue(`${this.typeName}.load`, () => {
      for (const p of list) this.loaded.set(p, this.snapshot(p));
    });
    return this;
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  readonly application: FakeApplication;
  readonly protection: FakeWorkbookProtection;
  readonly functions: FakeFunctions;
  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.names = new FakeNamedItemCollection(ctx);
    this.application = new FakeApplication(ctx);
    this.protection = new FakeWorkbookProtection(ctx);
    this.functions = new FakeFunctions(ctx);
  }
}

/** workbook.functions: only DATE, which answers in the workbook's date system as Excel does. */
class FakeFunctions {
  constructor(private readonly ctx: FakeContext) {}
  date(year: number, month: number, day: number): FakeFunctionResult {
    return new FakeFunctionResult(this.ctx, () => {
      const epoch = this.ctx.state.dateSystem === "1904" ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
      return (Date.UTC(year, month - 1, day) - epoch) / 86400000;
    });
  }
}

class FakeFunctionResult extends Proxy0 {
  protected readonly typeName = "FunctionResult";
  constructor(ctx: FakeContext, private readonly compute: () => number) {
    super(ctx);
  }
  protected snapshot(prop: string): unknown {
    if (prop === "value") return this.compute();
    throw new FakeExcelError("InvalidArgument", `fake: FunctionResult.${prop}`);
  }
  get value(): number {
    return this.get("value");
  }
}

class FakeApplication {
  constructor(private readonly ctx: FakeContext) {}
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.enqueue("application.suspendApiCalculationUntilNextSync", () => undefined);
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.ctx.enqueue("application.suspendScreenUpdatingUntilNextSync", () => undefined);
  }
}

class FakeWorkbookProtection extends Proxy0 {
  protected readonly typeName = "WorkbookProtection";
  protected snapshot(prop: string): unknown {
    if (prop === "protected") return this.ctx.state.workbookProtected;
    throw new FakeExcelError("InvalidArgument", `fake: WorkbookProtection.${prop}`);
  }
  get protected(): boolean {
    return this.get("protected");
  }
}

class FakeWorksheetCollection extends Proxy0 {
  protected readonly typeName = "WorksheetCollection";
  private itemsList: FakeWorksheet[] | null = null;
  protected snapshot(prop: string): unknown {
    const m = /^items\/(\w+)$/.exec(prop);
    if (!m) throw new FakeExcelError("InvalidArgument", `fake: WorksheetCollection.load("${prop}")`);
    if (!this.itemsList || this.itemsList.length !== this.ctx.state.sheets.length) this.itemsList = this.ctx.state.sheets.map((s) => FakeWorksheet.bound(this.ctx, s));
    this.itemsList.forEach((w) => w.loadNow(m[1]));
    return true;
  }
  get items(): FakeWorksheet[] {
    this.requireItems();
    return this.itemsList!;
  }
  override load(props?: string | string[]): this {
    this.itemsList = null;
    return super.load(props);
  }
  add(name: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.ctx);
    this.ctx.enqueue("worksheets.add", () => {
      const state = this.ctx.state;
      if (state.workbookProtected) throw new FakeExcelError("AccessDenied", "The workbook structure is protected");
      if (state.findSheet(name)) throw new FakeExcelError("ItemAlreadyExists", `A sheet named "${name}" already exists`);
      if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name)) throw new FakeExcelError("InvalidArgument", `Bad sheet name "${name}"`);
      ws.bind(state.addSheet(name));
    });
    return ws;
  }
  getItem(name: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.ctx);
    this.ctx.enqueue("worksheets.getItem", () => ws.bind(this.ctx.state.sheetOrThrow(name)));
    return ws;
  }
}

class FakeWorksheet extends Proxy0 {
  protected readonly typeName = "Worksheet";
  private target: FakeSheet | null = null;
  readonly protection: FakeWorksheetProtection;
  readonly freezePanes: FakeFreezePanes;
  readonly charts: FakeChartCollection;
  readonly pageLayout: FakePageLayout;
  constructor(ctx: FakeContext) {
    super(ctx);
    this.protection = new FakeWorksheetProtection(ctx, () => this.sheet);
    this.freezePanes = new FakeFreezePanes(ctx, () => this.sheet, this);
    this.charts = new FakeChartCollection(ctx, () => this.sheet);
    this.pageLayout = new FakePageLayout(ctx, () => this.sheet);
  }
  static bound(ctx: FakeContext, sheet: FakeSheet): FakeWorksheet {
    const ws = new FakeWorksheet(ctx);
    ws.bind(sheet);
    return ws;
  }
  bind(sheet: FakeSheet): void {
    this.target = sheet;
  }
  get sheet(): FakeSheet {
    if (!this.target) throw new FakeExcelError("InvalidObjectPath", "fake: worksheet proxy used before it was resolved");
    return this.target;
  }
  loadNow(prop: string): void {
    this.loaded.set(prop, this.snapshot(prop));
  }
  protected snapshot(prop: string): unknown {
    const s = this.sheet;
    switch (prop) {
      case "name":
        return s.name;
      case "id":
        return s.id;
      case "position":
        return this.ctx.state.sheets.indexOf(s);
      case "tabColor":
        return s.tabColor;
      default:
        throw new FakeExcelError("InvalidArgument", `fake: Worksheet.${prop}`);
    }
  }
  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    this.ctx.enqueue("worksheet.name", () => this.ctx.state.renameSheet(this.sheet, value));
  }
  get id(): string {
    return this.get("id");
  }
  set tabColor(value: string) {
    this.ctx.enqueue("worksheet.tabColor", () => {
      this.sheet.tabColor = value;
    });
  }
  activate(): void {
    this.ctx.enqueue("worksheet.activate", () => {
      this.ctx.state.activeSheet = this.sheet.name;
    });
  }
  delete(): void {
    this.ctx.enqueue("worksheet.delete", () => this.ctx.state.deleteSheet(this.sheet));
  }
  getRange(address?: string): FakeRange {
    const range = new FakeRange(this.ctx);
    this.ctx.enqueue("worksheet.getRange", () => range.bind(this.sheet, address === undefined ? { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 } : parseAddress(address)));
    return range;
  }
  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number): FakeRange {
    const range = new FakeRange(this.ctx);
    this.ctx.enqueue("worksheet.getRangeByIndexes", () => {
      if (rowCount < 1 || columnCount < 1 || row < 0 || column < 0) throw new FakeExcelError("InvalidArgument", "getRangeByIndexes: bad size");
      range.bind(this.sheet, { top: row, left: column, bottom: row + rowCount - 1, right: column + columnCount - 1 });
    });
    return range;
  }
  getRanges(address: string): FakeRangeAreas {
    const areas = new FakeRangeAreas(this.ctx);
    this.ctx.enqueue("worksheet.getRanges", () => {
      if (address.length > MAX_AREAS_ADDRESS) throw new FakeExcelError("InvalidArgument", `The argument is invalid or missing or has an incorrect format (getRanges address of ${address.length} characters)`);
      areas.bind(this.sheet, address.split(/[,;]/).map(parseAddress));
    });
    return areas;
  }
}

class FakeWorksheetProtection extends Proxy0 {
  protected readonly typeName = "WorksheetProtection";
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {
    super(ctx);
  }
  protected snapshot(prop: string): unknown {
    if (prop === "protected") return this.sheet().protected;
    throw new FakeExcelError("InvalidArgument", `fake: WorksheetProtection.${prop}`);
  }
  get protected(): boolean {
    return this.get("protected");
  }
  protect(options?: unknown, password?: string): void {
    this.ctx.enqueue("protection.protect", () => {
      const s = this.sheet();
      if (s.protected) throw new FakeExcelError("InvalidOperation", `Sheet ${s.name} is already protected`);
      if (password) throw new FakeExcelError("InvalidArgument", "fake: IMCOST protects without a password");
      s.protected = true;
      s.protectionOptions = options ?? {};
    });
  }
  unprotect(password?: string): void {
    this.ctx.enqueue("protection.unprotect", () => {
      const s = this.sheet();
      if (password) throw new FakeExcelError("InvalidArgument", "fake: no passwords");
      s.protected = false;
    });
  }
}

function assertUnprotected(sheet: FakeSheet, what: string, allow?: "allowFormatColumns"): void {
  if (!sheet.protected) return;
  const opts = (sheet.protectionOptions ?? {}) as Record<string, unknown>;
  if (allow && opts[allow]) return;
  throw new FakeExcelError("AccessDenied", `The cell or chart you're trying to change is on a protected sheet (${sheet.name}: ${what})`);
}

class FakeFreezePanes {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
    private readonly ws: FakeWorksheet,
  ) {}
  freezeAt(range: FakeRange | string): void {
    this.ctx.enqueue("freezePanes.freezeAt", () => {
      const r = typeof range === "string" ? parseAddress(range) : range.rect;
      if (r.top !== 0 || r.left !== 0) throw new FakeExcelError("InvalidArgument", "freezeAt: range must start at A1 in this fake");
      this.sheet().frozen = { rows: r.bottom + 1, columns: r.right + 1 };
    });
  }
  freezeRows(count = 1): void {
    this.ctx.enqueue("freezePanes.freezeRows", () => {
      this.sheet().frozen = { rows: count, columns: 0 };
    });
  }
  freezeColumns(count = 1): void {
    this.ctx.enqueue("freezePanes.freezeColumns", () => {
      this.sheet().frozen = { rows: 0, columns: count };
    });
  }
  unfreeze(): void {
    this.ctx.enqueue("freezePanes.unfreeze", () => {
      this.sheet().frozen = null;
    });
  }
}

class FakePageLayout {
  readonly headersFooters: { readonly defaultForAllPages: Record<"leftFooter" | "centerFooter" | "rightFooter", string> };
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {
    const footer = {} as Record<"leftFooter" | "centerFooter" | "rightFooter", string>;
    for (const key of ["leftFooter", "centerFooter", "rightFooter"] as const) {
      Object.defineProperty(footer, key, {
        set: (value: string) =>
          this.ctx.enqueue(`pageLayout.headersFooters.${key}`, () => {
            if (typeof value !== "string") throw new FakeExcelError("InvalidArgument", `${key} ${String(value)}`);
            const page = this.sheet().pageLayout;
            page.footer = { ...page.footer, [key]: value };
          }),
      });
    }
    this.headersFooters = { defaultForAllPages: footer };
  }
  set orientation(value: string) {
    this.ctx.enqueue("pageLayout.orientation", () => {
      if (value !== "Landscape" && value !== "Portrait") throw new FakeExcelError("InvalidArgument", `orientation ${value}`);
      this.sheet().pageLayout.orientation = value;
    });
  }
  set paperSize(value: string) {
    this.ctx.enqueue("pageLayout.paperSize", () => {
      this.sheet().pageLayout.paperSize = value;
    });
  }
  set zoom(value: unknown) {
    this.ctx.enqueue("pageLayout.zoom", () => {
      const z = value as { scale?: number; horizontalFitToPages?: number };
      // Excel accepts a scale of 10–400 percent.
      if (z.scale !== undefined && (z.scale < 10 || z.scale > 400)) throw new FakeExcelError("InvalidArgument", `zoom scale ${z.scale}`);
      this.sheet().pageLayout.zoom = value;
    });
  }
  private margin(which: "left" | "right" | "top" | "bottom" | "header" | "footer", value: number): void {
    this.ctx.enqueue(`pageLayout.${which}Margin`, () => {
      if (!(value >= 0)) throw new FakeExcelError("InvalidArgument", `${which}Margin ${value}`);
      const page = this.sheet().pageLayout;
      page.margins = { ...page.margins, [which]: value };
    });
  }
  set leftMargin(v: number) {
    this.margin("left", v);
  }
  set rightMargin(v: number) {
    this.margin("right", v);
  }
  set topMargin(v: number) {
    this.margin("top", v);
  }
  set bottomMargin(v: number) {
    this.margin("bottom", v);
  }
  set headerMargin(v: number) {
    this.margin("header", v);
  }
  set footerMargin(v: number) {
    this.margin("footer", v);
  }
  setPrintTitleRows(address: string): void {
    this.ctx.enqueue("pageLayout.setPrintTitleRows", () => {
      if (!/^\$\d+:\$\d+$/.test(address)) throw new FakeExcelError("InvalidArgument", `print title rows ${address}`);
      this.sheet().pageLayout.printTitleRows = address;
    });
  }
  setPrintTitleColumns(address: string): void {
    this.ctx.enqueue("pageLayout.setPrintTitleColumns", () => {
      if (!/^\$[A-Z]+:\$[A-Z]+$/.test(address)) throw new FakeExcelError("InvalidArgument", `print title columns ${address}`);
      this.sheet().pageLayout.printTitleColumns = address;
    });
  }
}

// --- ranges -------------------------------------------------------------------------------------------------

class FakeRange extends Proxy0 {
  protected readonly typeName = "Range";
  private target: { sheet: FakeSheet; rect: Rect } | null = null;
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;
  readonly conditionalFormats: FakeConditionalFormatCollection;
  constructor(ctx: FakeContext) {
    super(ctx);
    this.format = new FakeRangeFormat(ctx, () => [this.where]);
    this.dataValidation = new FakeDataValidation(ctx, () => this.where);
    this.conditionalFormats = new FakeConditionalFormatCollection(ctx, () => this.where);
  }
  bind(sheet: FakeSheet, rect: Rect): void {
    this.target = { sheet, rect };
  }
  get where(): { sheet: FakeSheet; rect: Rect } {
    if (!this.target) throw new FakeExcelError("InvalidObjectPath", "fake: range proxy used before it was resolved");
    return this.target;
  }
  get rect(): Rect {
    return this.where.rect;
  }
  protected snapshot(prop: string): unknown {
    const { sheet, rect } = this.where;
    if (prop === "address") return `${refName(sheet.name)}!${rectText(rect)}`;
    if (cellCount(rect) > 5_000_000) throw new FakeExcelError("ResponsePayloadSizeLimitExceeded", "too many cells");
    const grid = <T>(f: (c: FakeCell) => T): T[][] => {
      const out: T[][] = [];
      for (let r = rect.top; r <= rect.bottom; r++) {
        const row: T[] = [];
        for (let c = rect.left; c <= rect.right; c++) row.push(f(this.ctx.state.cellAt(sheet, r, c, false) ?? emptyCell()));
        out.push(row);
      }
      return out;
    };
    switch (prop) {
      case "values":
        return grid((c) => c.value);
      case "formulas":
        return grid((c) => c.formula ?? c.value);
      case "numberFormat":
        return grid((c) => c.numberFormat);
      case "rowCount":
        return rect.bottom - rect.top + 1;
      case "columnCount":
        return rect.right - rect.left + 1;
      default:
        throw new FakeExcelError("InvalidArgument", `fake: Range.${prop}`);
    }
  }
  get values(): unknown[][] {
    return this.get("values");
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  get numberFormat(): unknown[][] {
    return this.get("numberFormat");
  }
  get address(): string {
    return this.get("address");
  }
  private checkShape(array: unknown, what: string): unknown[][] {
    const { rect } = this.where;
    const h = rect.bottom - rect.top + 1;
    const w = rect.right - rect.left + 1;
    if (!Array.isArray(array) || array.length !== h || array.some((row) => !Array.isArray(row) || row.length !== w)) {
      const got = Array.isArray(array) ? `${array.length}×${Array.isArray(array[0]) ? array[0].length : "?"}` : typeof array;
      throw new FakeExcelError("InvalidArgument", `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}: range ${h}×${w}, array ${got})`);
    }
    return array as unknown[][];
  }
  private eachCell(array: unknown[][], f: (cell: FakeCell | undefined, v: unknown, row: number, column: number) => void): void {
    const { sheet, rect } = this.where;
    array.forEach((line, r) => line.forEach((v, c) => f(this.ctx.state.cellAt(sheet, rect.top + r, rect.left + c, false), v, rect.top + r, rect.left + c)));
  }
  private checkLockedWrite(array: unknown[][], what: string): void {
    const { sheet } = this.where;
    if (!sheet.protected) return;
    this.eachCell(array, (cell, v, r, c) => {
      if (v !== null && (cell?.locked ?? true)) throw new FakeExcelError("AccessDenied", `The cell or chart you're trying to change is on a protected sheet (${sheet.name}!${a1(r, c)}: ${what})`);
    });
  }
  set values(array: unknown[][]) {
    this.ctx.enqueue(
      "range.values",
      () => {
        const a = this.checkShape(array, "values");
        this.checkLockedWrite(a, "values");
        const { sheet } = this.where;
        this.eachCell(a, (_cell, v, r, c) => {
          if (v === null || v === undefined) return;
          if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean") throw new FakeExcelError("InvalidArgument", `values: unsupported ${typeof v}`);
          if (typeof v === "number" && !Number.isFinite(v)) throw new FakeExcelError("InvalidArgument", `values: ${v} is not a finite number`);
          const cell = this.ctx.state.cellAt(sheet, r, c, true)!;
          Object.assign(cell, coerceTyped(v, cell.numberFormat));
        });
      },
      JSON.stringify(array).length,
    );
  }
  set formulas(array: unknown[][]) {
    this.ctx.enqueue(
      "range.formulas",
      () => {
        const a = this.checkShape(array, "formulas");
        this.checkLockedWrite(a, "formulas");
        const { sheet } = this.where;
        this.eachCell(a, (_cell, v, r, c) => {
          if (v === null || v === undefined) return;
          const cell = this.ctx.state.cellAt(sheet, r, c, true)!;
          if (typeof v === "string" && v.startsWith("=")) {
            this.ctx.state.checkFormula(v, `${sheet.name}!${a1(r, c)}`);
            Object.assign(cell, { formula: v, value: 0, quotePrefix: false, fromText: false });
          } else Object.assign(cell, coerceTyped(v as string | number | boolean, cell.numberFormat));
        });
      },
      JSON.stringify(array).length,
    );
  }
  set numberFormat(array: unknown[][]) {
    this.ctx.enqueue(
      "range.numberFormat",
      () => {
        const a = this.checkShape(array, "numberFormat");
        assertUnprotected(this.where.sheet, "numberFormat");
        const { sheet } = this.where;
        this.eachCell(a, (_cell, v, r, c) => {
          if (v === null || v === undefined) return;
          this.ctx.state.cellAt(sheet, r, c, true)!.numberFormat = v === "" ? "General" : String(v);
        });
      },
      JSON.stringify(array).length,
    );
  }
  clear(applyTo: string = "All"): void {
    this.ctx.enqueue("range.clear", () => {
      const { sheet, rect } = this.where;
      assertUnprotected(sheet, "clear");
      for (const [k, cell] of [...sheet.cells]) {
        const [r, c] = k.split(",").map(Number);
        if (r < rect.top || r > rect.bottom || c < rect.left || c > rect.right) continue;
        if (applyTo === "All") sheet.cells.delete(k);
        else if (applyTo === "Contents") Object.assign(cell, { value: "", formula: null, quotePrefix: false, fromText: false });
        else if (applyTo === "Formats") Object.assign(cell, { numberFormat: "General", locked: true, format: {} });
        else throw new FakeExcelError("InvalidArgument", `fake: clear(${applyTo})`);
      }
      if (applyTo === "All" || applyTo === "Formats") sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !overlaps(cf.rect, rect));
    });
  }
}

class FakeRangeAreas {
  private target: { sheet: FakeSheet; rects: Rect[] } | null = null;
  readonly format: FakeRangeFormat;
  constructor(ctx: FakeContext) {
    this.format = new FakeRangeFormat(ctx, () => {
      if (!this.target) throw new FakeExcelError("InvalidObjectPath", "fake: areas proxy used before it was resolved");
      return this.target.rects.map((rect) => ({ sheet: this.target!.sheet, rect }));
    });
  }
  bind(sheet: FakeSheet, rects: Rect[]): void {
    this.target = { sheet, rects };
  }
}

type Where = { sheet: FakeSheet; rect: Rect };

class FakeRangeFormat {
  readonly font: FakeFormatPart;
  readonly fill: FakeFormatPart;
  readonly protection: FakeFormatPart;
  readonly borders: { getItem: (edge: string) => FakeFormatPart };
  constructor(
    private readonly ctx: FakeContext,
    private readonly where: () => Where[],
  ) {
    this.font = new FakeFormatPart(ctx, where, "font", ["bold", "italic", "underline", "size", "color", "name"]);
    this.fill = new FakeFormatPart(ctx, where, "fill", ["color"]);
    this.protection = new FakeFormatPart(ctx, where, "protection", ["locked"]);
    this.borders = { getItem: (edge: string) => new FakeFormatPart(ctx, where, `border.${edge}`, ["style", "color", "weight"]) };
  }
  set columnWidth(points: number) {
    this.ctx.enqueue("format.columnWidth", () => {
      for (const { sheet, rect } of this.where()) {
        assertUnprotected(sheet, "columnWidth", "allowFormatColumns");
        if (rect.top !== 0 || rect.bottom !== MAX_ROWS - 1) throw new FakeExcelError("InvalidArgument", "fake: set column widths on whole columns");
        for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.set(c, points);
      }
    });
  }
  set wrapText(value: boolean) {
    new FakeFormatPart(this.ctx, this.where, "", ["wrapText"]).set("wrapText", value);
  }
  set horizontalAlignment(value: string) {
    new FakeFormatPart(this.ctx, this.where, "", ["horizontalAlignment"]).set("horizontalAlignment", value);
  }
}

/** A settable part of a range format (font, fill, a border, protection): sets apply to every cell. */
class FakeFormatPart {
  constructor(
    private readonly ctx: FakeContext,
    private readonly where: () => Where[],
    private readonly part: string,
    props: string[],
  ) {
    for (const p of props) {
      Object.defineProperty(this, p, {
        set: (v: unknown) => this.set(p, v),
        get: () => {
          throw new FakeExcelError("PropertyNotLoaded", `fake: reading format ${part}.${p} is not supported`);
        },
        enumerable: true,
      });
    }
  }
  set(prop: string, value: unknown): void {
    const key = this.part ? `${this.part}.${prop}` : prop;
    this.ctx.enqueue(`format.${key}`, () => {
      for (const { sheet, rect } of this.where()) {
        assertUnprotected(sheet, `format ${key}`);
        if (cellCount(rect) > 100_000) throw new FakeExcelError("InvalidArgument", "fake: formatting huge ranges is not modelled");
        for (let r = rect.top; r <= rect.bottom; r++)
          for (let c = rect.left; c <= rect.right; c++) {
            const cell = this.ctx.state.cellAt(sheet, r, c, true)!;
            if (key === "protection.locked") cell.locked = Boolean(value);
            else cell.format[key] = value;
          }
      }
    });
  }
}

class FakeDataValidation {
  constructor(
    private readonly ctx: FakeContext,
    private readonly where: () => Where,
  ) {}
  private find(create: boolean): FakeValidation | undefined {
    const { sheet, rect } = this.where();
    const same = sheet.validations.find((v) => sameRect(v.rect, rect));
    if (same) return same;
    if (sheet.validations.some((v) => overlaps(v.rect, rect))) throw new FakeExcelError("InvalidOperation", `fake: ${sheet.name}!${rectText(rect)} overlaps another validation; clear it first`);
    if (!create) return undefined;
    const v: FakeValidation = { rect };
    sheet.validations.push(v);
    return v;
  }
  set rule(rule: unknown) {
    this.ctx.enqueue("dataValidation.rule", () => {
      assertUnprotected(this.where().sheet, "dataValidation");
      const r = rule as Record<string, { source?: string; formula1?: unknown; formula2?: unknown }>;
      const kinds = Object.keys(r);
      if (kinds.length !== 1) throw new FakeExcelError("InvalidArgument", "dataValidation.rule needs exactly one rule type");
      const body = r[kinds[0]];
      if (kinds[0] === "list" && (typeof body.source !== "string" || body.source.length > 255)) throw new FakeExcelError("InvalidArgument", "list source must be a string of at most 255 characters");
      this.find(true)!.rule = rule;
    });
  }
  set errorAlert(alert: unknown) {
    this.ctx.enqueue("dataValidation.errorAlert", () => {
      assertUnprotected(this.where().sheet, "dataValidation");
      const a = alert as { message?: string; title?: string };
      if ((a.message?.length ?? 0) > 255 || (a.title?.length ?? 0) > 32) throw new FakeExcelError("InvalidArgument", "errorAlert message ≤ 255 and title ≤ 32 characters");
      this.find(true)!.errorAlert = alert;
    });
  }
  clear(): void {
    this.ctx.enqueue("dataValidation.clear", () => {
      const { sheet, rect } = this.where();
      assertUnprotected(sheet, "dataValidation.clear");
      sheet.validations = sheet.validations.filter((v) => !overlaps(v.rect, rect));
    });
  }
}

class FakeConditionalFormatCollection {
  constructor(
    private readonly ctx: FakeContext,
    private readonly where: () => Where,
  ) {}
  add(type: string): { custom: { rule: { formula: string }; format: { fill: { color: string }; font: { color: string } } } } {
    let record: FakeConditionalFormat | null = null;
    this.ctx.enqueue("conditionalFormats.add", () => {
      const { sheet, rect } = this.where();
      assertUnprotected(sheet, "conditionalFormats.add");
      record = { rect, type };
      sheet.conditionalFormats.push(record);
    });
    const ctx = this.ctx;
    const setter = (kind: string, apply: (r: FakeConditionalFormat, v: string) => void) => ({
      set: (v: string) =>
        ctx.enqueue(kind, () => {
          if (!record) throw new FakeExcelError("InvalidObjectPath", "fake: conditional format used before it was added");
          apply(record, v);
        }),
    });
    const custom = {
      rule: Object.defineProperty({}, "formula", {
        ...setter("conditionalFormat.formula", (r, v) => {
          if (!v.startsWith("=")) throw new FakeExcelError("InvalidArgument", "conditional format formula must start with =");
          ctx.state.checkFormula(v, "conditional format");
          r.formula = v;
        }),
      }),
      format: {
        fill: Object.defineProperty({}, "color", { ...setter("conditionalFormat.fill", (r, v) => (r.fill = v)) }),
        font: Object.defineProperty({}, "color", { ...setter("conditionalFormat.font", (r, v) => (r.fontColor = v)) }),
      },
    };
    return { custom } as unknown as { custom: { rule: { formula: string }; format: { fill: { color: string }; font: { color: string } } } };
  }
  clearAll(): void {
    this.ctx.enqueue("conditionalFormats.clearAll", () => {
      const { sheet, rect } = this.where();
      assertUnprotected(sheet, "conditionalFormats.clearAll");
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !overlaps(cf.rect, rect));
    });
  }
}

// --- charts -------------------------------------------------------------------------------------------------

class FakeChartCollection extends Proxy0 {
  protected readonly typeName = "ChartCollection";
  private itemsList: FakeChartProxy[] = [];
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {
    super(ctx);
  }
  protected snapshot(prop: string): unknown {
    if (prop !== "items/name") throw new FakeExcelError("InvalidArgument", `fake: ChartCollection.load("${prop}")`);
    this.itemsList = this.sheet().charts.map((c) => {
      const p = new FakeChartProxy(this.ctx, this.sheet);
      p.bind(c);
      p.loadNow("name");
      return p;
    });
    return true;
  }
  get items(): FakeChartProxy[] {
    this.requireItems();
    return this.itemsList;
  }
  add(type: string, source: FakeRange, seriesBy = "Auto"): FakeChartProxy {
    const chart = new FakeChartProxy(this.ctx, this.sheet);
    this.ctx.enqueue("charts.add", () => {
      const s = this.sheet();
      assertUnprotected(s, "charts.add");
      if (source.where.sheet !== s) throw new FakeExcelError("InvalidArgument", "fake: chart source on another sheet");
      const record: FakeChart = { name: `Chart ${s.charts.length + 1}`, type, source: rectText(source.rect), seriesBy };
      s.charts.push(record);
      chart.bind(record);
    });
    return chart;
  }
  getItem(name: string): FakeChartProxy {
    const chart = new FakeChartProxy(this.ctx, this.sheet);
    this.ctx.enqueue("charts.getItem", () => {
      const c = this.sheet().charts.find((x) => x.name === name);
      if (!c) throw new FakeExcelError("ItemNotFound", `No chart ${name}`);
      chart.bind(c);
    });
    return chart;
  }
}

class FakeChartProxy extends Proxy0 {
  protected readonly typeName = "Chart";
  private target: FakeChart | null = null;
  readonly title: { text: string };
  readonly legend: { position: string };
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {
    super(ctx);
    const chart = () => {
      if (!this.target) throw new FakeExcelError("InvalidObjectPath", "fake: chart used before it was resolved");
      return this.target;
    };
    this.title = Object.defineProperty({} as { text: string }, "text", { set: (v: string) => ctx.enqueue("chart.title", () => (chart().title = v)) });
    this.legend = Object.defineProperty({} as { position: string }, "position", { set: (v: string) => ctx.enqueue("chart.legend", () => (chart().legendPosition = v)) });
  }
  bind(c: FakeChart): void {
    this.target = c;
  }
  loadNow(prop: string): void {
    this.loaded.set(prop, this.snapshot(prop));
  }
  protected snapshot(prop: string): unknown {
    if (prop === "name") return this.target!.name;
    throw new FakeExcelError("InvalidArgument", `fake: Chart.${prop}`);
  }
  get name(): string {
    return this.get("name");
  }
  set name(v: string) {
    this.ctx.enqueue("chart.name", () => {
      this.target!.name = v;
    });
  }
  setPosition(start: string, end?: string): void {
    this.ctx.enqueue("chart.setPosition", () => {
      parseAddress(start);
      if (end) parseAddress(end);
      this.target!.position = { start, end };
    });
  }
  delete(): void {
    this.ctx.enqueue("chart.delete", () => {
      const s = this.sheet();
      assertUnprotected(s, "chart.delete");
      s.charts = s.charts.filter((c) => c !== this.target);
    });
  }
}

// --- names ------------------------------------------------------------------------------------------------

class FakeNamedItemCollection extends Proxy0 {
  protected readonly typeName = "NamedItemCollection";
  private itemsList: FakeNamedItem[] = [];
  protected snapshot(prop: string): unknown {
    const m = /^items\/(\w+)$/.exec(prop);
    if (!m) throw new FakeExcelError("InvalidArgument", `fake: NamedItemCollection.load("${prop}")`);
    if (this.itemsList.length !== this.ctx.state.names.size) {
      this.itemsList = [...this.ctx.state.names.values()].map((n) => {
        const item = new FakeNamedItem(this.ctx);
        item.bind(n);
        return item;
      });
    }
    this.itemsList.forEach((i) => i.loadNow(m[1]));
    return true;
  }
  override load(props?: string | string[]): this {
    this.itemsList = [];
    return super.load(props);
  }
  get items(): FakeNamedItem[] {
    this.requireItems();
    return this.itemsList;
  }
  add(name: string, reference: string | FakeRange, comment?: string): FakeNamedItem {
    const item = new FakeNamedItem(this.ctx);
    this.ctx.enqueue("names.add", () => {
      const state = this.ctx.state;
      if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) || /^[A-Z]{1,3}\d+$/i.test(name) || /^R\d*C\d*$/i.test(name)) throw new FakeExcelError("InvalidArgument", `Bad name "${name}"`);
      if (state.name(name)) throw new FakeExcelError("ItemAlreadyExists", `The name "${name}" already exists`);
      let formula: string;
      if (typeof reference === "string") {
        formula = reference.startsWith("=") ? reference : `=${reference}`;
        state.checkFormula(formula, `name ${name}`);
      } else formula = `=${refName(reference.where.sheet.name)}!${rectText(reference.rect).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`;
      const record: FakeName = { name, formula, visible: true, comment: comment ?? "" };
      state.names.set(name.toLowerCase(), record);
      item.bind(record);
    });
    return item;
  }
  getItem(name: string): FakeNamedItem {
    const item = new FakeNamedItem(this.ctx);
    this.ctx.enqueue("names.getItem", () => {
      const n = this.ctx.state.name(name);
      if (!n) throw new FakeExcelError("ItemNotFound", `The requested resource doesn't exist: name "${name}"`);
      item.bind(n);
    });
    return item;
  }
}

class FakeNamedItem extends Proxy0 {
  protected readonly typeName = "NamedItem";
  private target: FakeName | null = null;
  bind(n: FakeName): void {
    this.target = n;
  }
  private get record(): FakeName {
    if (!this.target) throw new FakeExcelError("InvalidObjectPath", "fake: name used before it was resolved");
    return this.target;
  }
  loadNow(prop: string): void {
    this.loaded.set(prop, this.snapshot(prop));
  }
  protected snapshot(prop: string): unknown {
    const n = this.record;
    switch (prop) {
      case "name":
        return n.name;
      case "formula":
        return n.formula;
      case "visible":
        return n.visible;
      case "comment":
        return n.comment;
      case "type":
        return n.formula.includes("!") ? "Range" : "String";
      default:
        throw new FakeExcelError("InvalidArgument", `fake: NamedItem.${prop}`);
    }
  }
  get name(): string {
    return this.get("name");
  }
  get formula(): string {
    return this.get("formula");
  }
  set formula(value: string) {
    this.ctx.enqueue("namedItem.formula", () => {
      this.ctx.state.checkFormula(value, `name ${this.record.name}`);
      this.record.formula = value;
    });
  }
  get visible(): boolean {
    return this.get("visible");
  }
  set visible(value: boolean) {
    this.ctx.enqueue("namedItem.visible", () => {
      this.record.visible = value;
    });
  }
  delete(): void {
    this.ctx.enqueue("namedItem.delete", () => {
      this.ctx.state.names.delete(this.record.name.toLowerCase());
    });
  }
  getRange(): FakeRange {
    const range = new FakeRange(this.ctx);
    this.ctx.enqueue("namedItem.getRange", () => {
      const ref = this.ctx.state.resolveReference(this.record.formula);
      range.bind(ref.sheet, ref.rect);
    });
    return range;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Installing

/** Installs a global `Excel` whose `run` works on `state`; returns the state. */
export function installFakeExcel(state: FakeWorkbookState = new FakeWorkbookState()): FakeWorkbookState {
  const run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    state.runs++;
    const ctx = new FakeContext(state);
    const result = await batch(ctx as unknown as Excel.RequestContext);
    // Like Excel.run, pending commands are sent when the batch function resolves.
    if (ctx.pending > 0) await ctx.sync();
    return result;
  };
  (globalThis as unknown as { Excel: unknown }).Excel = { run };
  return state;
}

export function uninstallFakeExcel(): void {
  delete (globalThis as unknown as { Excel?: unknown }).Excel;
}
