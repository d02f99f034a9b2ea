import type { Expr } from "../../expression/Expr";
import { foldExpr, type ExprCases } from "../../expression/foldExpr";
import { binary, compare, logical, nary, notOf, roundupOf } from "./constantFolding";
import { asNum, type IR } from "./ir";

/** Where a partial evaluation takes its references from, for one year. */
export interface PeEnv {
  readonly year: number;
  input(key: string): IR;
  rate(key: string): IR;
  sizing(key: string, year: number): IR;
  line(id: string): IR;
}

const PE_CASES: ExprCases<IR, PeEnv> = {
  num: (node) => Number(node.value),
  text: (node) => node.value,
  input: (node, _go, env) => env.input(node.key),
  rate: (node, _go, env) => env.rate(node.key),
  sizing: (node, _go, env) => env.sizing(node.key, Math.max(1, env.year - (node.lag ?? 0))),
  line: (node, _go, env) => env.line(node.id),
  year: (_node, _go, env) => env.year,
  add: (node, go) => nary("add", node.args.map(go)),
  mul: (node, go) => nary("mul", node.args.map(go)),
  min: (node, go) => nary("min", node.args.map(go)),
  max: (node, go) => nary("max", node.args.map(go)),
  sub: (node, go) => binary("sub", go(node.left), go(node.right)),
  div: (node, go) => binary("div", go(node.left), go(node.right)),
  pow: (node, go) => binary("pow", go(node.left), go(node.right)),
  mod: (node, go) => binary("mod", go(node.left), go(node.right)),
  roundup: (node, go) => roundupOf(go(node.arg)),
  cmp: (node, go) => compare(node.rel, go(node.left), go(node.right)),
  and: (node, go) => logical("and", node.args.map(go)),
  or: (node, go) => logical("or", node.args.map(go)),
  not: (node, go) => notOf(go(node.arg)),
  if: (node, go) => {
    const c = asNum(go(node.cond), "IF");
    if (typeof c === "number") return c !== 0 ? go(node.then) : go(node.else);
    return { t: "if", c, th: asNum(go(node.then), "IF"), el: asNum(go(node.else), "IF") };
  },
  override: (node, go, env) => {
    const v = env.input(node.key);
    return typeof v === "string" ? go(node.auto) : v;
  },
};

/** Evaluates what is known now and leaves IR for what varies between runs. */
export function partialEvaluate(expr: Expr, env: PeEnv): IR {
  return foldExpr(expr, PE_CASES, env);
}
