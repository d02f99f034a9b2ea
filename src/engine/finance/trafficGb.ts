import { Decimal, dec } from "../decimal";

/** kbit → GB: × 1000 bit per kbit ÷ 8 bit per byte ÷ 10⁹ bytes per GB = ÷ 8·10⁶. */
const KBIT_PER_GB = dec(8e6);

/**
 * Data carried by a stream: minutes × 60 s × kbps / 8 / 10⁶, in GB (1 kbps = 1000 bit/s; 1 GB = 10⁹ bytes).
 * One participant-hour of 720p video at 2500 kbps is 1.125 GB.
 */
export function trafficGb(minutes: Decimal, kbps: Decimal): Decimal {
  return minutes.times(60).times(kbps).div(KBIT_PER_GB);
}
