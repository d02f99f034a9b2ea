import type { PathBudget } from "../budget/BudgetResult";

/** Options (or paths) lowest TCO first; equal TCOs keep their given order, so a ranking never flickers. */
export function rankByTco<T extends { readonly budget: PathBudget }>(budgets: readonly T[]): T[] {
  return [...budgets].sort((a, b) => a.budget.tco.comparedTo(b.budget.tco));
}
