/**
 * A cost or sizing formula as data. The engine evaluates it with decimal.js (evaluateExpr) and the workbook
 * plan compiles the same tree to an Excel formula (compileExcel), so the sheet and the engine cannot drift.
 */
export type Expr =
  | { readonly op: "num"; readonly value: string }
  | { readonly op: "text"; readonly value: string }
  | { readonly op: "input"; readonly key: string }
  | { readonly op: "rate"; readonly key: string }
  /** A sizing row in the same year, or `lag` years earlier (clamped to Y0). */
  | { readonly op: "sizing"; readonly key: string; readonly lag?: number }
  /** Another line of the same path in the same year (or at Y0), after escalation. Must come earlier in the list. */
  | { readonly op: "line"; readonly id: string; readonly atY0?: boolean }
  /** The year index t (0 = one-off year). */
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
