import type { PathId } from "../budget/paths";
import { EngineError } from "../EngineError";
import type { RateOverrides } from "../rateCard/rateCard";
import { runMonteCarlo, type MonteCarloResult } from "../risk/monteCarlo";
import type { RiskDriver, RiskDriverOverrides } from "../risk/riskDrivers";
import { exposureWeights, type ExposureWeights } from "../risk/sensitivity";
import { riskRunFeedsTotals } from "../checks/checkDefinitions";
import { riskRunRecord, type RecordedValue } from "./riskRunRecord";

/** Monte Carlo settings for the plan: a result computed elsewhere (the pane's worker), settings, or none. */
export type PlanMonteCarlo = MonteCarloResult | { readonly trials?: number; readonly seed?: number } | false;

/** What the Risk sheet shows that is computed, not formulas: the drivers, their exposure weights and a Monte Carlo run. */
export interface PlanRiskRun {
  readonly drivers: readonly RiskDriver[];
  readonly weights: Readonly<Record<PathId, ExposureWeights>>;
  readonly monteCarlo: MonteCarloResult | null;
  /** Every input, rate and driver value the run and the weights were computed with (the Risk sheet's "Run inputs"). */
  readonly record: readonly RecordedValue[];
  /**
   * Whether a budget total depends on this run. When it does, a stale run is an integrity failure (Check_All);
   * when not (today: the totals use the flat rates, the Risk sheet's analytic figures are live), a warning.
   */
  readonly feedsTotals: boolean;
}

export interface PlanRiskOptions {
  readonly rateOverrides?: RateOverrides;
  readonly drivers?: RiskDriverOverrides;
  readonly monteCarlo?: PlanMonteCarlo;
}

function isMonteCarloResult(m: PlanMonteCarlo | undefined): m is MonteCarloResult {
  return typeof m === "object" && m !== null && "paths" in m;
}

function sameDrivers(mc: MonteCarloResult, drivers: readonly RiskDriver[]): boolean {
  return mc.drivers.length === drivers.length && mc.drivers.every((m, i) => m.id === drivers[i].id && m.low === drivers[i].low && m.mode === drivers[i].mode && m.high === drivers[i].high && m.distribution === drivers[i].distribution);
}

/**
 * Runs (or takes) the Monte Carlo and the exposure weights for a plan, before any sheet is built, and refuses
 * a run made with other driver ranges than the plan's.
 */
export function planRiskRun(raw: Readonly<Record<string, unknown>>, options: PlanRiskOptions): PlanRiskRun {
  const { setup, weights } = exposureWeights(raw, { rateOverrides: options.rateOverrides, drivers: options.drivers });
  const given = options.monteCarlo;
  const monteCarlo = given === false ? null : isMonteCarloResult(given) ? given : runMonteCarlo(raw, { rateOverrides: options.rateOverrides, drivers: options.drivers, ...(given ?? {}) });
  if (monteCarlo && !sameDrivers(monteCarlo, setup.drivers)) {
    throw new EngineError({ code: "wrongShape", field: "monteCarlo", allowed: "a Monte Carlo result computed with the same risk drivers as the plan" });
  }
  return { drivers: setup.drivers, weights, monteCarlo, record: riskRunRecord(setup.requirements, setup.entries, setup.drivers), feedsTotals: riskRunFeedsTotals(setup.requirements) };
}
