import { EngineError, describeValue } from "../EngineError";
import { parsePathId } from "../budget/paths";
import { REQUIREMENT_SPECS } from "../requirements/requirementSpecs";
import type { Language } from "../workbook/WorkbookPlan";
import { OPTION_ID_PATTERN, OPTION_ID_RULE, type BudgetOption } from "./BudgetOption";
import { defaultOptions } from "./defaultOptions";
import { checkOptionList, parseName, parseOverrides } from "./optionFields";

const KEY_BY_LOWER: ReadonlyMap<string, string> = new Map(REQUIREMENT_SPECS.map((s) => [s.key.toLowerCase(), s.key]));
const RATE_PREFIX = "rate_";
const text = (v: unknown): string => (typeof v === "string" ? v.trim() : v === null || v === undefined ? "" : String(v));
const blank = (v: unknown): boolean => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** Each header cell read as id, name, path, an input key or Rate_<key> (a rate's list value). */
function readHeader(header: readonly unknown[]): { fixed: Record<"id" | "name" | "path", number>; overrides: { column: number; key: string; rate: boolean }[] } {
  const fixed: Partial<Record<"id" | "name" | "path", number>> = {};
  const overrides: { column: number; key: string; rate: boolean }[] = [];
  header.forEach((cell, column) => {
    const name = text(cell);
    const lower = name.toLowerCase();
    if (name === "") return;
    if (lower === "id" || lower === "name" || lower === "path") fixed[lower] = column;
    else if (lower.startsWith(RATE_PREFIX)) overrides.push({ column, key: name.slice(RATE_PREFIX.length), rate: true });
    else overrides.push({ column, key: KEY_BY_LOWER.get(lower) ?? name, rate: false });
  });
  const missing = (["id", "name", "path"] as const).find((k) => fixed[k] === undefined);
  if (missing) throw new EngineError({ code: "required", field: "options header", allowed: `the columns id, name and path, then path or staffing inputs and Rate_<key> columns (no "${missing}" column)` });
  return { fixed: fixed as Record<"id" | "name" | "path", number>, overrides };
}

function optionOfRow(cells: readonly unknown[], row: number, header: ReturnType<typeof readHeader>): BudgetOption {
  const id = text(cells[header.fixed.id]);
  if (!OPTION_ID_PATTERN.test(id)) throw new EngineError({ code: "outOfRange", field: `options row ${row}, id`, allowed: OPTION_ID_RULE, received: describeValue(cells[header.fixed.id]) });
  const overrides: Record<string, unknown> = {};
  const rates: Record<string, { list: unknown }> = {};
  for (const { column, key, rate } of header.overrides) {
    const value = cells[column];
    if (blank(value)) continue; // blank keeps the shared value, never 0
    if (rate) rates[key] = { list: value };
    else overrides[key] = value;
  }
  try {
    const own = parseOverrides({ ...overrides, ...(Object.keys(rates).length ? { rates } : {}) }, `options.${id}.overrides`);
    return { id, name: parseName(cells[header.fixed.name], `options.${id}.name`), path: parsePathId(cells[header.fixed.path], `options.${id}.path`), ...own };
  } catch (e) {
    throw e instanceof EngineError ? new EngineError({ code: e.code, field: `options row ${row}: ${e.field.replace(`options.${id}.overrides.`, "").replace(`options.${id}.`, "")}`, allowed: e.allowed, received: e.received }) : e;
  }
}

/**
 * Options from a worksheet table: a header row `id | name | path | <input key> … | Rate_<key> …`, then one option
 * per row. A blank cell keeps the shared value. The three paths come first, as in every comparison.
 */
export function optionsFromTable(rows: readonly (readonly unknown[])[], language: Language = "en-US"): BudgetOption[] {
  if (rows.length === 0) throw new EngineError({ code: "required", field: "options", allowed: "a header row (id, name, path, …) and one row per option" });
  const header = readHeader(rows[0]);
  const own = rows.slice(1).flatMap((cells, i) => (cells.every(blank) ? [] : [optionOfRow(cells, i + 2, header)]));
  const options = [...defaultOptions(language), ...own];
  checkOptionList(options, false);
  return options;
}
