import type { ContingencyClass } from "../budget/BudgetResult";
import type { CategoryId } from "../budget/categories";
import type { PathId } from "../budget/paths";
import type { Expr } from "../expression/Expr";

/** Which years a line can have cash in: Y0 only, Y1…YN, or any year its expression picks. */
export type LineTiming = "oneOff" | "recurring" | "schedule";

/** The one index a line escalates by, from Y1 prices: (1+g)^(t−1). */
export type EscalationIndex = "salary" | "cpi" | "price" | "none";

/**
 * A budget line, defined once: evaluated by the engine and compiled into the budget sheets' formulas.
 * Year value = timing flag × amount × escalation index. A path without an amount has the line at 0.
 */
export interface LineItem {
  readonly id: string;
  readonly category: CategoryId;
  readonly label: { readonly en: string; readonly zh: string };
  readonly consideration: { readonly en: string; readonly zh: string };
  readonly timing: LineTiming;
  readonly capex: boolean;
  readonly escalation: EscalationIndex;
  readonly contingency: ContingencyClass;
  readonly amount: Readonly<Partial<Record<PathId, Expr>>>;
}
