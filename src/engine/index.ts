/** The engine's public surface: every adapter imports from here. */
export { computeBudget, type ComputeOptions } from "./budget/computeBudget";
export type { BudgetResult, PathBudget, LineResult, ContingencyClass } from "./budget/BudgetResult";
export { CATEGORIES, CATEGORY_IDS, type CategoryId } from "./budget/categories";
export { PATHS, PATH_IDS, parsePathId, type PathId } from "./budget/paths";
export { EngineError, isEngineError, type EngineErrorCode } from "./EngineError";
export { REQUIREMENT_SPECS, type RequirementKey } from "./requirements/requirementSpecs";
export type { RequirementSpec, RequirementValue } from "./requirements/RequirementSpec";
export type { Requirements } from "./requirements/Requirements";
export { validateRequirements, parseRequirements, defaultRequirements, allowedText, requirementSpec } from "./requirements/validateRequirements";
export { RATE_CARD_ENTRIES, RATE_CARD_AS_OF } from "./rateCard/rateCardEntries";
export type { RateCardEntry, EvidenceStatus } from "./rateCard/RateCardEntry";
export { rateEntry, defaultRateValue, type RateOverrides } from "./rateCard/rateCard";
export { COST_LINES } from "./lines/costLines";
export { SIZING_ROWS } from "./sizing/sizingRows";
export { buildWorkbookPlan, type PlanOptions } from "./workbook/buildWorkbookPlan";
export type { WorkbookPlan, SheetPlan, CellPlan, Language } from "./workbook/WorkbookPlan";
export { ENGINE_VERSION } from "./version";
