import { provideRiskContingency } from "../budget/computeBudget";
import { PATH_IDS, type PathId } from "../budget/paths";
import { dec } from "../decimal";
import { normalQuantile } from "../finance/normalQuantile";
import { COST_LINES } from "../lines/costLines";
import { distributionMoments } from "./random";
import { neutralValue, type RiskDistribution } from "./riskDrivers";
import { prepareRisk, type RiskOptions, type RiskSetup } from "./riskModel";

export interface SensitivityEntry {
  readonly driver: string;
  readonly label: { readonly en: string; readonly zh: string };
  /** TCO change (before contingency, against all drivers at most likely) with this driver at its low value. */
  readonly low: number;
  /** The same with the driver at its high value. */
  readonly high: number;
  /** |high − low|: the bar length of the tornado. */
  readonly swing: number;
}

export type SensitivityResult = Readonly<Record<PathId, readonly SensitivityEntry[]>>;

interface DriverRuns {
  /** Per path: cost before contingency with every driver at most likely. */
  readonly reference: Readonly<Record<PathId, number>>;
  /** [driver] → per path cost at the driver's low and high value, others at most likely. */
  readonly low: readonly Readonly<Record<PathId, number>>[];
  readonly high: readonly Readonly<Record<PathId, number>>[];
}

function oneAtATime(setup: RiskSetup): DriverRuns {
  const read = (out: Float64Array) => Object.fromEntries(PATH_IDS.map((p) => [p, out[setup.model.outputs[p].base]])) as Record<PathId, number>;
  const values = setup.modes();
  const reference = read(setup.evaluate(values));
  const low: Record<PathId, number>[] = [];
  const high: Record<PathId, number>[] = [];
  setup.drivers.forEach((d, i) => {
    const v = setup.modes();
    v[i] = d.low;
    low.push(read(setup.evaluate(v)));
    v[i] = d.high;
    high.push(read(setup.evaluate(v)));
  });
  return { reference, low, high };
}

/**
 * Tornado data: each driver at its low and at its high value with the others at most likely, the change
 * in each path's TCO before contingency, sorted by swing (largest first; ties in driver order).
 */
export function sensitivity(raw: Readonly<Record<string, unknown>> = {}, options: RiskOptions = {}): SensitivityResult {
  const setup = prepareRisk(raw, options);
  const runs = oneAtATime(setup);
  const result = {} as Record<PathId, SensitivityEntry[]>;
  for (const p of PATH_IDS) {
    const entries = setup.drivers.map((d, i) => {
      const low = runs.low[i][p] - runs.reference[p];
      const high = runs.high[i][p] - runs.reference[p];
      return { driver: d.id, label: d.label, low, high, swing: Math.abs(high - low), order: i };
    });
    entries.sort((a, b) => b.swing - a.swing || a.order - b.order);
    result[p] = entries.map(({ order: _order, ...e }) => e);
  }
  return result;
}

/** The z of the normal approximation, as NORMSINV gives it in the workbook. */
export const Z80 = normalQuantile(dec("0.8")).toNumber();
export const Z90 = normalQuantile(dec("0.9")).toNumber();

export interface AnalyticDriver {
  readonly driver: string;
  readonly distribution: RiskDistribution;
  /** Cost change per unit of the driver (secant between its low and high value). */
  readonly exposure: number;
  /** exposure × (value − neutral) at low, most likely and high. */
  readonly swingLow: number;
  readonly swingMode: number;
  readonly swingHigh: number;
  readonly mean: number;
  readonly variance: number;
}

export interface AnalyticPath {
  readonly base: number;
  readonly flatContingency: number;
  readonly drivers: readonly AnalyticDriver[];
  /** base + Σ driver means. */
  readonly mean: number;
  /** √Σ driver variances (drivers independent). */
  readonly sigma: number;
  readonly p50: number;
  readonly p80: number;
  readonly p90: number;
  /** The contingency confidence level (Input_contingencyConfidence) and P at that level: E + z·σ. */
  readonly confidence: number;
  readonly atConfidence: number;
  /** max(0, P at the confidence level − base): the risk-based contingency. */
  readonly riskContingency: number;
}

export type AnalyticResult = Readonly<Record<PathId, AnalyticPath>>;

/**
 * The closed-form approximation the Risk sheet computes with live formulas: each driver's swing is linear
 * in its value (exposure × (value − neutral), the exposure being the secant of the path's cost between the
 * driver's low and high value), drivers are independent, and the total is normal:
 * E = base + Σ mean, σ = √Σ variance, P80 = E + NORMSINV(0.8)·σ. PERT: mean (a + 4m + b)/6, σ (b − a)/6;
 * triangular: mean (a + m + b)/3, variance (a² + m² + b² − am − ab − mb)/18.
 */
export function analyticRisk(raw: Readonly<Record<string, unknown>> = {}, options: RiskOptions = {}): AnalyticResult {
  return analyticFrom(prepareRisk(raw, options));
}

// The risk-based contingency method of computeBudget reads this analytic figure (computed on the flat method,
// whose cost before contingency is the same, so the two never call each other in a loop).
provideRiskContingency((raw, options) => {
  const a = analyticRisk({ ...raw, contingencyMethod: "flat" }, { rateOverrides: options.rateOverrides, drivers: options.drivers });
  return { selfBuild: a.selfBuild.riskContingency, commercial: a.commercial.riskContingency, hybrid: a.hybrid.riskContingency };
});

export function analyticFrom(setup: RiskSetup, runs: DriverRuns = oneAtATime(setup)): AnalyticResult {
  const result = {} as Record<PathId, AnalyticPath>;
  const confidence = setup.requirements.contingencyConfidence as number;
  const z = normalQuantile(dec(confidence), "contingencyConfidence").toNumber();
  for (const p of PATH_IDS) {
    const { base, flatContingency } = setup.bases[p];
    const drivers = setup.drivers.map((d, i): AnalyticDriver => {
      const width = d.high - d.low;
      const exposure = width > 0 ? (runs.high[i][p] - runs.low[i][p]) / width : 0;
      const n = neutralValue(d);
      const swingLow = exposure * (d.low - n);
      const swingMode = exposure * (d.mode - n);
      const swingHigh = exposure * (d.high - n);
      const m = distributionMoments(d.distribution, swingLow, swingMode, swingHigh);
      return { driver: d.id, distribution: d.distribution, exposure, swingLow, swingMode, swingHigh, mean: m.mean, variance: m.variance };
    });
    const mean = base + drivers.reduce((a, d) => a + d.mean, 0);
    const sigma = Math.sqrt(drivers.reduce((a, d) => a + d.variance, 0));
    const p80 = mean + Z80 * sigma;
    const atConfidence = mean + z * sigma;
    result[p] = { base, flatContingency, drivers, mean, sigma, p50: mean, p80, p90: mean + Z90 * sigma, confidence, atConfidence, riskContingency: Math.max(0, atConfidence - base) };
  }
  return result;
}

export interface ExposureWeights {
  /** [driver][line in COST_LINES order]: share of the line's total that moves per unit of the driver. */
  readonly lineShares: readonly (readonly number[])[];
  /** [driver]: cost moved per unit of the driver in lines that are 0 at base, as a share of the path's base. */
  readonly baseShare: readonly number[];
}

/**
 * The weights behind the Risk sheet's live exposures: exposure(driver, path) = Σ line total × line share +
 * path base × base share, which equals analyticRisk's exposure for the requirements given and follows the
 * budget sheets' line totals when inputs change afterwards.
 */
export function exposureWeights(raw: Readonly<Record<string, unknown>> = {}, options: RiskOptions = {}): { readonly setup: RiskSetup; readonly weights: Readonly<Record<PathId, ExposureWeights>> } {
  const setup = prepareRisk(raw, { ...options, detail: true });
  const lineTotals = (values: Float64Array) => {
    const out = setup.evaluate(values);
    return Object.fromEntries(PATH_IDS.map((p) => [p, setup.model.outputs[p].lineTotals!.map((i) => out[i])])) as Record<PathId, number[]>;
  };
  const perDriver = setup.drivers.map((d, i) => {
    const v = setup.modes();
    v[i] = d.low;
    const low = lineTotals(v);
    v[i] = d.high;
    const high = lineTotals(v);
    return { width: d.high - d.low, low, high };
  });
  const weights = {} as Record<PathId, ExposureWeights>;
  for (const p of PATH_IDS) {
    const totals = setup.budget.paths[p].lines.map((l) => l.total);
    const base = setup.bases[p].base;
    const lineShares: number[][] = [];
    const baseShare: number[] = [];
    for (const { width, low, high } of perDriver) {
      let extra = 0;
      const shares = COST_LINES.map((_, li) => {
        if (!(width > 0)) return 0;
        const moved = (high[p][li] - low[p][li]) / width;
        if (totals[li].isZero()) {
          extra += moved;
          return 0;
        }
        return moved / totals[li].toNumber();
      });
      lineShares.push(shares);
      baseShare.push(base !== 0 ? extra / base : 0);
    }
    weights[p] = { lineShares, baseShare };
  }
  return { setup, weights };
}
