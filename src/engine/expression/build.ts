import type { Expr } from "./Expr";

/** Small builders so that line items read like the formulas they are. */
export const num = (value: number | string): Expr => ({ op: "num", value: String(value) });
export const text = (value: string): Expr => ({ op: "text", value });
export const input = (key: string): Expr => ({ op: "input", key });
export const rate = (key: string): Expr => ({ op: "rate", key });
export const sizing = (key: string, lag = 0): Expr => (lag ? { op: "sizing", key, lag } : { op: "sizing", key });
export const line = (id: string): Expr => ({ op: "line", id });
export const year: Expr = { op: "year" };
export const ZERO_EXPR: Expr = num(0);

type Arg = Expr | number;
const e = (a: Arg): Expr => (typeof a === "number" ? num(a) : a);

export const add = (...args: Arg[]): Expr => ({ op: "add", args: args.map(e) });
export const mul = (...args: Arg[]): Expr => ({ op: "mul", args: args.map(e) });
export const min = (...args: Arg[]): Expr => ({ op: "min", args: args.map(e) });
export const max = (...args: Arg[]): Expr => ({ op: "max", args: args.map(e) });
export const sub = (left: Arg, right: Arg): Expr => ({ op: "sub", left: e(left), right: e(right) });
export const div = (left: Arg, right: Arg): Expr => ({ op: "div", left: e(left), right: e(right) });
export const pow = (left: Arg, right: Arg): Expr => ({ op: "pow", left: e(left), right: e(right) });
export const mod = (left: Arg, right: Arg): Expr => ({ op: "mod", left: e(left), right: e(right) });
export const roundup = (arg: Arg): Expr => ({ op: "roundup", arg: e(arg) });
export const cmp = (rel: "<" | "<=" | ">" | ">=" | "=" | "<>", left: Arg, right: Arg): Expr => ({ op: "cmp", rel, left: e(left), right: e(right) });
export const and = (...args: Expr[]): Expr => ({ op: "and", args });
export const or = (...args: Expr[]): Expr => ({ op: "or", args });
export const not = (arg: Expr): Expr => ({ op: "not", arg });
export const iff = (cond: Expr, then: Arg, otherwise: Arg): Expr => ({ op: "if", cond, then: e(then), else: e(otherwise) });
export const override = (key: string, auto: Expr): Expr => ({ op: "override", key, auto });
/** x if the condition holds, else 0. */
export const when = (cond: Expr, value: Arg): Expr => iff(cond, value, 0);
/** (x)⁺ = MAX(x, 0). */
export const positive = (x: Arg): Expr => max(x, 0);
/** The rate for the deployment region: a China price list or an international one. */
export const byRegion = (cnRate: string, intlRate: string): Expr => iff(cmp("=", input("deploymentRegion"), text("cn")), rate(cnRate), rate(intlRate));

/**
 * Graduated tiers built from plain nodes (so both backends need nothing special): each unit of `quantity`
 * is priced at its tier's price. Tiers are [upperLimitRateKey | null for unbounded, price].
 */
export function graduated(quantity: Expr, tiers: readonly (readonly [string | null, Expr])[]): Expr {
  const parts: Expr[] = [];
  let lower: Expr = num(0);
  for (const [limitKey, price] of tiers) {
    const upper = limitKey === null ? quantity : min(quantity, rate(limitKey));
    parts.push(mul(positive(sub(upper, lower)), price));
    if (limitKey === null) break;
    lower = rate(limitKey);
  }
  return add(...parts);
}

/** Flat band fees: the fee of the first band whose inclusive upper limit holds the quantity; the last band is open. */
export function banded(quantity: Expr, bands: readonly (readonly [string | null, string])[]): Expr {
  let result: Expr | null = null;
  for (let i = bands.length - 1; i >= 0; i--) {
    const [limitKey, feeKey] = bands[i];
    result = result === null || limitKey === null ? rate(feeKey) : iff(cmp("<=", quantity, rate(limitKey)), rate(feeKey), result);
  }
  return result ?? num(0);
}
