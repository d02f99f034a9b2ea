import { EngineError, describeValue } from "../engine";
import { MAX_RANGE_CELLS, allowedText, type NumberParamSpec, type ParamSpec, type RangeParamSpec, type TextParamSpec } from "./parameterSpecs";

/**
 * One coercion routine for every function, driven by the declared parameter specs (parameterSpecs.ts).
 *
 * Excel's inputs, and what they become:
 * - an omitted optional argument arrives as null (undefined when called from code): it takes its default,
 *   or null when it has none; a required one is an error;
 * - a blank cell given as an argument arrives as null or "" (both treated as omitted) — or as 0 in Excel for
 *   Windows, which is indistinguishable from a typed 0 and is checked as 0;
 * - inside a range, null and "" are blank cells (null in the result); numbers must be finite;
 * - other text, booleans, NaN, ±Infinity, or a range where a single value is needed, are errors naming the
 *   argument and what it allows. Nothing wrong is ever replaced by a default.
 */

/** A range of numbers, row-major; a blank cell is null. */
export interface NumberRange {
  readonly rows: number;
  readonly columns: number;
  readonly cells: readonly (number | null)[];
}

/** A range of any cell values, blanks ("" or null) as null. */
export type CellValue = number | string | boolean | null;
export type AnyRange = readonly (readonly CellValue[])[];

type NullIfOptional<P> = P extends { optional: true } ? null : never;
type NullIfNoDefault<P> = P extends { optional: true } ? (P extends { default: unknown } ? never : null) : never;

/** The value a parameter spec turns into. */
export type Coerced<P> = P extends { kind: "range"; cells: "number" }
  ? NumberRange | NullIfOptional<P>
  : P extends { kind: "range" }
    ? AnyRange | NullIfOptional<P>
    : P extends { kind: "text"; allowed: readonly (infer A)[] }
      ? A | NullIfNoDefault<P>
      : number | NullIfNoDefault<P>;

export type CoercedArgs<S extends readonly ParamSpec[]> = { -readonly [K in keyof S]: Coerced<S[K]> };

function isOmitted(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

function required(spec: ParamSpec): EngineError {
  return new EngineError({ code: "required", field: spec.name, allowed: allowedText(spec) });
}

function coerceNumber(spec: NumberParamSpec, value: unknown): number | null {
  if (isOmitted(value)) {
    if (!spec.optional) throw required(spec);
    return spec.default ?? null;
  }
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new EngineError({ code: "notANumber", field: spec.name, allowed: allowedText(spec), received: describeValue(value) });
  }
  if (spec.kind === "integer" && !Number.isInteger(value)) {
    throw new EngineError({ code: "notAnInteger", field: spec.name, allowed: allowedText(spec), received: describeValue(value) });
  }
  const min = spec.min ?? (spec.kind === "count" ? 0 : undefined);
  const max = spec.max;
  if (
    (min !== undefined && (spec.minExclusive ? value <= min : value < min)) ||
    (max !== undefined && (spec.maxExclusive ? value >= max : value > max))
  ) {
    throw new EngineError({ code: "outOfRange", field: spec.name, allowed: allowedText(spec), received: describeValue(value) });
  }
  return value === 0 ? 0 : value; // no −0
}

function coerceText(spec: TextParamSpec, value: unknown): string | null {
  const text = typeof value === "string" ? value.trim() : value;
  if (isOmitted(text)) {
    if (!spec.optional) throw required(spec);
    return spec.default ?? null;
  }
  if (typeof text === "string") {
    const key = text.toLowerCase();
    for (const allowed of spec.allowed) if (allowed === key) return allowed;
    const alias = spec.aliases ? (spec.aliases as Readonly<Record<string, string>>)[key] : undefined;
    if (alias !== undefined && Object.prototype.hasOwnProperty.call(spec.aliases, key)) return alias;
  }
  throw new EngineError({ code: "unknownOption", field: spec.name, allowed: allowedText(spec), received: describeValue(value) });
}

function cellError(spec: RangeParamSpec, row: number, column: number, value: unknown): EngineError {
  const what = spec.cells === "number" ? "numbers or blank cells" : "numbers, text, TRUE/FALSE or blank cells";
  return new EngineError(
    { code: "notANumber", field: spec.name, allowed: what, received: describeValue(value) },
    `${spec.name} must contain only ${what} (row ${row}, column ${column} is ${describeValue(value)})`,
  );
}

function shapeError(spec: RangeParamSpec, detail: string): EngineError {
  return new EngineError({ code: "wrongShape", field: spec.name, allowed: allowedText(spec) }, `${spec.name} must be ${allowedText(spec)} (${detail})`);
}

function coerceRange(spec: RangeParamSpec, value: unknown): NumberRange | AnyRange | null {
  if (value === null || value === undefined) {
    if (!spec.optional) throw required(spec);
    return null;
  }
  // Excel passes a single value given for a range parameter as a 1×1 range; code may pass it bare.
  const grid: unknown[] = Array.isArray(value) ? value : [[value]];
  const rows = grid.length;
  const first = grid[0];
  if (rows === 0 || !Array.isArray(first) || first.length === 0) throw shapeError(spec, "got an empty range");
  const columns = first.length;
  if (rows * columns > MAX_RANGE_CELLS) {
    throw new EngineError(
      { code: "tooLarge", field: spec.name, allowed: `at most ${MAX_RANGE_CELLS} cells`, received: `${rows * columns} cells` },
      `${spec.name} has ${rows * columns} cells; at most ${MAX_RANGE_CELLS} are allowed`,
    );
  }
  for (let r = 1; r < rows; r++) {
    const row = grid[r];
    if (!Array.isArray(row) || row.length !== columns) throw shapeError(spec, `row ${r + 1} has a different number of cells than row 1`);
  }
  if (spec.shape === "vector" && rows !== 1 && columns !== 1) throw shapeError(spec, `got ${rows} rows × ${columns} columns`);
  if (spec.shape === "twoColumns" && columns !== 2) throw shapeError(spec, `got ${columns} column${columns === 1 ? "" : "s"}`);

  if (spec.cells === "number") {
    const cells: (number | null)[] = new Array(rows * columns);
    let i = 0;
    for (let r = 0; r < rows; r++) {
      const row = grid[r] as unknown[];
      for (let c = 0; c < columns; c++) {
        const v = row[c];
        if (typeof v === "number" && Number.isFinite(v)) cells[i++] = v === 0 ? 0 : v;
        else if (v === null || v === undefined || v === "") cells[i++] = null;
        else throw cellError(spec, r + 1, c + 1, v);
      }
    }
    return { rows, columns, cells };
  }
  const out: CellValue[][] = [];
  for (let r = 0; r < rows; r++) {
    const row = grid[r] as unknown[];
    const cells: CellValue[] = new Array(columns);
    for (let c = 0; c < columns; c++) {
      const v = row[c];
      if (v === null || v === undefined || v === "") cells[c] = null;
      else if (typeof v === "string" || typeof v === "boolean" || typeof v === "number") cells[c] = v;
      else throw cellError(spec, r + 1, c + 1, v);
    }
    out.push(cells);
  }
  return out;
}

/** Checks one raw argument against its spec and returns it typed (see the module comment). */
export function coerceArgument(spec: ParamSpec, value: unknown): unknown {
  switch (spec.kind) {
    case "range":
      return coerceRange(spec, value);
    case "text":
      return coerceText(spec, value);
    default:
      return coerceNumber(spec, value);
  }
}

/** Checks Excel's raw arguments against a function's specs, in order; throws the first EngineError. */
export function coerceArguments<S extends readonly ParamSpec[]>(specs: S, args: ArrayLike<unknown>): CoercedArgs<S> {
  const out: unknown[] = new Array(specs.length);
  for (let i = 0; i < specs.length; i++) out[i] = coerceArgument(specs[i], i < args.length ? args[i] : undefined);
  return out as CoercedArgs<S>;
}
