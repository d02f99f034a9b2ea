import type { RateCardEntry } from "../rateCard/RateCardEntry";
import type { Requirements } from "../requirements/Requirements";
import type { FastModel } from "./fastModel";
import type { RiskDriver } from "./riskDrivers";

/**
 * How sampled driver values become the compiled model's inputs x and rates r. Scale drivers multiply their
 * targets, shift drivers add to them (in driver order); share drivers then move a share between two inputs
 * with their sum unchanged; a driver on fxUsdToCny converts every foreign-currency price at the new rate.
 */
export interface DriverBinding {
  readonly variableInputs: readonly string[];
  readonly variableRates: readonly string[];
  /** Fills x and r (laid out as the model's inputKeys / rateKeys) from one value per driver. */
  apply(model: FastModel, values: Float64Array, x: Float64Array, r: Float64Array): void;
}

const FX = "fxUsdToCny";

export function bindDrivers(drivers: readonly RiskDriver[], req: Requirements, entries: readonly RateCardEntry[]): DriverBinding {
  const inputs = new Set<string>();
  const rates = new Set<string>();
  for (const d of drivers) {
    for (const k of d.inputs) inputs.add(k);
    if (d.share) {
      inputs.add(d.share.key);
      inputs.add(d.share.complement);
    }
    for (const k of d.rates) rates.add(k);
  }
  // Which prices convert at the exchange rate, and in which direction.
  const fxExponent = new Map<string, number>();
  if (inputs.has(FX)) {
    for (const e of entries) {
      if (e.kind !== "price") continue;
      if (e.currency === "USD" && req.currency === "CNY") fxExponent.set(e.key, 1);
      if (e.currency === "CNY" && req.currency === "USD") fxExponent.set(e.key, -1);
    }
    for (const k of fxExponent.keys()) rates.add(k);
  }
  const variableInputs = [...inputs];
  const variableRates = [...rates];

  interface Op {
    readonly driver: number;
    readonly scale: boolean;
  }
  let cache: { model: FastModel; inputOps: Op[][]; rateOps: Op[][]; shares: { driver: number; key: number; complement: number }[]; fxIndex: number; fxBase: number; fxExp: number[] } | null = null;
  const prepare = (model: FastModel) => {
    if (cache?.model === model) return cache;
    const inputPos = new Map(model.inputKeys.map((k, i) => [k, i]));
    const inputOps: Op[][] = model.inputKeys.map(() => []);
    const rateOps: Op[][] = model.rateKeys.map(() => []);
    const ratePos = new Map(model.rateKeys.map((k, i) => [k, i]));
    const shares: { driver: number; key: number; complement: number }[] = [];
    drivers.forEach((d, di) => {
      for (const k of d.inputs) {
        const i = inputPos.get(k);
        if (i !== undefined) inputOps[i].push({ driver: di, scale: d.effect === "scale" });
      }
      for (const k of d.rates) {
        const i = ratePos.get(k);
        if (i !== undefined) rateOps[i].push({ driver: di, scale: d.effect === "scale" });
      }
      if (d.share) {
        const key = inputPos.get(d.share.key);
        const complement = inputPos.get(d.share.complement);
        if (key !== undefined && complement !== undefined) shares.push({ driver: di, key, complement });
      }
    });
    const fxIndex = inputPos.get(FX) ?? -1;
    cache = { model, inputOps, rateOps, shares, fxIndex, fxBase: fxIndex >= 0 ? model.baseInputs[fxIndex] : 1, fxExp: model.rateKeys.map((k) => fxExponent.get(k) ?? 0) };
    return cache;
  };

  return {
    variableInputs,
    variableRates,
    apply(model, values, x, r) {
      const c = prepare(model);
      for (let i = 0; i < x.length; i++) {
        let v = model.baseInputs[i];
        for (const op of c.inputOps[i]) v = op.scale ? v * values[op.driver] : v + values[op.driver];
        x[i] = v;
      }
      for (const s of c.shares) {
        const total = x[s.key] + x[s.complement];
        if (total > 0) {
          const share = Math.min(1, Math.max(0, x[s.key] / total + values[s.driver]));
          x[s.key] = total * share;
          x[s.complement] = total * (1 - share);
        }
      }
      const fxRatio = c.fxIndex >= 0 ? x[c.fxIndex] / c.fxBase : 1;
      for (let j = 0; j < r.length; j++) {
        let v = model.baseRates[j];
        for (const op of c.rateOps[j]) v = op.scale ? v * values[op.driver] : v + values[op.driver];
        const e = c.fxExp[j];
        if (e === 1) v *= fxRatio;
        else if (e === -1) v /= fxRatio;
        r[j] = v;
      }
    },
  };
}
