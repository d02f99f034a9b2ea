import type { Expr } from "../expression/Expr";
import { childrenOf, foldExpr, type SomeExprCases } from "../expression/foldExpr";
import { SIZING_ROWS } from "../sizing/sizingRows";
import { COST_LINES } from "./costLines";

const ROW_BY_KEY: ReadonlyMap<string, Expr> = new Map(SIZING_ROWS.map((r) => [r.key, r.expr]));

const intersect = (sets: readonly ReadonlySet<string>[]): Set<string> =>
  sets.length === 0 ? new Set() : new Set([...sets[0]!].filter((k) => sets.every((s) => s.has(k))));
const union = (sets: readonly ReadonlySet<string>[]): Set<string> => new Set(sets.flatMap((s) => [...s]));

/**
 * The rates that, set to 0, make an expression 0 whatever the other inputs (all of them are ≥ 0): a rate
 * itself, any factor of a product, a numerator, a minimum's argument, what every term of a sum or both branches
 * of an IF share. Sizing rows are followed. Conservative on purpose: a rate counted here is one the model
 * divides by somewhere.
 */
const ZERO_FACTOR_CASES: SomeExprCases<ReadonlySet<string>, Map<string, ReadonlySet<string>>> = {
  rate: (node) => new Set([node.key]),
  mul: (node, go) => union(node.args.map(go)),
  min: (node, go) => union(node.args.map(go)),
  add: (node, go) => intersect(node.args.map(go)),
  max: (node, go) => intersect(node.args.map(go)),
  div: (node, go) => go(node.left),
  pow: (node, go) => go(node.left),
  roundup: (node, go) => go(node.arg),
  if: (node, go) => intersect([go(node.then), go(node.else)]),
  override: (node, go) => go(node.auto),
  sizing: (node, _go, memo) => {
    const known = memo.get(node.key);
    if (known) return known;
    const expr = ROW_BY_KEY.get(node.key);
    const keys = expr ? zeroFactors(expr, memo) : new Set<string>();
    memo.set(node.key, keys);
    return keys;
  },
  otherwise: () => new Set(),
};

function zeroFactors(expr: Expr, memo: Map<string, ReadonlySet<string>>): ReadonlySet<string> {
  return foldExpr(expr, ZERO_FACTOR_CASES, memo);
}

/** Every divisor (right side of a division or MOD) in an expression tree, without following sizing rows. */
function divisors(expr: Expr, out: Expr[] = []): Expr[] {
  if (expr.op === "div" || expr.op === "mod") out.push(expr.right);
  for (const child of childrenOf(expr)) divisors(child, out);
  return out;
}

function collectDivisorRateKeys(): ReadonlySet<string> {
  const memo = new Map<string, ReadonlySet<string>>();
  const trees = [...SIZING_ROWS.map((r) => r.expr), ...COST_LINES.flatMap((l) => Object.values(l.amount).filter((e): e is Expr => e !== undefined))];
  return union(trees.flatMap((t) => divisors(t)).map((d) => zeroFactors(d, memo)));
}

let cached: ReadonlySet<string> | undefined;

/**
 * The rate-card keys that must be > 0 because the model divides by them (vms_per_sre, users_per_support_fte …).
 * Derived from the expressions, so a new divisor is guarded without a list to keep in step.
 */
export function divisorRateKeys(): ReadonlySet<string> {
  cached ??= collectDivisorRateKeys();
  return cached;
}
