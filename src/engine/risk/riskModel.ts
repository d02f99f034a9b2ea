import { parseRequirements } from "../requirements/validateRequirements";
import type { BudgetResult } from "../budget/BudgetResult";
import { computeBudget } from "../budget/computeBudget";
import { PATH_IDS, type PathId } from "../budget/paths";
import { sum } from "../decimal";
import { applyRateOverrides, type RateOverrides } from "../rateCard/rateCard";
import type { RateCardEntry } from "../rateCard/RateCardEntry";
import type { Requirements } from "../requirements/Requirements";
import { bindDrivers, type DriverBinding } from "./bindDrivers";
import { compileFastModel, type FastBackend, type FastModel } from "./fastModel";
import { resolveDrivers } from "./resolveDrivers";
import type { RiskDriver, RiskDriverOverrides } from "./riskDrivers";

/** What every risk function takes besides the requirements. */
export interface RiskOptions {
  /** Changes to the default rate card, as for computeBudget. */
  readonly rateOverrides?: RateOverrides;
  /** Changes to the default drivers' ranges or distributions, by driver id. */
  readonly drivers?: RiskDriverOverrides;
  /** The compiled model's backend (see compileFastModel); the pane passes "closure" (no code generation). */
  readonly backend?: FastBackend;
}

/** The decimal budget's figures a risk result is measured against, per path, as plain numbers. */
export interface PathBase {
  /** TCO before contingency (both contingency rows taken out): the estimate the risk is about. */
  readonly base: number;
  /** The first 12 months before contingency. */
  readonly y1Base: number;
  /** The flat-rate contingency of computeBudget (both rows, all years). */
  readonly flatContingency: number;
}

/** Everything prepared once for a risk run: the checked requirements and drivers, the budget, the compiled model. */
export interface RiskSetup {
  readonly requirements: Requirements;
  readonly entries: readonly RateCardEntry[];
  readonly drivers: readonly RiskDriver[];
  readonly budget: BudgetResult;
  readonly bases: Readonly<Record<PathId, PathBase>>;
  readonly binding: DriverBinding;
  readonly model: FastModel;
  /** Runs the compiled model for one value per driver; returns the model's outputs (reused buffer). */
  evaluate(values: Float64Array): Float64Array;
  /** The drivers' most likely values. */
  modes(): Float64Array;
}

export function prepareRisk(raw: Readonly<Record<string, unknown>> = {}, options: RiskOptions & { readonly detail?: boolean } = {}): RiskSetup {
  // The risk is about the cost before contingency, which the method does not change; flat avoids a loop.
  const budget = computeBudget({ ...raw, contingencyMethod: "flat" }, { rateOverrides: options.rateOverrides });
  // The requirements as given (the method included): the Risk sheet records them, the fast model reads them.
  const req = parseRequirements(raw);
  const entries = applyRateOverrides(options.rateOverrides);
  const drivers = resolveDrivers(options.drivers);
  const binding = bindDrivers(drivers, req, entries);
  const model = compileFastModel(req, entries, { variableInputs: binding.variableInputs, variableRates: binding.variableRates, detail: options.detail, backend: options.backend });
  const x = new Float64Array(model.inputKeys.length);
  const r = new Float64Array(model.rateKeys.length);
  const out = new Float64Array(model.outputCount);
  const bases = {} as Record<PathId, PathBase>;
  for (const p of PATH_IDS) {
    const b = budget.paths[p];
    const contingency = sum(b.contingency);
    bases[p] = { base: b.tco.minus(contingency).toNumber(), y1Base: b.first12Base.toNumber(), flatContingency: b.flatContingency.toNumber() };
  }
  return {
    requirements: req,
    entries,
    drivers,
    budget,
    bases,
    binding,
    model,
    evaluate(values) {
      binding.apply(model, values, x, r);
      model.run(x, r, out);
      return out;
    },
    modes: () => Float64Array.from(drivers, (d) => d.mode),
  };
}
