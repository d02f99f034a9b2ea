import { PATH_IDS } from "../budget/paths";
import type { RateOverrides } from "../rateCard/rateCard";
import { applyRateOverrides } from "../rateCard/rateCard";
import { parseRequirements } from "../requirements/validateRequirements";
import { ENGINE_VERSION } from "../version";
import { buildBudgetSheet } from "./buildBudgetSheet";
import { buildChecksSheet } from "./buildChecksSheet";
import { buildCompareSheet } from "./buildCompareSheet";
import { buildCoverSheet } from "./buildCoverSheet";
import { buildDepreciationSheet } from "./buildDepreciationSheet";
import { buildInputsSheet } from "./buildInputsSheet";
import { buildPhasingSheet } from "./buildPhasingSheet";
import { buildRateCardSheet } from "./buildRateCardSheet";
import type { RiskDriverOverrides } from "../risk/riskDrivers";
import { buildRiskSheet } from "./buildRiskSheet";
import { planRiskRun, type PlanMonteCarlo } from "./planRiskRun";
import { buildSizingSheet } from "./buildSizingSheet";
import { PLAN_FONT } from "./columnWidths";
import { printableSheet } from "./printPlan";
import { checksFor } from "../checks/checkDefinitions";
import type { Language, NamePlan, SheetPlan, WorkbookPlan } from "./WorkbookPlan";

export interface PlanOptions {
  readonly language?: Language;
  readonly rateOverrides?: RateOverrides;
  /** Changes to the risk drivers' ranges (written to the Risk sheet's editable cells). */
  readonly drivers?: RiskDriverOverrides;
  /**
   * The Risk sheet's Monte Carlo values: a result already computed (e.g. by the pane's worker with the same
   * requirements, rates and drivers), trials/seed to compute it here (default 10,000 trials, seed 1), or false.
   */
  readonly monteCarlo?: PlanMonteCarlo;
  /** The date written beside the Monte Carlo values (YYYY-MM-DD); today by default. */
  readonly computedOn?: string;
}

/**
 * The complete budget workbook as data, for the given requirements. Every number outside Inputs and
 * RateCard is a formula compiled from the same line items and sizing rows that computeBudget evaluates.
 */
export function buildWorkbookPlan(raw: Readonly<Record<string, unknown>> = {}, options: PlanOptions = {}): WorkbookPlan {
  const language = options.language ?? "en-US";
  const req = parseRequirements(raw);
  const entries = applyRateOverrides(options.rateOverrides);
  const inputs = buildInputsSheet(req, language);
  const rateCard = buildRateCardSheet(entries, language);
  const budgets = PATH_IDS.map((p) => buildBudgetSheet(p, entries, language));
  const riskRun = planRiskRun(raw, { rateOverrides: options.rateOverrides, drivers: options.drivers, monteCarlo: options.monteCarlo });
  const risk = buildRiskSheet(riskRun, language, options.computedOn ?? new Date().toISOString().slice(0, 10));
  const sizing = buildSizingSheet(language);
  const phasing = buildPhasingSheet(language);
  const compare = buildCompareSheet(language);
  const depreciation = buildDepreciationSheet(language);
  // Checks scans every calculating sheet for error values; Cover reads Check_All, so it is not scanned.
  const checks = buildChecksSheet(entries.length, language, [rateCard.sheet, sizing, ...budgets.map((b) => b.sheet), phasing, compare, risk.sheet, depreciation], checksFor(riskRun.feedsTotals));
  const sheets: SheetPlan[] = [buildCoverSheet(language), inputs.sheet, rateCard.sheet, sizing, ...budgets.map((b) => b.sheet), phasing, compare, risk.sheet, checks.sheet, depreciation];
  const names: NamePlan[] = [...inputs.names, ...rateCard.names, ...budgets.flatMap((b) => b.names), ...risk.names, ...checks.names];
  const inputCells = Object.fromEntries(Object.entries(inputs.cells).map(([k, address]) => [k, { sheet: "inputs" as const, address }]));
  const rateCells = Object.fromEntries(Object.entries(rateCard.cells).map(([k, c]) => [k, { sheet: "rateCard" as const, ...c }]));
  return { language, engineVersion: ENGINE_VERSION, generatorMark: `IMCOST ${ENGINE_VERSION}`, sheets: sheets.map((s) => printableSheet(s, language)), font: PLAN_FONT, names, inputCells, rateCells, driverCells: risk.driverCells };
}
