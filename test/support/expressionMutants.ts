import type { Expr } from "../../src/engine/expression/Expr";
import { childrenOf } from "../../src/engine/expression/foldExpr";
import { COST_LINES } from "../../src/engine/lines/costLines";
import { SIZING_ROWS } from "../../src/engine/sizing/sizingRows";

/**
 * Expression-level mutants of the model definitions (StrykerJS does not touch expression-builder calls):
 * MAX↔MIN, + ↔ −, < ↔ <= and > ↔ >= in every cost line and sizing row. A site is one node object; nodes
 * shared by several lines count once, under the first place they appear.
 */
export interface MutationSite {
  readonly name: string;
  readonly swap: string;
  readonly node: Expr;
}

const SWAPS: Readonly<Record<string, string>> = { max: "min", min: "max", add: "sub", sub: "add", "<": "<=", "<=": "<", ">": ">=", ">=": ">" };

function swapOf(node: Expr): string | null {
  if (node.op === "cmp") return SWAPS[node.rel] ? `${node.rel} → ${SWAPS[node.rel]}` : null;
  if (node.op === "add" && node.args.length !== 2) return null; // + of many terms has no single − counterpart
  return SWAPS[node.op] ? `${node.op} → ${SWAPS[node.op]}` : null;
}

export function mutationSites(): MutationSite[] {
  const seen = new Set<Expr>();
  const sites: MutationSite[] = [];
  const visit = (node: Expr, where: string): void => {
    if (seen.has(node)) return;
    seen.add(node);
    const swap = swapOf(node);
    if (swap) sites.push({ name: `${where} #${sites.length}`, swap, node });
    childrenOf(node).forEach((child) => visit(child, where));
  };
  for (const row of SIZING_ROWS) visit(row.expr, `sizing ${row.key}`);
  for (const line of COST_LINES) for (const [path, expr] of Object.entries(line.amount)) if (expr) visit(expr, `line ${line.id} (${path})`);
  return sites;
}

/** Swaps the operator of one site in place (the definitions are plain objects at run time). */
export function applyMutant(index: number): MutationSite {
  const site = mutationSites()[index];
  if (!site) throw new Error(`no expression mutant #${index}`);
  const node = site.node;
  const target = node as unknown as Record<string, unknown>;
  if (node.op === "cmp") target.rel = SWAPS[node.rel];
  else if (node.op === "add") Object.assign(target, { op: "sub", left: node.args[0], right: node.args[1] });
  else if (node.op === "sub") Object.assign(target, { op: "add", args: [node.left, node.right] });
  else target.op = SWAPS[node.op];
  return site;
}
