import { PATHS, type PathId } from "../budget/paths";

/** Names the Risk sheet exports (the budget sheets' risk-based contingency and the Checks sheet read them). */
export function riskNames(path: PathId): { contingency: string; flat: string; p80: string; base: string } {
  const excel = PATHS.find((p) => p.id === path)!.excelName;
  return { contingency: `Risk_Contingency_${excel}`, flat: `Risk_FlatContingency_${excel}`, p80: `Risk_P80_${excel}`, base: `Risk_Base_${excel}` };
}
