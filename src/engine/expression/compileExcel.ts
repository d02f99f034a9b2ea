import type { Expr } from "./Expr";
import { foldExpr, type ExprCases } from "./foldExpr";

/** How compiled formulas refer to cells: names for inputs and rates, addresses for sizing and lines. */
export interface ExcelRefs {
  input(key: string): string;
  rate(key: string): string;
  /** The sizing cell `lag` window years before the formula's own year (the resolver clamps at window year 1). */
  sizing(key: string, lag: number): string;
  line(id: string): string;
  /** The cell holding the year index t of the formula's column. */
  year(): string;
}

function quoteText(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

const list = (xs: readonly Expr[], go: (e: Expr) => string): string => xs.map(go).join(",");

const EXCEL_CASES: ExprCases<string, ExcelRefs> = {
  num: (node) => (node.value.startsWith("-") ? `(${node.value})` : node.value),
  text: (node) => quoteText(node.value),
  input: (node, _go, refs) => refs.input(node.key),
  rate: (node, _go, refs) => refs.rate(node.key),
  sizing: (node, _go, refs) => refs.sizing(node.key, node.lag ?? 0),
  line: (node, _go, refs) => refs.line(node.id),
  year: (_node, _go, refs) => refs.year(),
  add: (node, go) => (node.args.length === 0 ? "0" : `(${node.args.map(go).join("+")})`),
  mul: (node, go) => (node.args.length === 0 ? "1" : `(${node.args.map(go).join("*")})`),
  min: (node, go) => `MIN(${list(node.args, go)})`,
  max: (node, go) => `MAX(${list(node.args, go)})`,
  sub: (node, go) => `(${go(node.left)}-${go(node.right)})`,
  div: (node, go) => `(${go(node.left)}/${go(node.right)})`,
  pow: (node, go) => `POWER(${go(node.left)},${go(node.right)})`,
  mod: (node, go) => `MOD(${go(node.left)},${go(node.right)})`,
  roundup: (node, go) => `ROUNDUP(${go(node.arg)},0)`,
  cmp: (node, go) => `(${go(node.left)}${node.rel}${go(node.right)})`,
  and: (node, go) => `AND(${list(node.args, go)})`,
  or: (node, go) => `OR(${list(node.args, go)})`,
  not: (node, go) => `NOT(${go(node.arg)})`,
  if: (node, go) => `IF(${go(node.cond)},${go(node.then)},${go(node.else)})`,
  override: (node, go, refs) => {
    const ref = refs.input(node.key);
    return `IF(ISNUMBER(${ref}),${ref},${go(node.auto)})`;
  },
};

/**
 * Compiles an expression to an Excel formula body (without the leading "="). Every function used is a
 * built-in that LibreOffice computes too; nothing volatile.
 */
export function compileExcel(expr: Expr, refs: ExcelRefs): string {
  return foldExpr(expr, EXCEL_CASES, refs);
}
