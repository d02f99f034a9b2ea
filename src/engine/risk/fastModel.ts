import { PATH_IDS, pathInfo, type PathId } from "../budget/paths";
import { WINDOW_MONTHS, evaluateSchedule, profileSchedule, type TimingInterval } from "../calendar/timingProfile";
import { input } from "../expression/build";
import type { Expr } from "../expression/Expr";
import { COST_LINES } from "../lines/costLines";
import type { LineItem } from "../lines/LineItem";
import { effectiveRate } from "../rateCard/rateCard";
import type { RateCardEntry } from "../rateCard/RateCardEntry";
import type { Requirements } from "../requirements/Requirements";
import { SIZING_ROWS } from "../sizing/sizingRows";
import { compileToClosures } from "./fast/closureBackend";
import { compileToFunction } from "./fast/codeBackend";
import { nary } from "./fast/constantFolding";
import { modelError, visitSlots, type Const, type IR } from "./fast/ir";
import { partialEvaluate, type PeEnv } from "./fast/partialEvaluate";
import type { RunFn, Statement } from "./fast/runFn";

/**
 * The plain-number compiled form of the model, for the Monte Carlo: the same sizing rows and line items that
 * computeBudget evaluates with decimals, partially evaluated for one set of requirements. Everything that no
 * risk driver touches is folded to a constant (choices, flags, years, untouched rates), and what is left is
 * compiled once to a JavaScript function over two arrays (the driven inputs x and the driven rates r) — or,
 * where code generation is not allowed (a strict Content-Security-Policy), to closures over the same tree.
 * Both backends run the same operations in the same order and give identical numbers.
 */

const ESCALATION_ROW: Readonly<Record<LineItem["escalation"], string | null>> = { salary: "indexSalary", cpi: "indexCpi", price: "indexPrice", none: null };

/** Output positions of one path: its cost before contingency, Y1 before contingency, and the contingency bases. */
export interface PathOutputs {
  /** Σ of every line over the window (before contingency). */
  readonly base: number;
  /** Σ of every line in months 1–12 (before contingency). */
  readonly y1: number;
  /** Σ of the metered lines (contingency base at the infrastructure/licensing rate). */
  readonly metered: number;
  /** Σ of the labour lines (contingency base at the development rate). */
  readonly labour: number;
  /** With `detail`: the line totals over the window, by COST_LINES order. */
  readonly lineTotals?: readonly number[];
}

/** "function": one generated JavaScript function (new Function, fastest); "closure": no code generation. */
export type FastBackend = "function" | "closure";

export interface FastModel {
  /** The requirement keys the model reads from x, in order. */
  readonly inputKeys: readonly string[];
  /** The rate keys the model reads from r, in order. */
  readonly rateKeys: readonly string[];
  /** x and r as the requirements and the rate card give them (no driver applied). */
  readonly baseInputs: Float64Array;
  readonly baseRates: Float64Array;
  readonly outputCount: number;
  readonly outputs: Readonly<Record<PathId, PathOutputs>>;
  /** Computes every output into `out` (length outputCount). */
  run(x: Float64Array, r: Float64Array, out: Float64Array): void;
  readonly backend: FastBackend;
  /** Number of computed (non-constant) values per run. */
  readonly statements: number;
}

export interface FastModelOptions {
  /** Requirement keys (numeric values only) that vary between runs. */
  readonly variableInputs: readonly string[];
  /** Rate keys that vary between runs. */
  readonly variableRates: readonly string[];
  /** Also output every line's total (tests and exposure weights). */
  readonly detail?: boolean;
  /** Force a backend; by default the one set with setDefaultFastBackend, else code generation where allowed. */
  readonly backend?: FastBackend;
}

function inputConst(value: unknown): Const {
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "number" || typeof value === "string") return value;
  throw modelError(`input value ${String(value)}`);
}

/** The model's references for one set of requirements: driven ones become x/r reads, the rest constants. */
interface Sources {
  readonly inputKeys: readonly string[];
  readonly rateKeys: readonly string[];
  readonly rateValues: ReadonlyMap<string, number>;
  input(key: string): IR;
  rate(key: string): IR;
}

function sourcesOf(req: Requirements, entries: readonly RateCardEntry[], options: FastModelOptions): Sources {
  const inputKeys = options.variableInputs.filter((k) => typeof req[k as keyof Requirements] === "number");
  const inputIndex = new Map(inputKeys.map((k, i) => [k, i]));
  const rateValues = new Map<string, number>();
  for (const e of entries) rateValues.set(e.key, effectiveRate(e, req, entries).toNumber());
  const rateKeys = options.variableRates.filter((k) => rateValues.has(k));
  const rateIndex = new Map(rateKeys.map((k, i) => [k, i]));
  return {
    inputKeys,
    rateKeys,
    rateValues,
    input: (key) => {
      const i = inputIndex.get(key);
      if (i !== undefined) return { t: "in", i };
      if (!(key in req)) throw modelError(`unknown input "${key}"`);
      return inputConst(req[key as keyof Requirements]);
    },
    rate: (key) => {
      const i = rateIndex.get(key);
      if (i !== undefined) return { t: "rt", i };
      const v = rateValues.get(key);
      if (v === undefined) throw modelError(`unknown rate "${key}"`);
      return v;
    },
  };
}

/** Collects computed values into numbered statements, so that each is computed once per run. */
class StatementList {
  readonly items: Statement[] = [];
  slotFor(ir: IR): IR {
    if (typeof ir !== "object" || ir.t === "in" || ir.t === "rt" || ir.t === "slot") return ir;
    const slot = this.items.length;
    this.items.push({ slot, ir });
    return { t: "slot", i: slot };
  }
}

type SizingIR = readonly ReadonlyMap<string, IR>[];

function sizingLookup(sizing: SizingIR): (key: string, year: number) => IR {
  return (key, y) => {
    const v = sizing[y - 1].get(key);
    if (v === undefined) throw modelError(`unknown sizing row "${key}"`);
    return v;
  };
}

function compileSizing(horizon: number, src: Sources, statements: StatementList): SizingIR {
  const sizing: Map<string, IR>[] = [];
  const sizingOf = sizingLookup(sizing);
  for (let t = 1; t <= horizon; t++) {
    const values = new Map<string, IR>();
    sizing.push(values);
    const line = (): IR => {
      throw modelError("a sizing row cannot refer to a line");
    };
    const env: PeEnv = { year: t, input: src.input, rate: src.rate, sizing: sizingOf, line };
    for (const row of SIZING_ROWS) values.set(row.key, statements.slotFor(partialEvaluate(row.expr, env)));
  }
  return sizing;
}

/** What one line contributes per window year: Σ months ⁄ divisor over its intervals, in total and in months 1–12. */
interface LineWeights {
  readonly total: readonly number[];
  readonly first12: readonly number[];
}

function lineWeights(intervals: readonly TimingInterval[], years: number): LineWeights {
  const total = new Array<number>(years + 1).fill(0);
  const first12 = new Array<number>(years + 1).fill(0);
  for (const i of intervals) {
    const overlap = (a: number, b: number) => Math.max(0, Math.min(i.to, b) - Math.max(i.from, a));
    // A total priced at its start puts all its months on that window year's amount and index.
    if (i.priceYear !== null) {
      total[i.priceYear] += (i.to - i.from) / i.divisor;
      first12[i.priceYear] += overlap(1, 13) / i.divisor;
      continue;
    }
    for (let w = 1; w <= years; w++) {
      total[w] += overlap(12 * (w - 1) + 1, 12 * w + 1) / i.divisor;
      if (w === 1) first12[w] += overlap(1, 13) / i.divisor;
    }
  }
  return { total, first12 };
}

/** One path's lines: each line's value per window year (amount × index × its months there) and in months 1–12. */
interface PathLinesIR {
  /** [line][window year − 1] */
  readonly byYear: IR[][];
  /** [line] */
  readonly first12: IR[];
}

/** Every line of one path: amount per window year × escalation index × the months its profile puts there, as in computeBudget. */
function compilePathLines(path: PathId, req: Requirements, src: Sources, sizing: SizingIR, statements: StatementList): PathLinesIR {
  const years = req.horizonYears as number;
  const sizingOf = sizingLookup(sizing);
  // Timing (go-live, window, schedules) is fixed per requirement set: read it from the requirements and the
  // rate card themselves, even where a value is a run-time variable of the model.
  const fixed: PeEnv = {
    year: 1,
    input: (key) => inputConst(req[key as keyof Requirements]),
    rate: (key) => src.rateValues.get(key) ?? src.rate(key),
    sizing: sizingOf,
    line: () => {
      throw modelError("a timing parameter cannot refer to a line");
    },
  };
  const constant = (e: Expr): number => {
    const v = partialEvaluate(e, fixed);
    if (typeof v !== "number") throw modelError("a timing parameter must be a number");
    return v;
  };
  const goLive = input(pathInfo(path).goLiveInput);
  const intervalsOf = (item: (typeof COST_LINES)[number]): TimingInterval[] => {
    const sc = profileSchedule(item.timing, goLive, WINDOW_MONTHS);
    return evaluateSchedule(sc, constant, years * 12);
  };
  const amounts = new Map<string, IR[]>();
  const byYear: IR[][] = [];
  const first12: IR[] = [];
  for (const item of COST_LINES) {
    const expr = item.amount[path];
    const weights = lineWeights(expr ? intervalsOf(item) : [], years);
    const amountByYear: IR[] = [];
    const values: IR[] = [];
    for (let w = 1; w <= years; w++) {
      const line = (id: string): IR => {
        const v = amounts.get(id);
        if (!v) throw modelError(`line "${item.id}" refers to "${id}", which is not above it`);
        return v[w - 1];
      };
      const amount = expr ? statements.slotFor(partialEvaluate(expr, { year: w, input: src.input, rate: src.rate, sizing: sizingOf, line })) : 0;
      amountByYear.push(amount);
      const index = ESCALATION_ROW[item.escalation];
      const escalated = index ? nary("mul", [amount, sizingOf(index, w)]) : amount;
      values.push(weights.total[w] === 0 ? 0 : statements.slotFor(nary("mul", [escalated, weights.total[w]])));
      if (w === 1) first12.push(weights.first12[1] === 0 ? 0 : nary("mul", [escalated, weights.first12[1]]));
    }
    amounts.set(item.id, amountByYear);
    byYear.push(values);
  }
  return { byYear, first12 };
}

/** The outputs of every path, in order, and where each path's figures sit among them. */
function layoutOutputs(pathLines: Readonly<Record<PathId, PathLinesIR>>, detail: boolean, statements: StatementList): { outputs: IR[]; layout: Record<PathId, PathOutputs> } {
  const outputs: IR[] = [];
  const out = (ir: IR): number => outputs.push(ir) - 1;
  const layout = {} as Record<PathId, PathOutputs>;
  for (const path of PATH_IDS) {
    const lines = pathLines[path].byYear;
    const totals = lines.map((values) => nary("add", values));
    const detailTotals = detail ? totals.map((ir) => out(statements.slotFor(ir))) : undefined;
    const totalsAsSlots = detailTotals ? detailTotals.map((i) => outputs[i]) : totals;
    const of = (cls: string) => nary("add", totalsAsSlots.filter((_, i) => COST_LINES[i].contingency === cls));
    layout[path] = {
      base: out(nary("add", totalsAsSlots)),
      y1: out(nary("add", pathLines[path].first12)),
      metered: out(of("metered")),
      labour: out(of("labour")),
      ...(detailTotals ? { lineTotals: detailTotals } : {}),
    };
  }
  return { outputs, layout };
}

/** Only the statements some output needs, in order. */
function liveStatements(statements: readonly Statement[], outputs: readonly IR[]): Statement[] {
  const needed = new Uint8Array(statements.length);
  const mark = (ir: IR): void =>
    visitSlots(ir, (s) => {
      if (needed[s]) return;
      needed[s] = 1;
      mark(statements[s].ir);
    });
  outputs.forEach(mark);
  return statements.filter((s) => needed[s.slot]);
}

/** Partially evaluates the whole model for one set of requirements and rates, and compiles what varies. */
export function compileFastModel(req: Requirements, entries: readonly RateCardEntry[], options: FastModelOptions): FastModel {
  const horizon = req.horizonYears as number;
  const src = sourcesOf(req, entries, options);
  const statements = new StatementList();
  const sizing = compileSizing(horizon, src, statements);
  const pathLines = {} as Record<PathId, PathLinesIR>;
  for (const path of PATH_IDS) pathLines[path] = compilePathLines(path, req, src, sizing, statements);
  const { outputs, layout } = layoutOutputs(pathLines, options.detail === true, statements);
  const live = liveStatements(statements.items, outputs);
  const backend = options.backend ?? defaultBackend ?? (canGenerateCode() ? "function" : "closure");
  const run: RunFn = backend === "function" ? compileToFunction(live, outputs) : compileToClosures(live, outputs, statements.items.length);
  return {
    inputKeys: src.inputKeys,
    rateKeys: src.rateKeys,
    baseInputs: Float64Array.from(src.inputKeys, (k) => req[k as keyof Requirements] as number),
    baseRates: Float64Array.from(src.rateKeys, (k) => src.rateValues.get(k)!),
    outputCount: outputs.length,
    outputs: layout,
    run,
    backend,
    statements: live.length,
  };
}

let defaultBackend: FastBackend | null = null;
/**
 * Sets the backend for every model compiled without an explicit one, in this JavaScript realm (null: probe
 * again). The task pane sets "closure" before it runs anything, so that no `new Function` probe runs under
 * its Content-Security-Policy (a refused probe is a CSP violation report, not only a caught EvalError).
 */
export function setDefaultFastBackend(backend: FastBackend | null): void {
  defaultBackend = backend;
}

let codegen: boolean | null = null;
/** Whether `new Function` is allowed here (a Content-Security-Policy without 'unsafe-eval' forbids it). */
function canGenerateCode(): boolean {
  if (codegen === null) {
    try {
      codegen = (new Function("return 1") as () => number)() === 1;
    } catch {
      codegen = false;
    }
  }
  return codegen;
}
