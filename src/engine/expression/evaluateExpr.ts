import { Decimal, ONE, ZERO } from "../decimal";
import type { Expr } from "./Expr";
import { foldExpr, type ExprCases } from "./foldExpr";

/** A value inside an expression: a number, or text for choice inputs compared with = and <>. */
export type ExprValue = Decimal | string;

/** Where an expression's references come from, for one path and one year. */
export interface EvalContext {
  readonly year: number;
  /** Requirement value: numbers and booleans (1/0) as Decimal, choices as text, overrides as Decimal or "auto". */
  input(key: string): ExprValue;
  /** Effective rate in the budget currency (or the parameter's own unit). */
  rate(key: string): Decimal;
  sizing(key: string, year: number): Decimal;
  line(id: string): Decimal;
}

function asNumber(v: ExprValue, where: string): Decimal {
  if (typeof v === "string") throw new Error(`Model error: text "${v}" used as a number in ${where}`);
  return v;
}

const truth = (b: boolean): Decimal => (b ? ONE : ZERO);

function compare(rel: string, a: ExprValue, b: ExprValue): boolean {
  if (typeof a === "string" || typeof b === "string") {
    // Excel compares text case-insensitively; text never equals a number.
    const eq = typeof a === "string" && typeof b === "string" ? a.toLowerCase() === b.toLowerCase() : false;
    if (rel === "=") return eq;
    if (rel === "<>") return !eq;
    throw new Error(`Model error: text compared with ${rel}`);
  }
  const c = a.comparedTo(b);
  switch (rel) {
    case "<":
      return c < 0;
    case "<=":
      return c <= 0;
    case ">":
      return c > 0;
    case ">=":
      return c >= 0;
    case "=":
      return c === 0;
    default:
      return c !== 0;
  }
}

/** Parsed literals, kept per node: models are evaluated many times (years, paths, Monte Carlo). */
const literals = new WeakMap<Expr, Decimal>();

function literal(expr: Expr & { op: "num" }): Decimal {
  let d = literals.get(expr);
  if (d === undefined) {
    d = new Decimal(expr.value);
    literals.set(expr, d);
  }
  return d;
}

const YEARS: Decimal[] = [];
const yearValue = (y: number): Decimal => (YEARS[y] ??= new Decimal(y));

function numberOf(v: ExprValue, where: string): Decimal {
  return typeof v === "string" ? asNumber(v, where) : v;
}

/** min/max over Decimal values, as Excel's MIN and MAX. */
function extreme(op: "min" | "max", args: readonly Expr[], go: (e: Expr) => ExprValue): Decimal {
  let best = numberOf(go(args[0]), op);
  for (let i = 1; i < args.length; i++) {
    const v = numberOf(go(args[i]), op);
    if (op === "min" ? v.lessThan(best) : v.greaterThan(best)) best = v;
  }
  return best;
}

/** Excel's AND and OR evaluate every argument, so an error in a later one is never hidden. */
function logic(op: "and" | "or", args: readonly Expr[], go: (e: Expr) => ExprValue): Decimal {
  const truths = args.map((a) => !numberOf(go(a), op).isZero());
  return truth(op === "and" ? truths.every(Boolean) : truths.some(Boolean));
}

const DECIMAL_CASES: ExprCases<ExprValue, EvalContext> = {
  num: (node) => literal(node),
  text: (node) => node.value,
  input: (node, _go, ctx) => ctx.input(node.key),
  rate: (node, _go, ctx) => ctx.rate(node.key),
  sizing: (node, _go, ctx) => ctx.sizing(node.key, Math.max(1, ctx.year - (node.lag ?? 0))),
  line: (node, _go, ctx) => ctx.line(node.id),
  year: (_node, _go, ctx) => yearValue(ctx.year),
  // Every argument is evaluated (an error in any one shows, as in Excel); adding 0 or multiplying by 1 or 0 is
  // skipped, which is exact: every value is already rounded to the working precision.
  add: (node, go) => {
    let acc = ZERO;
    for (const a of node.args) {
      const v = numberOf(go(a), "add");
      if (!v.isZero()) acc = acc.isZero() ? v : acc.plus(v);
    }
    return acc;
  },
  mul: (node, go) => {
    let acc = ONE;
    for (const a of node.args) {
      const v = numberOf(go(a), "mul");
      if (acc.isZero() || v.eq(ONE)) continue;
      acc = v.isZero() || acc.eq(ONE) ? v : acc.times(v);
    }
    return acc;
  },
  min: (node, go) => extreme("min", node.args, go),
  max: (node, go) => extreme("max", node.args, go),
  sub: (node, go) => numberOf(go(node.left), "sub").minus(numberOf(go(node.right), "sub")),
  div: (node, go) => {
    const left = numberOf(go(node.left), "div");
    const d = numberOf(go(node.right), "div");
    if (d.isZero()) throw new Error("Model error: division by zero");
    return left.dividedBy(d);
  },
  pow: (node, go) => numberOf(go(node.left), "pow").pow(numberOf(go(node.right), "pow")),
  mod: (node, go) => {
    // Excel's MOD takes the sign of the divisor.
    const a = numberOf(go(node.left), "mod");
    const b = numberOf(go(node.right), "mod");
    if (b.isZero()) throw new Error("Model error: MOD by zero");
    return a.minus(b.times(a.dividedBy(b).floor()));
  },
  roundup: (node, go) => {
    // Excel's ROUNDUP(x, 0) rounds away from zero.
    const x = numberOf(go(node.arg), "roundup");
    return x.isNegative() ? x.floor() : x.ceil();
  },
  cmp: (node, go) => truth(compare(node.rel, go(node.left), go(node.right))),
  and: (node, go) => logic("and", node.args, go),
  or: (node, go) => logic("or", node.args, go),
  not: (node, go) => truth(numberOf(go(node.arg), "not").isZero()),
  // IF is lazy, as in Excel: only the branch taken is evaluated.
  if: (node, go) => (numberOf(go(node.cond), "if").isZero() ? go(node.else) : go(node.then)),
  override: (node, go, ctx) => {
    const v = ctx.input(node.key);
    return typeof v === "string" ? go(node.auto) : v;
  },
};

/** Evaluates an expression with decimal.js, exactly as the compiled Excel formula computes it. */
export function evaluateExpr(expr: Expr, ctx: EvalContext): ExprValue {
  return foldExpr(expr, DECIMAL_CASES, ctx);
}

export function evaluateNumber(expr: Expr, ctx: EvalContext): Decimal {
  return numberOf(evaluateExpr(expr, ctx), expr.op);
}
