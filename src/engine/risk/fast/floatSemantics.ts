/**
 * Float semantics of the fast model, mirroring the decimal engine: ROUNDUP and comparisons allow a relative
 * 1e-9, so that values exact in decimals (e.g. 6,500 × 1.3 = 8,450) are not pushed over a step by binary
 * rounding. The tolerance is relative only (no absolute floor), so a tiny positive input still counts as
 * above 0. Constant folding, the closures and (as source text) the generated code share these rules.
 */
export type Rel = "<" | "<=" | ">" | ">=" | "=" | "<>";

const TOL = 1e-9;

export function fEq(a: number, b: number): boolean {
  return Math.abs(a - b) <= TOL * Math.max(Math.abs(a), Math.abs(b));
}

export function fRoundup(x: number): number {
  const r = Math.round(x);
  if (Math.abs(x - r) <= TOL * Math.abs(x)) return r;
  return x < 0 ? Math.floor(x) : Math.ceil(x);
}

/** Excel's MOD: the result takes the sign of the divisor. */
export function fMod(a: number, b: number): number {
  return a - b * Math.floor(a / b);
}

export function fCmp(rel: Rel, a: number, b: number): number {
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

/** The same rules as source text, for the generated function. */
export const HELPERS_SOURCE = `
const TOL = 1e-9;
function fEq(a, b) { return Math.abs(a - b) <= TOL * Math.max(Math.abs(a), Math.abs(b)); }
function ru(x) { const r = Math.round(x); if (Math.abs(x - r) <= TOL * Math.abs(x)) return r; return x < 0 ? Math.floor(x) : Math.ceil(x); }
function md(a, b) { return a - b * Math.floor(a / b); }
function lt(a, b) { return a < b && !fEq(a, b) ? 1 : 0; }
function le(a, b) { return a < b || fEq(a, b) ? 1 : 0; }
function eq(a, b) { return fEq(a, b) ? 1 : 0; }
`;
