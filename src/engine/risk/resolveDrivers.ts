import { EngineError, describeValue } from "../EngineError";
import { rateEntry } from "../rateCard/rateCard";
import { requirementSpec } from "../requirements/validateRequirements";
import { RISK_DRIVERS, type RiskDriver, type RiskDriverOverrides } from "./riskDrivers";

const DISTRIBUTIONS = ["pert", "triangular"];

function finite(value: unknown, field: string): number {
  if (typeof value !== "number" || !Number.isFinite(value)) throw new EngineError({ code: "notANumber", field, allowed: "a finite number", received: describeValue(value) });
  return value;
}

/** Checks one driver: known targets, low ≤ mode ≤ high, scale values ≥ 0, a known distribution. */
export function checkDriver(d: RiskDriver): RiskDriver {
  const f = `risk driver ${d.id}`;
  const low = finite(d.low, `${f} low`);
  const mode = finite(d.mode, `${f} mode`);
  const high = finite(d.high, `${f} high`);
  if (mode < low) throw new EngineError({ code: "order", field: `${f} mode`, allowed: "at least low (low ≤ most likely ≤ high)", received: String(mode) });
  if (high < mode) throw new EngineError({ code: "order", field: `${f} high`, allowed: "at least most likely (low ≤ most likely ≤ high)", received: String(high) });
  if (d.effect === "scale" && low < 0) throw new EngineError({ code: "outOfRange", field: `${f} low`, allowed: "a factor ≥ 0", received: String(low) });
  if (!DISTRIBUTIONS.includes(d.distribution)) throw new EngineError({ code: "unknownOption", field: `${f} distribution`, allowed: '"pert" or "triangular"', received: describeValue(d.distribution) });
  for (const key of [...d.inputs, ...(d.share ? [d.share.key, d.share.complement] : [])]) {
    const spec = requirementSpec(key);
    if (!spec || (spec.kind !== "number" && spec.kind !== "override")) throw new EngineError({ code: "unknownKey", field: `${f} input ${key}`, allowed: "a numeric requirement key" });
  }
  for (const key of d.rates) rateEntry(key);
  if (d.share && d.effect !== "shift") throw new EngineError({ code: "unknownOption", field: `${f} effect`, allowed: '"shift" for a share driver', received: d.effect });
  return d;
}

/** The default drivers with a user's changes applied and checked (unknown driver ids are reported). */
export function resolveDrivers(overrides: RiskDriverOverrides = {}): readonly RiskDriver[] {
  for (const id of Object.keys(overrides)) {
    if (!RISK_DRIVERS.some((d) => d.id === id)) throw new EngineError({ code: "unknownKey", field: id, allowed: `a risk driver: ${RISK_DRIVERS.map((d) => d.id).join(", ")}` });
  }
  return RISK_DRIVERS.map((d) => {
    const o = overrides[d.id];
    return checkDriver(o ? { ...d, ...Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) } : d);
  });
}
