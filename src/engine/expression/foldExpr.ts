import type { Expr } from "./Expr";

export type ExprOp = Expr["op"];
/** The node type of an operator (several operators share one shape, e.g. add/mul/min/max). */
export type ExprNode<K extends ExprOp> = Expr extends infer X ? (X extends { readonly op: infer O } ? (K extends O ? X : never) : never) : never;

/** Folds a child node; a case calls it only for the children it needs (IF takes one branch). */
export type Recurse<T> = (child: Expr) => T;

/**
 * One case per operator. Adding an operator to `Expr` makes every complete set of cases fail to compile
 * until it handles the new operator, so no backend can forget it.
 */
export type ExprCases<T, E> = { readonly [K in ExprOp]: (node: ExprNode<K>, go: Recurse<T>, env: E) => T };

/** Cases for a few operators, and one `otherwise` for the rest, which receives the node's children. */
export type SomeExprCases<T, E> = Partial<ExprCases<T, E>> & {
  readonly otherwise: (node: Expr, children: readonly Expr[], go: Recurse<T>, env: E) => T;
};

/** The children of a node, in the order Excel evaluates them. */
export function childrenOf(expr: Expr): readonly Expr[] {
  switch (expr.op) {
    case "num":
    case "text":
    case "input":
    case "rate":
    case "sizing":
    case "line":
    case "year":
      return [];
    case "add":
    case "mul":
    case "min":
    case "max":
    case "and":
    case "or":
      return expr.args;
    case "sub":
    case "div":
    case "pow":
    case "mod":
    case "cmp":
      return [expr.left, expr.right];
    case "roundup":
    case "not":
      return [expr.arg];
    case "if":
      return [expr.cond, expr.then, expr.else];
    case "override":
      return [expr.auto];
  }
}

type AnyCase<T, E> = (node: Expr, go: Recurse<T>, env: E) => T;

/** One fold in progress: the cases, the environment, and the recursion handed to every case. */
class Folder<T, E> {
  readonly go: Recurse<T>;
  constructor(
    private readonly c: Partial<Record<ExprOp, AnyCase<T, E>>> & Partial<SomeExprCases<T, E>>,
    private readonly env: E,
  ) {
    // Bound once per fold, not re-created per node.
    this.go = this.visit.bind(this);
  }

  private caseOf(node: Expr): AnyCase<T, E> | undefined {
    const c = this.c;
    switch (node.op) {
      case "num": return c.num;
      case "text": return c.text;
      case "input": return c.input;
      case "rate": return c.rate;
      case "sizing": return c.sizing;
      case "line": return c.line;
      case "year": return c.year;
      case "add": return c.add;
      case "mul": return c.mul;
      case "min": return c.min;
      case "max": return c.max;
      case "sub": return c.sub;
      case "div": return c.div;
      case "pow": return c.pow;
      case "mod": return c.mod;
      case "roundup": return c.roundup;
      case "cmp": return c.cmp;
      case "and": return c.and;
      case "or": return c.or;
      case "not": return c.not;
      case "if": return c.if;
      case "override": return c.override;
    }
  }

  visit(node: Expr): T {
    const own = this.caseOf(node);
    return own ? own(node, this.go, this.env) : this.c.otherwise!(node, childrenOf(node), this.go, this.env);
  }
}

/**
 * The one walker over expressions: evaluation (decimal), Excel compilation, the fast model's partial
 * evaluation and reference collection are all sets of cases given to this fold.
 */
export function foldExpr<T, E>(expr: Expr, cases: ExprCases<T, E> | SomeExprCases<T, E>, env: E): T {
  return new Folder<T, E>(cases as Partial<Record<ExprOp, AnyCase<T, E>>> & Partial<SomeExprCases<T, E>>, env).visit(expr);
}
