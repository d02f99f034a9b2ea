import { foldExpr, type SomeExprCases } from "../expression/foldExpr";
import { rateEntry } from "../rateCard/rateCard";
import { SIZING_ROWS } from "../sizing/sizingRows";
import { COST_LINES } from "./costLines";
import type { PathId } from "../budget/paths";

interface Collector {
  readonly path: PathId;
  readonly out: Set<string>;
  readonly seenSizing: Set<string>;
  readonly seenLines: Set<string>;
}

/** Follows rates, sizing rows and lines; every other node just visits its children. */
const PRICE_KEY_CASES: SomeExprCases<void, Collector> = {
  rate: (node, _go, c) => {
    if (rateEntry(node.key).kind === "price") c.out.add(node.key);
  },
  sizing: (node, go, c) => {
    if (c.seenSizing.has(node.key)) return;
    c.seenSizing.add(node.key);
    const row = SIZING_ROWS.find((r) => r.key === node.key);
    if (row) go(row.expr);
  },
  line: (node, go, c) => {
    if (c.seenLines.has(node.id)) return;
    c.seenLines.add(node.id);
    const amount = COST_LINES.find((l) => l.id === node.id)?.amount[c.path];
    if (amount) go(amount);
  },
  otherwise: (_node, children, go) => children.forEach(go),
};

/**
 * The unit prices (rate-card entries of kind "price") a line's amount rests on for a path, directly or
 * through the sizing rows and lines it uses. A line "rests on estimates" when any of them is EST or SEEN-2nd.
 */
export function linePriceKeys(lineId: string, path: PathId): readonly string[] {
  const amount = COST_LINES.find((l) => l.id === lineId)?.amount[path];
  const out = new Set<string>();
  if (amount) foldExpr(amount, PRICE_KEY_CASES, { path, out, seenSizing: new Set<string>(), seenLines: new Set([lineId]) });
  return [...out].sort();
}

/** Evidence statuses that count as "resting on an estimate or a second-hand price". */
export const WEAK_EVIDENCE: readonly string[] = ["EST", "SEEN-2nd"];
