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

interface Op {
  readonly driver: number;
  readonly scale: boolean;
}

/** The driver operations laid out on one compiled model's x and r, prepared once per model. */
interface Prepared {
  readonly model: FastModel;
  readonly inputOps: Op[][];
  readonly rateOps: Op[][];
  readonly shares: { driver: number; key: number; complement: number }[];
  readonly fxIndex: number;
  readonly fxBase: number;
  readonly fxExp: number[];
}

/** Which prices convert at fxUsdToCny, and in which direction (+1 into CNY, −1 CNY→USD). */
function fxExponents(req: Requirements, entries: readonly RateCardEntry[]): Map<string, number> {
  const fxExponent = new Map<string, number>();
  for (const e of entries) {
    if (e.kind !== "price") continue;
    // Every foreign currency reaches CNY through USD (× fxUsdToCny); only CNY reaches USD through it (÷).
    if (e.currency !== null && e.currency !== "CNY" && req.currency === "CNY") fxExponent.set(e.key, 1);
    if (e.currency === "CNY" && req.currency === "USD") fxExponent.set(e.key, -1);
  }
  return fxExponent;
}

function prepare(drivers: readonly RiskDriver[], model: FastModel, fxExponent: ReadonlyMap<string, number>): Prepared {
  const inputPos = new Map(model.inputKeys.map((k, i) => [k, i]));
  const ratePos = new Map(model.rateKeys.map((k, i) => [k, i]));
  const inputOps: Op[][] = model.inputKeys.map(() => []);
  const rateOps: Op[][] = model.rateKeys.map(() => []);
  const shares: Prepared["shares"] = [];
  drivers.forEach((d, di) => {
    const op: Op = { driver: di, scale: d.effect === "scale" };
    for (const k of d.inputs) if (inputPos.has(k)) inputOps[inputPos.get(k)!].push(op);
    for (const k of d.rates) if (ratePos.has(k)) rateOps[ratePos.get(k)!].push(op);
    const key = d.share ? inputPos.get(d.share.key) : undefined;
    const complement = d.share ? inputPos.get(d.share.complement) : undefined;
    if (key !== undefined && complement !== undefined) shares.push({ driver: di, key, complement });
  });
  const fxIndex = inputPos.get(FX) ?? -1;
  return { model, inputOps, rateOps, shares, fxIndex, fxBase: fxIndex >= 0 ? model.baseInputs[fxIndex] : 1, fxExp: model.rateKeys.map((k) => fxExponent.get(k) ?? 0) };
}

function applyOps(base: number, ops: readonly Op[], values: Float64Array): number {
  let v = base;
  for (const op of ops) v = op.scale ? v * values[op.driver] : v + values[op.driver];
  return v;
}

function apply(c: Prepared, values: Float64Array, x: Float64Array, r: Float64Array): void {
  const { model } = c;
  for (let i = 0; i < x.length; i++) x[i] = applyOps(model.baseInputs[i], c.inputOps[i], values);
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
    const v = applyOps(model.baseRates[j], c.rateOps[j], values);
    const e = c.fxExp[j];
    r[j] = e === 1 ? v * fxRatio : e === -1 ? v / fxRatio : v;
  }
}

export function bindDrivers(drivers: readonly RiskDriver[], req: Requirements, entries: readonly RateCardEntry[]): DriverBinding {
  const inputs = new Set<string>();
  const rates = new Set<string>();
  for (const d of drivers) {
    for (const k of d.inputs) inputs.add(k);
    if (d.share) inputs.add(d.share.key).add(d.share.complement);
    for (const k of d.rates) rates.add(k);
  }
  const fxExponent = inputs.has(FX) ? fxExponents(req, entries) : new Map<string, number>();
  for (const k of fxExponent.keys()) rates.add(k);
  let cache: Prepared | null = null;
  return {
    variableInputs: [...inputs],
    variableRates: [...rates],
    apply(model, values, x, r) {
      if (cache?.model !== model) cache = prepare(drivers, model, fxExponent);
      apply(cache, values, x, r);
    },
  };
}
