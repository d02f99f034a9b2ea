import { PATH_IDS, type PathId } from "../budget/paths";
import type { Expr } from "../expression/Expr";
import { COST_LINES } from "../lines/costLines";
import type { LineItem } from "../lines/LineItem";
import { effectiveRate } from "../rateCard/rateCard";
import type { RateCardEntry } from "../rateCard/RateCardEntry";
import type { Requirements } from "../requirements/Requirements";
import { SIZING_ROWS } from "../sizing/sizingRows";

/**
 * The plain-number compiled form of the model, for the Monte Carlo: the same sizing rows and line items that
 * computeBudget evaluates with decimals, partially evaluated for one set of requirements. Everything that no
 * risk driver touches is folded to a constant (choices, flags, years, untouched rates), and what is left is
 * compiled once to a JavaScript function over two arrays (the driven inputs x and the driven rates r) — or,
 * where code generation is not allowed (a strict Content-Security-Policy), to closures over the same tree.
 * Both backends run the same operations in the same order and give identical numbers.
 *
 * Float semantics mirror the decimal engine: ROUNDUP and comparisons allow a relative 1e-9 so that values
 * that are exact in decimals (e.g. 6,500 × 1.3 = 8,450) are not pushed over a step by binary rounding. The
 * tolerance is relative only (no absolute floor), so that a tiny positive input still counts as above 0.
 */

type Const = number | string;
type Node =
  | { readonly t: "in" | "rt" | "slot"; readonly i: number }
  | { readonly t: "add" | "mul" | "min" | "max" | "and" | "or"; readonly a: readonly IR[] }
  | { readonly t: "sub" | "div" | "pow" | "mod"; readonly l: IR; readonly r: IR }
  | { readonly t: "ru" | "not"; readonly x: IR }
  | { readonly t: "cmp"; readonly rel: Rel; readonly l: IR; readonly r: IR }
  | { readonly t: "if"; readonly c: IR; readonly th: IR; readonly el: IR };
type IR = Const | Node;
type Rel = "<" | "<=" | ">" | ">=" | "=" | "<>";

// ── Float semantics, shared by constant folding, the closures and (as source text) the generated code ──
const TOL = 1e-9;
export function fEq(a: number, b: number): boolean {
  return Math.abs(a - b) <= TOL * Math.max(Math.abs(a), Math.abs(b));
}
export function fRoundup(x: number): number {
  const r = Math.round(x);
  if (Math.abs(x - r) <= TOL * Math.abs(x)) return r;
  return x < 0 ? Math.floor(x) : Math.ceil(x);
}
function fMod(a: number, b: number): number {
  return a - b * Math.floor(a / b);
}
function fCmp(rel: Rel, a: number, b: number): number {
  const eq = fEq(a, b);
  switch (rel) {
    case "<":
      return a < b && !eq ? 1 : 0;
    case "<=":
      return a < b || eq ? 1 : 0;
    case ">":
      return a > b && !eq ? 1 : 0;
    case ">=":
      return a > b || eq ? 1 : 0;
    case "=":
      return eq ? 1 : 0;
    default:
      return eq ? 0 : 1;
  }
}
const HELPERS_SOURCE = `
const TOL = 1e-9;
function fEq(a, b) { return Math.abs(a - b) <= TOL * Math.max(Math.abs(a), Math.abs(b)); }
function ru(x) { const r = Math.round(x); if (Math.abs(x - r) <= TOL * Math.abs(x)) return r; return x < 0 ? Math.floor(x) : Math.ceil(x); }
function md(a, b) { return a - b * Math.floor(a / b); }
function lt(a, b) { return a < b && !fEq(a, b) ? 1 : 0; }
function le(a, b) { return a < b || fEq(a, b) ? 1 : 0; }
function eq(a, b) { return fEq(a, b) ? 1 : 0; }
`;

function modelError(message: string): Error {
  return new Error(`Model error: ${message}`);
}

function asNum(v: IR, where: string): number | Node {
  if (typeof v === "string") throw modelError(`text "${v}" used as a number in ${where}`);
  return v;
}

// ── Builders with constant folding ──
function nary(t: "add" | "mul" | "min" | "max", args: readonly IR[]): IR {
  const parts: IR[] = [];
  let c: number | null = null;
  for (const raw of args) {
    const a = asNum(raw, t);
    if (typeof a !== "number") {
      parts.push(a);
      continue;
    }
    if (c === null) c = a;
    else if (t === "add") c += a;
    else if (t === "mul") c *= a;
    else if (t === "min") c = Math.min(c, a);
    else c = Math.max(c, a);
  }
  if (parts.length === 0) return c ?? (t === "mul" ? 1 : 0);
  if (t === "mul" && c === 0) return 0;
  if (c !== null && !((t === "add" && c === 0) || (t === "mul" && c === 1))) parts.push(c);
  return parts.length === 1 ? parts[0] : { t, a: parts };
}

function binary(t: "sub" | "div" | "pow" | "mod", lRaw: IR, rRaw: IR): IR {
  const l = asNum(lRaw, t);
  const r = asNum(rRaw, t);
  if (typeof l === "number" && typeof r === "number") {
    switch (t) {
      case "sub":
        return l - r;
      case "div":
        if (r === 0) throw modelError("division by zero");
        return l / r;
      case "pow":
        return Math.pow(l, r);
      default:
        if (r === 0) throw modelError("MOD by zero");
        return fMod(l, r);
    }
  }
  if (t === "sub" && r === 0) return l;
  if (t === "div" && r === 1) return l;
  if (t === "pow" && r === 1) return l;
  if (t === "pow" && r === 0) return 1;
  return { t, l, r };
}

function compare(rel: Rel, l: IR, r: IR): IR {
  if (typeof l === "string" || typeof r === "string") {
    if (typeof l === "object" || typeof r === "object") throw modelError(`text compared with a driven number`);
    const eq = typeof l === "string" && typeof r === "string" ? l.toLowerCase() === r.toLowerCase() : false;
    if (rel === "=") return eq ? 1 : 0;
    if (rel === "<>") return eq ? 0 : 1;
    throw modelError(`text compared with ${rel}`);
  }
  if (typeof l === "number" && typeof r === "number") return fCmp(rel, l, r);
  return { t: "cmp", rel, l, r };
}

function logical(t: "and" | "or", args: readonly IR[]): IR {
  const nodes: IR[] = [];
  for (const raw of args) {
    const a = asNum(raw, t);
    if (typeof a === "number") {
      if (t === "and" && a === 0) return 0;
      if (t === "or" && a !== 0) return 1;
    } else nodes.push(a);
  }
  if (nodes.length === 0) return t === "and" ? 1 : 0;
  return { t, a: nodes };
}

/** Where a partial evaluation takes its references from, for one year. */
interface PeEnv {
  readonly year: number;
  input(key: string): IR;
  rate(key: string): IR;
  sizing(key: string, year: number): IR;
  line(id: string, atY0: boolean): IR;
}

function pe(expr: Expr, env: PeEnv): IR {
  switch (expr.op) {
    case "num":
      return Number(expr.value);
    case "text":
      return expr.value;
    case "input":
      return env.input(expr.key);
    case "rate":
      return env.rate(expr.key);
    case "sizing":
      return env.sizing(expr.key, Math.max(0, env.year - (expr.lag ?? 0)));
    case "line":
      return env.line(expr.id, expr.atY0 === true);
    case "year":
      return env.year;
    case "add":
    case "mul":
    case "min":
    case "max":
      return nary(expr.op, expr.args.map((a) => pe(a, env)));
    case "sub":
    case "div":
    case "pow":
    case "mod":
      return binary(expr.op, pe(expr.left, env), pe(expr.right, env));
    case "roundup": {
      const x = asNum(pe(expr.arg, env), "ROUNDUP");
      return typeof x === "number" ? fRoundup(x) : { t: "ru", x };
    }
    case "cmp":
      return compare(expr.rel, pe(expr.left, env), pe(expr.right, env));
    case "and":
    case "or":
      return logical(expr.op, expr.args.map((a) => pe(a, env)));
    case "not": {
      const x = asNum(pe(expr.arg, env), "NOT");
      return typeof x === "number" ? (x === 0 ? 1 : 0) : { t: "not", x };
    }
    case "if": {
      const c = asNum(pe(expr.cond, env), "IF");
      if (typeof c === "number") return c !== 0 ? pe(expr.then, env) : pe(expr.else, env);
      return { t: "if", c, th: asNum(pe(expr.then, env), "IF"), el: asNum(pe(expr.else, env), "IF") };
    }
    case "override": {
      const v = env.input(expr.key);
      return typeof v === "string" ? pe(expr.auto, env) : v;
    }
  }
}

// ── Backends ──
function literal(v: number): string {
  if (Number.isNaN(v)) return "NaN";
  if (!Number.isFinite(v)) return v > 0 ? "Infinity" : "-Infinity";
  const s = String(v);
  return v < 0 ? `(${s})` : s;
}

function toCode(ir: IR): string {
  if (typeof ir === "number") return literal(ir);
  if (typeof ir === "string") throw modelError(`text "${ir}" left in a compiled expression`);
  switch (ir.t) {
    case "in":
      return `x[${ir.i}]`;
    case "rt":
      return `r[${ir.i}]`;
    case "slot":
      return `v${ir.i}`;
    case "add":
      return `(${ir.a.map(toCode).join("+")})`;
    case "mul":
      return `(${ir.a.map(toCode).join("*")})`;
    case "min":
      return `Math.min(${ir.a.map(toCode).join(",")})`;
    case "max":
      return `Math.max(${ir.a.map(toCode).join(",")})`;
    case "and":
      return `(${ir.a.map((a) => `${toCode(a)}!==0`).join("&&")}?1:0)`;
    case "or":
      return `(${ir.a.map((a) => `${toCode(a)}!==0`).join("||")}?1:0)`;
    case "sub":
      return `(${toCode(ir.l)}-${toCode(ir.r)})`;
    case "div":
      return `(${toCode(ir.l)}/${toCode(ir.r)})`;
    case "pow":
      return `Math.pow(${toCode(ir.l)},${toCode(ir.r)})`;
    case "mod":
      return `md(${toCode(ir.l)},${toCode(ir.r)})`;
    case "ru":
      return `ru(${toCode(ir.x)})`;
    case "not":
      return `(${toCode(ir.x)}===0?1:0)`;
    case "if":
      return `(${toCode(ir.c)}!==0?${toCode(ir.th)}:${toCode(ir.el)})`;
    case "cmp": {
      const l = toCode(ir.l);
      const r = toCode(ir.r);
      switch (ir.rel) {
        case "<":
          return `lt(${l},${r})`;
        case "<=":
          return `le(${l},${r})`;
        case ">":
          return `lt(${r},${l})`;
        case ">=":
          return `le(${r},${l})`;
        case "=":
          return `eq(${l},${r})`;
        default:
          return `(1-eq(${l},${r}))`;
      }
    }
  }
}

type Fn = (x: Float64Array, r: Float64Array, v: Float64Array) => number;

function toClosure(ir: IR): Fn {
  if (typeof ir === "number") return () => ir;
  if (typeof ir === "string") throw modelError(`text "${ir}" left in a compiled expression`);
  switch (ir.t) {
    case "in": {
      const i = ir.i;
      return (x) => x[i];
    }
    case "rt": {
      const i = ir.i;
      return (_x, r) => r[i];
    }
    case "slot": {
      const i = ir.i;
      return (_x, _r, v) => v[i];
    }
    case "add":
    case "mul":
    case "min":
    case "max":
    case "and":
    case "or": {
      const fs = ir.a.map(toClosure);
      const first = fs[0];
      const rest = fs.slice(1);
      switch (ir.t) {
        case "add":
          return (x, r, v) => {
            let acc = first(x, r, v);
            for (const f of rest) acc = acc + f(x, r, v);
            return acc;
          };
        case "mul":
          return (x, r, v) => {
            let acc = first(x, r, v);
            for (const f of rest) acc = acc * f(x, r, v);
            return acc;
          };
        case "min":
          return (x, r, v) => Math.min(...fs.map((f) => f(x, r, v)));
        case "max":
          return (x, r, v) => Math.max(...fs.map((f) => f(x, r, v)));
        case "and":
          return (x, r, v) => (fs.every((f) => f(x, r, v) !== 0) ? 1 : 0);
        default:
          return (x, r, v) => (fs.some((f) => f(x, r, v) !== 0) ? 1 : 0);
      }
    }
    case "sub": {
      const l = toClosure(ir.l);
      const r = toClosure(ir.r);
      return (x, q, v) => l(x, q, v) - r(x, q, v);
    }
    case "div": {
      const l = toClosure(ir.l);
      const r = toClosure(ir.r);
      return (x, q, v) => l(x, q, v) / r(x, q, v);
    }
    case "pow": {
      const l = toClosure(ir.l);
      const r = toClosure(ir.r);
      return (x, q, v) => Math.pow(l(x, q, v), r(x, q, v));
    }
    case "mod": {
      const l = toClosure(ir.l);
      const r = toClosure(ir.r);
      return (x, q, v) => fMod(l(x, q, v), r(x, q, v));
    }
    case "ru": {
      const f = toClosure(ir.x);
      return (x, r, v) => fRoundup(f(x, r, v));
    }
    case "not": {
      const f = toClosure(ir.x);
      return (x, r, v) => (f(x, r, v) === 0 ? 1 : 0);
    }
    case "if": {
      const c = toClosure(ir.c);
      const th = toClosure(ir.th);
      const el = toClosure(ir.el);
      return (x, r, v) => (c(x, r, v) !== 0 ? th(x, r, v) : el(x, r, v));
    }
    case "cmp": {
      const l = toClosure(ir.l);
      const r = toClosure(ir.r);
      const rel = ir.rel;
      return (x, q, v) => fCmp(rel, l(x, q, v), r(x, q, v));
    }
  }
}

function visitSlots(ir: IR, out: (slot: number) => void): void {
  if (typeof ir !== "object") return;
  switch (ir.t) {
    case "slot":
      out(ir.i);
      return;
    case "in":
    case "rt":
      return;
    case "add":
    case "mul":
    case "min":
    case "max":
    case "and":
    case "or":
      for (const a of ir.a) visitSlots(a, out);
      return;
    case "ru":
    case "not":
      visitSlots(ir.x, out);
      return;
    case "if":
      visitSlots(ir.c, out);
      visitSlots(ir.th, out);
      visitSlots(ir.el, out);
      return;
    default:
      visitSlots(ir.l, out);
      visitSlots(ir.r, out);
  }
}

// ── The model ──
const TIMING_FLAG: Readonly<Record<LineItem["timing"], string>> = { oneOff: "flagOneOff", recurring: "flagRecurring", schedule: "flagInHorizon" };
const ESCALATION_ROW: Readonly<Record<LineItem["escalation"], string | null>> = { salary: "indexSalary", cpi: "indexCpi", price: "indexPrice", none: null };

/** Output positions of one path: its cost before contingency, Y1 before contingency, and the contingency bases. */
export interface PathOutputs {
  /** Σ of every line over Y0…YN (before contingency). */
  readonly base: number;
  /** Σ of every line in Y1 (before contingency). */
  readonly y1: number;
  /** Σ of the metered lines (contingency base at the infrastructure/licensing rate). */
  readonly metered: number;
  /** Σ of the labour lines (contingency base at the development rate). */
  readonly labour: number;
  /** With `detail`: the line totals over Y0…YN, by COST_LINES order. */
  readonly lineTotals?: readonly number[];
  /** With `detail`: every line in every year, [line][year]. */
  readonly lineYears?: readonly (readonly number[])[];
}

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
  readonly backend: "function" | "closure";
  /** Number of computed (non-constant) values per run. */
  readonly statements: number;
}

export interface FastModelOptions {
  /** Requirement keys (numeric values only) that vary between runs. */
  readonly variableInputs: readonly string[];
  /** Rate keys that vary between runs. */
  readonly variableRates: readonly string[];
  /** Also output every line in every year (tests and exposure weights). */
  readonly detail?: boolean;
  /** Force a backend (tests); by default code generation, closures where it is not allowed. */
  readonly backend?: "function" | "closure";
}

function inputConst(value: unknown): Const {
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "number" || typeof value === "string") return value;
  throw modelError(`input value ${String(value)}`);
}

/** Partially evaluates the whole model for one set of requirements and rates, and compiles what varies. */
export function compileFastModel(req: Requirements, entries: readonly RateCardEntry[], options: FastModelOptions): FastModel {
  const horizon = req.horizonYears as number;
  const inputKeys = options.variableInputs.filter((k) => typeof req[k as keyof Requirements] === "number");
  const inputIndex = new Map(inputKeys.map((k, i) => [k, i]));
  const rateValues = new Map<string, number>();
  for (const e of entries) rateValues.set(e.key, effectiveRate(e, req).toNumber());
  const rateKeys = options.variableRates.filter((k) => rateValues.has(k));
  const rateIndex = new Map(rateKeys.map((k, i) => [k, i]));

  const statements: { slot: number; ir: IR }[] = [];
  const slotFor = (ir: IR): IR => {
    if (typeof ir !== "object" || ir.t === "in" || ir.t === "rt" || ir.t === "slot") return ir;
    const slot = statements.length;
    statements.push({ slot, ir });
    return { t: "slot", i: slot };
  };
  const input = (key: string): IR => {
    const i = inputIndex.get(key);
    if (i !== undefined) return { t: "in", i };
    if (!(key in req)) throw modelError(`unknown input "${key}"`);
    return inputConst(req[key as keyof Requirements]);
  };
  const rate = (key: string): IR => {
    const i = rateIndex.get(key);
    if (i !== undefined) return { t: "rt", i };
    const v = rateValues.get(key);
    if (v === undefined) throw modelError(`unknown rate "${key}"`);
    return v;
  };

  const sizing: Map<string, IR>[] = [];
  const sizingOf = (key: string, y: number): IR => {
    const v = sizing[y].get(key);
    if (v === undefined) throw modelError(`unknown sizing row "${key}"`);
    return v;
  };
  for (let t = 0; t <= horizon; t++) {
    const values = new Map<string, IR>();
    sizing.push(values);
    const env: PeEnv = {
      year: t,
      input,
      rate,
      sizing: sizingOf,
      line: () => {
        throw modelError("a sizing row cannot refer to a line");
      },
    };
    for (const row of SIZING_ROWS) values.set(row.key, slotFor(pe(row.expr, env)));
  }
  const sizingAt = (key: string, t: number): IR => sizing[t].get(key)!;

  const pathLines = {} as Record<PathId, IR[][]>;
  for (const path of PATH_IDS) {
    const lineValues = new Map<string, IR[]>();
    const all: IR[][] = [];
    for (const item of COST_LINES) {
      const expr = item.amount[path];
      const values: IR[] = [];
      for (let t = 0; t <= horizon; t++) {
        const flag = sizingAt(TIMING_FLAG[item.timing], t);
        if (!expr || flag === 0) {
          values.push(0);
          continue;
        }
        const env: PeEnv = {
          year: t,
          input,
          rate,
          sizing: sizingOf,
          line: (id, atY0) => {
            const v = lineValues.get(id);
            if (!v) throw modelError(`line "${item.id}" refers to "${id}", which is not above it`);
            return v[atY0 ? 0 : t];
          },
        };
        const index = ESCALATION_ROW[item.escalation];
        const parts: IR[] = [flag, pe(expr, env)];
        if (index) parts.push(sizingAt(index, t));
        values.push(slotFor(nary("mul", parts)));
      }
      lineValues.set(item.id, values);
      all.push(values);
    }
    pathLines[path] = all;
  }

  // Outputs.
  const outputs: IR[] = [];
  const out = (ir: IR): number => outputs.push(ir) - 1;
  const layout = {} as Record<PathId, PathOutputs>;
  for (const path of PATH_IDS) {
    const lines = pathLines[path];
    const sumYears = (values: IR[]): IR => nary("add", values);
    const totals = lines.map(sumYears);
    const detailTotals = options.detail ? totals.map((ir) => out(slotFor(ir))) : undefined;
    const detailYears = options.detail ? lines.map((values) => values.map((ir) => out(ir))) : undefined;
    const totalsAsSlots = detailTotals ? detailTotals.map((i) => outputs[i]) : totals;
    const of = (cls: string) => nary("add", totalsAsSlots.filter((_, i) => COST_LINES[i].contingency === cls));
    layout[path] = {
      base: out(nary("add", totalsAsSlots)),
      y1: out(nary("add", lines.map((values) => values[1] ?? 0))),
      metered: out(of("metered")),
      labour: out(of("labour")),
      ...(detailTotals ? { lineTotals: detailTotals, lineYears: detailYears } : {}),
    };
  }

  // Keep only the statements an output needs.
  const needed = new Uint8Array(statements.length);
  const mark = (ir: IR): void =>
    visitSlots(ir, (s) => {
      if (needed[s]) return;
      needed[s] = 1;
      mark(statements[s].ir);
    });
  outputs.forEach(mark);
  const live = statements.filter((s) => needed[s.slot]);

  const backend = options.backend ?? (canGenerateCode() ? "function" : "closure");
  let run: FastModel["run"];
  if (backend === "function") {
    const body = [
      ...live.map((s) => `const v${s.slot}=${toCode(s.ir)};`),
      ...outputs.map((ir, i) => `out[${i}]=${toCode(ir)};`),
    ].join("\n");
    const factory = new Function(`"use strict";${HELPERS_SOURCE}\nreturn function run(x, r, out) {\n${body}\n};`) as () => FastModel["run"];
    run = factory();
  } else {
    const slots = new Float64Array(statements.length);
    const steps = live.map((s) => ({ slot: s.slot, fn: toClosure(s.ir) }));
    const outFns = outputs.map(toClosure);
    run = (x, r, o) => {
      for (const s of steps) slots[s.slot] = s.fn(x, r, slots);
      for (let i = 0; i < outFns.length; i++) o[i] = outFns[i](x, r, slots);
    };
  }

  return {
    inputKeys,
    rateKeys,
    baseInputs: Float64Array.from(inputKeys, (k) => req[k as keyof Requirements] as number),
    baseRates: Float64Array.from(rateKeys, (k) => rateValues.get(k)!),
    outputCount: outputs.length,
    outputs: layout,
    run,
    backend,
    statements: live.length,
  };
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
