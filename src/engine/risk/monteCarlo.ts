import { PATH_IDS, type PathId } from "../budget/paths";
import { EngineError, describeValue } from "../EngineError";
import { createRandom, hashText, samplePert, sampleTriangular, splitmix32, type Random } from "./random";
import { prepareRisk, type RiskOptions } from "./riskModel";
import type { RiskDistribution } from "./riskDrivers";

export const DEFAULT_TRIALS = 10000;
export const MAX_TRIALS = 1000000;
export const DEFAULT_SEED = 1;

export interface MonteCarloOptions extends RiskOptions {
  /** Number of trials; 10,000 by default, at most 1,000,000. */
  readonly trials?: number;
  /** Seed of the random streams; one seed, one result. 1 by default. */
  readonly seed?: number;
}

export interface Percentiles {
  readonly p50: number;
  readonly p80: number;
  readonly p90: number;
  readonly mean: number;
}

export interface PathRisk {
  /** TCO before contingency across the trials (the risk-based view replaces the flat contingency). */
  readonly tco: Percentiles;
  /** Y1 before contingency across the trials. */
  readonly y1: Percentiles;
  /** computeBudget's TCO minus both contingency rows. */
  readonly base: number;
  /** computeBudget's Y1 minus its contingency. */
  readonly y1Base: number;
  /** computeBudget's flat-rate contingency (both rows, all years). */
  readonly flatContingency: number;
  /** TCO before contingency at the contingency confidence level (Input_contingencyConfidence, 80% by default). */
  readonly atConfidence: number;
  /** max(0, atConfidence − base): the contingency that covers that share of outcomes (shown, never in the totals). */
  readonly riskContingency: number;
  /** Share of trials at or below base + flat contingency: the confidence the flat rate buys. */
  readonly flatConfidence: number;
}

export interface MonteCarloResult {
  readonly trials: number;
  readonly seed: number;
  readonly currency: "CNY" | "USD";
  /** The drivers as sampled (defaults with the caller's changes). */
  readonly drivers: readonly { readonly id: string; readonly low: number; readonly mode: number; readonly high: number; readonly distribution: RiskDistribution }[];
  readonly paths: Readonly<Record<PathId, PathRisk>>;
}

/** Linear interpolation between order statistics (Excel's PERCENTILE.INC) on sorted values. */
export function percentileSorted(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

function summarise(values: Float64Array): Percentiles {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i];
  const sorted = Float64Array.from(values).sort();
  return { p50: percentileSorted(sorted, 0.5), p80: percentileSorted(sorted, 0.8), p90: percentileSorted(sorted, 0.9), mean: total / values.length };
}

function checkOptions(options: MonteCarloOptions): { trials: number; seed: number } {
  const trials = options.trials ?? DEFAULT_TRIALS;
  if (typeof trials !== "number" || !Number.isInteger(trials)) throw new EngineError({ code: "notAnInteger", field: "trials", allowed: `a whole number from 1 to ${MAX_TRIALS}`, received: describeValue(trials) });
  if (trials < 1) throw new EngineError({ code: "outOfRange", field: "trials", allowed: `a whole number from 1 to ${MAX_TRIALS}`, received: String(trials) });
  if (trials > MAX_TRIALS) throw new EngineError({ code: "tooLarge", field: "trials", allowed: `a whole number from 1 to ${MAX_TRIALS}`, received: String(trials) });
  const seed = options.seed ?? DEFAULT_SEED;
  if (typeof seed !== "number" || !Number.isInteger(seed)) throw new EngineError({ code: "notAnInteger", field: "seed", allowed: "a whole number", received: describeValue(seed) });
  return { trials, seed };
}

/** One random stream per driver, so that changing one driver's range leaves the other drivers' draws alone. */
function driverStream(seed: number, id: string): Random {
  return createRandom(hashText(id, splitmix32(seed >>> 0)));
}

/**
 * Monte Carlo over the shared drivers: each trial draws every driver once (PERT or triangular), applies the
 * same draws to all three paths and recomputes every line from them with the compiled plain-number model,
 * so lines that share a driver move together. Pure and synchronous: the pane calls it from a worker.
 */
export function runMonteCarlo(raw: Readonly<Record<string, unknown>> = {}, options: MonteCarloOptions = {}): MonteCarloResult {
  const { trials, seed } = checkOptions(options);
  const setup = prepareRisk(raw, options);
  const { drivers, model } = setup;
  const streams = drivers.map((d) => driverStream(seed, d.id));
  const values = new Float64Array(drivers.length);
  const tco = Object.fromEntries(PATH_IDS.map((p) => [p, new Float64Array(trials)])) as Record<PathId, Float64Array>;
  const y1 = Object.fromEntries(PATH_IDS.map((p) => [p, new Float64Array(trials)])) as Record<PathId, Float64Array>;
  const baseAt = PATH_IDS.map((p) => model.outputs[p].base);
  const y1At = PATH_IDS.map((p) => model.outputs[p].y1);
  for (let n = 0; n < trials; n++) {
    for (let d = 0; d < drivers.length; d++) {
      const dr = drivers[d];
      values[d] = dr.distribution === "triangular" ? sampleTriangular(streams[d], dr.low, dr.mode, dr.high) : samplePert(streams[d], dr.low, dr.mode, dr.high);
    }
    const out = setup.evaluate(values);
    for (let i = 0; i < PATH_IDS.length; i++) {
      const t = out[baseAt[i]];
      const y = out[y1At[i]];
      if (!Number.isFinite(t) || !Number.isFinite(y)) throw new Error(`Model error: a trial gave a non-finite cost for ${PATH_IDS[i]} (driver values ${Array.from(values).join(", ")})`);
      tco[PATH_IDS[i]][n] = t;
      y1[PATH_IDS[i]][n] = y;
    }
  }
  const paths = {} as Record<PathId, PathRisk>;
  const confidence = setup.requirements.contingencyConfidence as number;
  for (const p of PATH_IDS) {
    const b = setup.bases[p];
    const t = summarise(tco[p]);
    const covered = b.base + b.flatContingency;
    let within = 0;
    for (let n = 0; n < trials; n++) if (tco[p][n] <= covered) within++;
    const atConfidence = percentileSorted(Float64Array.from(tco[p]).sort(), confidence);
    paths[p] = { tco: t, y1: summarise(y1[p]), base: b.base, y1Base: b.y1Base, flatContingency: b.flatContingency, atConfidence, riskContingency: Math.max(0, atConfidence - b.base), flatConfidence: within / trials };
  }
  return {
    trials,
    seed,
    currency: setup.budget.currency,
    drivers: drivers.map((d) => ({ id: d.id, low: d.low, mode: d.mode, high: d.high, distribution: d.distribution })),
    paths,
  };
}
