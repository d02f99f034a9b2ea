/**
 * The one LibreOffice harness: recalculates .xlsx files (or workbook plans) with headless LibreOffice and reads
 * the results back.
 *
 * LibreOffice keeps the cached values of a file unless told otherwise, so each run uses a fresh temporary
 * profile whose registrymodifications.xcu sets OOXMLRecalcMode=0 and ODFRecalcMode=0 ("always recalculate
 * on load"); `--convert-to xlsx` then writes a copy with freshly computed cached values. Many files go through
 * one soffice start (about 1.5 s saved per file).
 *
 * The copy is read by parsing its XML directly (a small zip reader + the sheet, shared-string and workbook
 * parts), not with exceljs: exceljs drops cached results that are 0 or FALSE when reading, which would make
 * a zero total or a failing check indistinguishable from "not calculated". The typed readers (bool, num)
 * throw on anything else, so a result that cannot be read is an error, never FALSE or 0.
 *
 * When `soffice` is missing: under CI (CI set and not "false"/"0") requireSoffice() registers a failing test,
 * because the recalculation must run in CI; locally it prints a warning and the caller skips.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import type { WorkbookPlan } from "../../src/engine";
import { writeXlsx } from "../../src/workbook/xlsxWriter";
import { underCi } from "./underCi";

export type RecalcValue = number | string | boolean | { error: string } | null;

export interface RecalcResult {
  /** Sheet names in order. */
  readonly sheets: readonly string[];
  /** Defined names → "Sheet!A1" (first cell of the reference). */
  readonly names: ReadonlyMap<string, string>;
  /** The value of a cell: at("Inputs", "B2") or at("Inputs!B2"); null for an empty cell. */
  at(sheetOrRef: string, address?: string): RecalcValue;
  /** The value of the first cell a defined name points at; throws for an unknown name. */
  byName(name: string): RecalcValue;
  /** Every formula cell whose result is an error value, as "Sheet!A1 #NAME? =formula". */
  errors(): string[];
}

const SOFFICE_CANDIDATES = ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice", "/Applications/LibreOffice.app/Contents/MacOS/soffice"];

export function findSoffice(): string | null {
  if (process.env.SOFFICE && existsSync(process.env.SOFFICE)) return process.env.SOFFICE;
  for (const dir of (process.env.PATH ?? "").split(":")) if (dir && existsSync(join(dir, "soffice"))) return join(dir, "soffice");
  return SOFFICE_CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/**
 * The soffice path, or null when it is missing. Under CI a missing soffice is a failing test named after the
 * caller; locally a warning is printed and the caller skips its LibreOffice tests.
 */
export function requireSoffice(who: string, found: string | null = findSoffice(), env: NodeJS.ProcessEnv = process.env): string | null {
  if (found) return found;
  const msg = `${who}: LibreOffice (soffice) not found; install libreoffice-calc-nogui or set SOFFICE`;
  if (underCi(env)) {
    test("LibreOffice is installed (required under CI)", () => {
      throw new Error(msg);
    });
  } else console.warn(`WARNING: ${msg} (skipped locally; CI fails instead)`);
  return null;
}

const REGISTRY = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

function run(cmd: string, args: string[], timeoutMs: number): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${cmd} failed: ${error.message}\n${stderr}`));
      else resolve({ stdout, stderr });
    });
  });
}

/** Recalculates the workbook in LibreOffice (fresh profile, full recalculation) and parses the result. */
export async function recalculate(xlsx: Buffer, options: { soffice?: string; timeoutMs?: number } = {}): Promise<RecalcResult> {
  return (await recalculateMany([xlsx], options))[0];
}

/**
 * Converts several workbooks in one LibreOffice start (fresh profile, recalculated on load) to `format` and
 * returns each output file; about 1.5 s saved per file against one start each.
 */
async function convertMany(files: readonly Buffer[], format: "xlsx" | "pdf", timeoutMs: number, soffice: string | undefined): Promise<Buffer[]> {
  const program = soffice ?? findSoffice();
  if (!program) throw new Error("soffice not found");
  const dir = mkdtempSync(join(tmpdir(), `imcost-${format}-`));
  try {
    const profile = join(dir, "profile");
    mkdirSync(join(profile, "user"), { recursive: true });
    writeFileSync(join(profile, "user", "registrymodifications.xcu"), REGISTRY);
    mkdirSync(join(dir, "in"));
    mkdirSync(join(dir, "out"));
    const inputs = files.map((f, i) => {
      const path = join(dir, "in", `book${i}.xlsx`);
      writeFileSync(path, f);
      return path;
    });
    await run(program, ["--headless", "--norestore", "--nolockcheck", `-env:UserInstallation=file://${profile}`, "--convert-to", format, "--outdir", join(dir, "out"), ...inputs], timeoutMs);
    return files.map((_f, i) => {
      const output = join(dir, "out", `book${i}.${format}`);
      if (!existsSync(output)) throw new Error(`LibreOffice wrote no ${format} output for book${i}.xlsx`);
      return readFileSync(output);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Several workbooks recalculated in one LibreOffice start, each parsed. */
export async function recalculateMany(files: readonly Buffer[], options: { soffice?: string; timeoutMs?: number } = {}): Promise<RecalcResult[]> {
  return (await convertMany(files, "xlsx", options.timeoutMs ?? 60_000 + 30_000 * files.length, options.soffice)).map(parseXlsx);
}

/**
 * Several workbooks printed to PDF in one LibreOffice start, as LibreOffice prints them: each sheet's page setup,
 * print titles and footers. Returns the PDF of each file.
 */
export async function printToPdf(files: readonly Buffer[], options: { soffice?: string; timeoutMs?: number } = {}): Promise<Buffer[]> {
  return convertMany(files, "pdf", options.timeoutMs ?? 90_000 + 90_000 * files.length, options.soffice);
}

// ---------------------------------------------------------------------------------------------------------
// Reading an .xlsx without exceljs

/** The files of a zip archive (stored or deflated entries), by path. */
export function unzip(buffer: Buffer): Map<string, Buffer> {
  let eocd = -1;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 65557); i--) {
    if (buffer.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error("Not a zip file (no end of central directory)");
  const count = buffer.readUInt16LE(eocd + 10);
  let p = buffer.readUInt32LE(eocd + 16);
  const files = new Map<string, Buffer>();
  for (let n = 0; n < count; n++) {
    if (buffer.readUInt32LE(p) !== 0x02014b50) throw new Error("Bad zip central directory");
    const method = buffer.readUInt16LE(p + 10);
    const compressed = buffer.readUInt32LE(p + 20);
    const nameLength = buffer.readUInt16LE(p + 28);
    const extraLength = buffer.readUInt16LE(p + 30);
    const commentLength = buffer.readUInt16LE(p + 32);
    const local = buffer.readUInt32LE(p + 42);
    const name = buffer.toString("utf8", p + 46, p + 46 + nameLength);
    const dataStart = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const data = buffer.subarray(dataStart, dataStart + compressed);
    if (method === 0) files.set(name, Buffer.from(data));
    else if (method === 8) files.set(name, inflateRawSync(data));
    else throw new Error(`Unsupported zip method ${method} for ${name}`);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, e: string) => {
    if (e === "amp") return "&";
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    return String.fromCodePoint(e.startsWith("#x") ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs);
  return m ? decodeXml(m[1]) : undefined;
}

const textOf = (xml: string): string => [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => decodeXml(m[1])).join("");

/** Splits "'My sheet'!$B$2:$C$3" / "Sheet!B2" into sheet and the first cell (no $). */
function splitRef(ref: string): { sheet: string; address: string } | null {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Z]{1,3})\$?(\d+)/.exec(ref.trim());
  if (!m) return null;
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], address: `${m[3]}${m[4]}` };
}

export function parseXlsx(xlsx: Buffer): RecalcResult {
  const files = unzip(xlsx);
  const read = (path: string): string => {
    const f = files.get(path);
    if (!f) throw new Error(`xlsx has no ${path}`);
    return f.toString("utf8");
  };
  const workbook = read("xl/workbook.xml");
  const rels = read("xl/_rels/workbook.xml.rels");
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const id = attr(m[1], "Id");
    const target = attr(m[1], "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const shared: string[] = files.has("xl/sharedStrings.xml") ? [...read("xl/sharedStrings.xml").matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => textOf(m[1])) : [];

  const sheets: string[] = [];
  const cells = new Map<string, { value: RecalcValue; formula?: string }>();
  for (const m of workbook.matchAll(/<sheet\b([^>]*)\/?>/g)) {
    const name = attr(m[1], "name")!;
    const rid = attr(m[1], "r:id")!;
    sheets.push(name);
    const xml = read(targets.get(rid)!);
    for (const c of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const r = attr(c[1], "r");
      if (!r) continue;
      const t = attr(c[1], "t") ?? "n";
      const inner = c[2] ?? "";
      const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
      const f = /<f\b[^>]*>([\s\S]*?)<\/f>/.exec(inner)?.[1];
      let value: RecalcValue = null;
      if (t === "s" && v !== undefined) value = shared[Number(v)];
      else if (t === "b" && v !== undefined) value = v === "1";
      else if (t === "e" && v !== undefined) value = { error: decodeXml(v) };
      else if (t === "str" && v !== undefined) value = decodeXml(v);
      else if (t === "inlineStr") value = textOf(inner);
      else if (v !== undefined) value = Number(v);
      else if (f !== undefined) value = ""; // a formula without a cached value: empty text result
      cells.set(`${name}!${r}`, { value, formula: f !== undefined ? decodeXml(f) : undefined });
    }
  }
  const names = new Map<string, string>();
  const nameRefs = new Map<string, { sheet: string; address: string }>();
  for (const m of workbook.matchAll(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g)) {
    const name = attr(m[1], "name");
    const ref = splitRef(decodeXml(m[2]));
    if (name && ref && attr(m[1], "localSheetId") === undefined) {
      names.set(name, `${ref.sheet}!${ref.address}`);
      nameRefs.set(name, ref);
    }
  }
  const at = (sheetOrRef: string, address?: string): RecalcValue => {
    let key: string;
    if (address !== undefined) key = `${sheetOrRef}!${address.replace(/\$/g, "")}`;
    else {
      const ref = splitRef(sheetOrRef);
      if (!ref) throw new Error(`Not a cell reference: ${sheetOrRef}`);
      key = `${ref.sheet}!${ref.address}`;
    }
    return cells.get(key)?.value ?? null;
  };
  return {
    sheets,
    names,
    at,
    byName(name: string): RecalcValue {
      const ref = nameRefs.get(name);
      if (!ref) throw new Error(`No defined name ${name} in the recalculated file (names: ${[...names.keys()].slice(0, 10).join(", ")}…)`);
      return at(ref.sheet, ref.address);
    },
    errors(): string[] {
      const out: string[] = [];
      for (const [k, c] of cells) if (c.value !== null && typeof c.value === "object") out.push(`${k} ${c.value.error} =${c.formula ?? ""}`);
      return out;
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Changing inputs in a file

/**
 * Writes values into the cells that defined names point at (e.g. { Input_headcount: 20000 }) and returns the
 * new file: "the user typed new inputs into the Input_* cells". Formulas and everything else stay.
 */
export async function setNamedValues(xlsx: Buffer, values: Readonly<Record<string, string | number | boolean>>): Promise<Buffer> {
  return editXlsx(xlsx, (wb) => {
    const model = wb.definedNames.model as { name: string; ranges: string[] }[];
    for (const [name, value] of Object.entries(values)) {
      const entry = model.find((d) => d.name === name);
      const ref = entry ? splitRef(entry.ranges[0]) : null;
      if (!ref) throw new Error(`No defined name ${name} in the file`);
      const ws = wb.getWorksheet(ref.sheet);
      if (!ws) throw new Error(`Name ${name} points at missing sheet ${ref.sheet}`);
      ws.getCell(ref.address).value = value;
    }
  });
}

// ---------------------------------------------------------------------------------------------------------
// Workbook plans: write with the product's xlsx writer, optionally edit, recalculate, read by sheet key

/** A recalculated plan, read by the plan's sheet keys and names. */
export interface PlanRecalc {
  readonly file: RecalcResult;
  /** The value of a cell by sheet key ("checks") and A1 address ($ allowed); null for an empty cell. */
  cell(sheetKey: string, address: string): RecalcValue;
  /** A cell that must hold TRUE or FALSE; anything else (empty, text, error, number) throws. */
  bool(sheetKey: string, address: string): boolean;
  /** A cell that must hold a number; anything else throws. */
  num(sheetKey: string, address: string): number;
  boolName(name: string): boolean;
  numName(name: string): number;
  errors(): string[];
}

function expectBool(where: string, v: RecalcValue): boolean {
  if (typeof v === "boolean") return v;
  throw new Error(`${where} is not TRUE/FALSE after recalculation: ${JSON.stringify(v)}`);
}

function expectNum(where: string, v: RecalcValue): number {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  throw new Error(`${where} is not a number after recalculation: ${JSON.stringify(v)}`);
}

export function readPlan(plan: WorkbookPlan, file: RecalcResult): PlanRecalc {
  const sheetName = (key: string): string => {
    const s = plan.sheets.find((x) => x.key === key);
    if (!s) throw new Error(`the plan has no sheet ${key}`);
    return s.name;
  };
  const cell = (key: string, address: string) => file.at(sheetName(key), address);
  return {
    file,
    cell,
    bool: (key, address) => expectBool(`${key}!${address}`, cell(key, address)),
    num: (key, address) => expectNum(`${key}!${address}`, cell(key, address)),
    boolName: (name) => expectBool(name, file.byName(name)),
    numName: (name) => expectNum(name, file.byName(name)),
    errors: () => file.errors(),
  };
}

/** Edits a written workbook with exceljs (e.g. a user's hand edits) and returns the new file. */
export async function editXlsx(xlsx: Buffer, edit: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
  edit(wb);
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/**
 * Writes every plan with writeXlsx, applies the optional edit, recalculates them all in one soffice start and
 * reads each back by sheet key.
 */
export async function recalculatePlans(
  plans: readonly WorkbookPlan[],
  options: { soffice?: string; timeoutMs?: number; edit?: (index: number, wb: ExcelJS.Workbook, plan: WorkbookPlan) => void } = {},
): Promise<PlanRecalc[]> {
  const files: Buffer[] = [];
  for (const [i, plan] of plans.entries()) {
    const written = await writeXlsx(plan);
    files.push(options.edit ? await editXlsx(written, (wb) => options.edit!(i, wb, plan)) : written);
  }
  const results = await recalculateMany(files, options);
  return results.map((r, i) => readPlan(plans[i], r));
}
