import type { Expr } from "../expression/Expr";
import { childrenOf } from "../expression/foldExpr";
import { COST_LINES } from "../lines/costLines";
import { SIZING_ROWS } from "../sizing/sizingRows";
import type { PathId } from "./paths";

/** True when an expression can differ between window years: it reads the year, or a row or line that does. */
function readsYear(expr: Expr, rowVaries: ReadonlyMap<string, boolean>, lineVaries: ReadonlyMap<string, boolean>): boolean {
  if (expr.op === "year") return true;
  if (expr.op === "sizing") return rowVaries.get(expr.key) !== false;
  if (expr.op === "line") return lineVaries.get(expr.id) !== false;
  return childrenOf(expr).some((c) => readsYear(c, rowVaries, lineVaries));
}

const NO_LINES: ReadonlyMap<string, boolean> = new Map();

/** Sizing rows whose value can change from one window year to the next (growth, escalation, scale steps …). */
const ROW_VARIES: ReadonlyMap<string, boolean> = SIZING_ROWS.reduce((out, row) => out.set(row.key, readsYear(row.expr, out, NO_LINES)), new Map<string, boolean>());

const LINE_VARIES = new Map<PathId, readonly boolean[]>();

/**
 * Inputs and rates are the same in every window year, so a sizing row or line amount that reads neither the
 * year nor anything that does is worked out once and shared by every year: the same value, far fewer
 * decimal operations. Rows and lines refer only to those above them, so one pass in order decides each.
 */
export function sizingRowVaries(key: string): boolean {
  return ROW_VARIES.get(key) !== false;
}

/** Per cost line (in COST_LINES order), whether its amount on `path` can change between window years. */
export function lineAmountVaries(path: PathId): readonly boolean[] {
  let out = LINE_VARIES.get(path);
  if (!out) {
    const byId = new Map<string, boolean>();
    out = COST_LINES.map((l) => {
      const amount = l.amount[path];
      const varies = amount !== undefined && readsYear(amount, ROW_VARIES, byId);
      byId.set(l.id, varies);
      return varies;
    });
    LINE_VARIES.set(path, out);
  }
  return out;
}
