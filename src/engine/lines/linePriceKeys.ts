import type { Expr } from "../expression/Expr";
import { rateEntry } from "../rateCard/rateCard";
import { SIZING_ROWS } from "../sizing/sizingRows";
import { COST_LINES } from "./costLines";
import type { PathId } from "../budget/paths";

function collect(expr: Expr, path: PathId, out: Set<string>, seenSizing: Set<string>, seenLines: Set<string>): void {
  switch (expr.op) {
    case "rate":
      if (rateEntry(expr.key).kind === "price") out.add(expr.key);
      return;
    case "sizing": {
      if (seenSizing.has(expr.key)) return;
      seenSizing.add(expr.key);
      const row = SIZING_ROWS.find((r) => r.key === expr.key);
      if (row) collect(row.expr, path, out, seenSizing, seenLines);
      return;
    }
    case "line": {
      if (seenLines.has(expr.id)) return;
      seenLines.add(expr.id);
      const amount = COST_LINES.find((l) => l.id === expr.id)?.amount[path];
      if (amount) collect(amount, path, out, seenSizing, seenLines);
      return;
    }
    case "add":
    case "mul":
    case "min":
    case "max":
    case "and":
    case "or":
      for (const a of expr.args) collect(a, path, out, seenSizing, seenLines);
      return;
    case "sub":
    case "div":
    case "pow":
    case "mod":
    case "cmp":
      collect(expr.left, path, out, seenSizing, seenLines);
      collect(expr.right, path, out, seenSizing, seenLines);
      return;
    case "roundup":
    case "not":
      collect(expr.arg, path, out, seenSizing, seenLines);
      return;
    case "if":
      collect(expr.cond, path, out, seenSizing, seenLines);
      collect(expr.then, path, out, seenSizing, seenLines);
      collect(expr.else, path, out, seenSizing, seenLines);
      return;
    case "override":
      collect(expr.auto, path, out, seenSizing, seenLines);
      return;
    default:
      return;
  }
}

/**
 * The unit prices (rate-card entries of kind "price") a line's amount rests on for a path, directly or
 * through the sizing rows and lines it uses. A line "rests on estimates" when any of them is EST or SEEN-2nd.
 */
export function linePriceKeys(lineId: string, path: PathId): readonly string[] {
  const amount = COST_LINES.find((l) => l.id === lineId)?.amount[path];
  const out = new Set<string>();
  if (amount) collect(amount, path, out, new Set(), new Set([lineId]));
  return [...out].sort();
}

/** Evidence statuses that count as "resting on an estimate or a second-hand price". */
export const WEAK_EVIDENCE: readonly string[] = ["EST", "SEEN-2nd"];
