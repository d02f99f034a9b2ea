import { checkAll, checkContext, checkResult, type CheckResult, type ChecksOptions } from "../checks/computeChecks";
import { checksFor, riskRunFeedsTotals, type CheckDefinition } from "../checks/checkDefinitions";
import type { PathId } from "../budget/paths";
import type { OptionBudget } from "./computeOptions";
import { optionRates, optionRequirements } from "./computeOptions";

/** Whether a check speaks about an option on this path: its own path's lines and staffing, or every path's. */
const concerns = (c: CheckDefinition, path: PathId): boolean => c.scope !== "comparison" && (c.scope === undefined || c.scope.includes(path));

/**
 * An option's own checks and warnings, evaluated with its own inputs and rates (the budget computeOptions
 * made): the checks about its path or about every path; a check that compares the paths stays with the
 * comparison. A check that speaks for every path gives its verdict for the option's path alone. Check_All last.
 */
export function optionChecks(raw: Readonly<Record<string, unknown>>, priced: OptionBudget, options: ChecksOptions = {}): CheckResult[] {
  const { option, result } = priced;
  const zh = options.language === "zh-CN";
  const ctx = checkContext(optionRequirements(raw, option), { ...options, rateOverrides: optionRates(options.rateOverrides, option) }, result);
  const results = checksFor(riskRunFeedsTotals(ctx.requirements))
    .filter((c) => concerns(c, option.path))
    .map((c) => checkResult(c, c.evaluatePath ? c.evaluatePath(ctx, option.path) : c.evaluate(ctx), zh));
  results.push(checkAll(results, zh));
  return results;
}
