import type { Expr } from "./Expr";

/** How compiled formulas refer to cells: names for inputs and rates, addresses for sizing and lines. */
export interface ExcelRefs {
  input(key: string): string;
  rate(key: string): string;
  /** The sizing cell `lag` years before the formula's own year (the resolver clamps at Y0). */
  sizing(key: string, lag: number): string;
  line(id: string, atY0: boolean): string;
  /** The cell holding the year index t of the formula's column. */
  year(): string;
}

function quoteText(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/**
 * Compiles an expression to an Excel formula body (without the leading "="). Every function used is a
 * built-in that LibreOffice computes too; nothing volatile.
 */
export function compileExcel(expr: Expr, refs: ExcelRefs): string {
  const c = (x: Expr): string => compileExcel(x, refs);
  const list = (xs: readonly Expr[]): string => xs.map(c).join(",");
  switch (expr.op) {
    case "num":
      return expr.value.startsWith("-") ? `(${expr.value})` : expr.value;
    case "text":
      return quoteText(expr.value);
    case "input":
      return refs.input(expr.key);
    case "rate":
      return refs.rate(expr.key);
    case "sizing":
      return refs.sizing(expr.key, expr.lag ?? 0);
    case "line":
      return refs.line(expr.id, expr.atY0 === true);
    case "year":
      return refs.year();
    case "add":
      return expr.args.length === 0 ? "0" : `(${expr.args.map(c).join("+")})`;
    case "mul":
      return expr.args.length === 0 ? "1" : `(${expr.args.map(c).join("*")})`;
    case "min":
      return `MIN(${list(expr.args)})`;
    case "max":
      return `MAX(${list(expr.args)})`;
    case "sub":
      return `(${c(expr.left)}-${c(expr.right)})`;
    case "div":
      return `(${c(expr.left)}/${c(expr.right)})`;
    case "pow":
      return `POWER(${c(expr.left)},${c(expr.right)})`;
    case "mod":
      return `MOD(${c(expr.left)},${c(expr.right)})`;
    case "roundup":
      return `ROUNDUP(${c(expr.arg)},0)`;
    case "cmp":
      return `(${c(expr.left)}${expr.rel}${c(expr.right)})`;
    case "and":
      return `AND(${list(expr.args)})`;
    case "or":
      return `OR(${list(expr.args)})`;
    case "not":
      return `NOT(${c(expr.arg)})`;
    case "if":
      return `IF(${c(expr.cond)},${c(expr.then)},${c(expr.else)})`;
    case "override": {
      const ref = refs.input(expr.key);
      return `IF(ISNUMBER(${ref}),${ref},${c(expr.auto)})`;
    }
  }
}
