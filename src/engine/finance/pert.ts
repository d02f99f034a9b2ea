import { Decimal, dec } from "../decimal";
import { EngineError } from "../EngineError";
import { normalQuantile } from "./normalQuantile";

const HALF = dec("0.5");

/**
 * A three-point (PERT) estimate: E + z·σ with E = (o + 4m + p) / 6, σ = (p − o) / 6 and z the standard
 * normal quantile of the confidence level. Confidence 0.5 (the default) gives E itself.
 * Requires o ≤ m ≤ p and 0 < confidence < 1.
 */
export function pertEstimate(optimistic: Decimal, mostLikely: Decimal, pessimistic: Decimal, confidence: Decimal = HALF): Decimal {
  if (mostLikely.lessThan(optimistic)) {
    throw new EngineError({ code: "order", field: "mostLikely", allowed: "at least optimistic (optimistic ≤ mostLikely ≤ pessimistic)", received: mostLikely.toString() });
  }
  if (pessimistic.lessThan(mostLikely)) {
    throw new EngineError({ code: "order", field: "pessimistic", allowed: "at least mostLikely (optimistic ≤ mostLikely ≤ pessimistic)", received: pessimistic.toString() });
  }
  const mean = optimistic.plus(mostLikely.times(4)).plus(pessimistic).div(6);
  if (confidence.equals(HALF)) return mean;
  const z = normalQuantile(confidence, "confidence");
  const sigma = pessimistic.minus(optimistic).div(6);
  return mean.plus(z.times(sigma));
}
