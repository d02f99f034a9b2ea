import { Decimal, ONE, dec } from "../decimal";
import { EngineError } from "../EngineError";

export const DEFAULT_HEADROOM: Decimal = dec("0.3");
export const DEFAULT_SPARES: Decimal = dec(1);

/**
 * Servers for a peak load: ⌈peak × (1 + headroom) / capacity⌉ + spares. Exact in decimals, so a load that
 * fills its servers exactly does not round up to one more.
 */
export function serverCount(peakConcurrent: Decimal, capacityPerServer: Decimal, headroom: Decimal = DEFAULT_HEADROOM, spares: Decimal = DEFAULT_SPARES): Decimal {
  if (!capacityPerServer.greaterThan(0)) {
    throw new EngineError({ code: "outOfRange", field: "capacityPerServer", allowed: "a number greater than 0", received: capacityPerServer.toString() });
  }
  return peakConcurrent.times(ONE.plus(headroom)).div(capacityPerServer).ceil().plus(spares);
}
