import { PATHS } from "../budget/paths";
import type { Language } from "../workbook/WorkbookPlan";
import type { BudgetOption } from "./BudgetOption";

/** The three paths as options: no overrides, named in the user's language, ids equal to the path ids. */
export function defaultOptions(language: Language = "en-US"): BudgetOption[] {
  return PATHS.map((p) => ({ id: p.id, name: language === "zh-CN" ? p.label.zh : p.label.en, path: p.id, inputs: {}, rates: {} }));
}
