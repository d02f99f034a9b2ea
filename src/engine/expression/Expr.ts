/**
 * A cost or sizing formula as data. The engine evaluates it with decimal.js (evaluateExpr) and the workbook
 * plan compiles the same tree to an Excel formula (compileExcel), so the sheet and the engine cannot drift.
 */
export type Expr =
  | { readonly op: "num"; readonly value: string }
  | { readonly op: "text"; readonly value: string }
  | { readonly op: "input"; readonly key: string }
  | { readonly op: "rate"; readonly key: string }
  /** A sizing row in the same window year, or `lag` years earlier (clamped to the first window year). */
  | { readonly op: "sizing"; readonly key: string; readonly lag?: number }
  /** Another line's amount for the same path and window year, before escalation. Must come earlier in the list. */
  | { readonly op: "line"; readonly id: string }
  /** The window year w: 1 for the project's first twelve months, 2 for the next … */
  | { readonly op: "year" }
  | { readonly op: "add" | "mul" | "min" | "max"; readonly args: readonly Expr[] }
  | { readonly op: "sub" | "div" | "pow" | "mod"; readonly left: Expr; readonly right: Expr }
  | { readonly op: "roundup"; readonly arg: Expr }
  | { readonly op: "cmp"; readonly rel: "<" | "<=" | ">" | ">=" | "=" | "<>"; readonly left: Expr; readonly right: Expr }
  | { readonly op: "and" | "or"; readonly args: readonly Expr[] }
  | { readonly op: "not"; readonly arg: Expr }
  | { readonly op: "if"; readonly cond: Expr; readonly then: Expr; readonly else: Expr }
  /** A requirement that is "auto" or a number: the number if given, else the derived expression. */
  | { readonly op: "override"; readonly key: string; readonly auto: Expr };
