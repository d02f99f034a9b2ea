import { Decimal, ONE, ZERO } from "../decimal";
import type { Expr } from "./Expr";

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
  line(id: string, atY0: boolean): Decimal;
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

/** Evaluates an expression with decimal.js, exactly as the compiled Excel formula computes it. */
export function evaluateExpr(expr: Expr, ctx: EvalContext): ExprValue {
  switch (expr.op) {
    case "num":
      return literal(expr);
    case "text":
      return expr.value;
    case "input":
      return ctx.input(expr.key);
    case "rate":
      return ctx.rate(expr.key);
    case "sizing":
      return ctx.sizing(expr.key, Math.max(0, ctx.year - (expr.lag ?? 0)));
    case "line":
      return ctx.line(expr.id, expr.atY0 === true);
    case "year":
      return new Decimal(ctx.year);
    case "add": {
      let acc = ZERO;
      for (const a of expr.args) acc = acc.plus(evaluateNumber(a, ctx));
      return acc;
    }
    case "mul": {
      let acc = ONE;
      for (const a of expr.args) acc = acc.times(evaluateNumber(a, ctx));
      return acc;
    }
    case "min":
    case "max": {
      let best = evaluateNumber(expr.args[0], ctx);
      for (let i = 1; i < expr.args.length; i++) {
        const v = evaluateNumber(expr.args[i], ctx);
        if (expr.op === "min" ? v.lessThan(best) : v.greaterThan(best)) best = v;
      }
      return best;
    }
    case "sub":
      return evaluateNumber(expr.left, ctx).minus(evaluateNumber(expr.right, ctx));
    case "div": {
      const d = evaluateNumber(expr.right, ctx);
      if (d.isZero()) throw new Error("Model error: division by zero");
      return evaluateNumber(expr.left, ctx).dividedBy(d);
    }
    case "pow":
      return evaluateNumber(expr.left, ctx).pow(evaluateNumber(expr.right, ctx));
    case "mod": {
      // Excel's MOD takes the sign of the divisor.
      const a = evaluateNumber(expr.left, ctx);
      const b = evaluateNumber(expr.right, ctx);
      if (b.isZero()) throw new Error("Model error: MOD by zero");
      return a.minus(b.times(a.dividedBy(b).floor()));
    }
    case "roundup": {
      // Excel's ROUNDUP(x, 0) rounds away from zero.
      const x = evaluateNumber(expr.arg, ctx);
      return x.isNegative() ? x.floor() : x.ceil();
    }
    case "cmp":
      return truth(compare(expr.rel, evaluateExpr(expr.left, ctx), evaluateExpr(expr.right, ctx)));
    case "and": {
      for (const a of expr.args) if (evaluateNumber(a, ctx).isZero()) return ZERO;
      return ONE;
    }
    case "or": {
      for (const a of expr.args) if (!evaluateNumber(a, ctx).isZero()) return ONE;
      return ZERO;
    }
    case "not":
      return truth(evaluateNumber(expr.arg, ctx).isZero());
    case "if":
      return evaluateNumber(expr.cond, ctx).isZero() ? evaluateExpr(expr.else, ctx) : evaluateExpr(expr.then, ctx);
    case "override": {
      const v = ctx.input(expr.key);
      return typeof v === "string" ? evaluateExpr(expr.auto, ctx) : v;
    }
  }
}

export function evaluateNumber(expr: Expr, ctx: EvalContext): Decimal {
  const v = evaluateExpr(expr, ctx);
  return typeof v === "string" ? asNumber(v, expr.op) : v;
}
