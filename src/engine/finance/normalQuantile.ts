import { Decimal, ZERO, ONE, dec } from "../decimal";
import { EngineError, describeValue } from "../EngineError";

/**
 * The standard normal distribution: its quantile (inverse CDF, Excel's NORM.S.INV) and its CDF (NORM.S.DIST).
 *
 * The quantile starts from Acklam's rational approximation (relative error < 1.2e-9, computed in double
 * precision) and takes one Halley step against the CDF evaluated with the engine's 34-digit decimals, which
 * makes the result accurate to well beyond double precision (Halley's method converges cubically).
 */

const HALF = dec("0.5");
const SQRT_2PI = dec("2.506628274631000502415765284811045253007");
/** Beyond |x| = 5 the CDF uses the continued fraction (fast in the tail); inside, the Taylor series. */
const SERIES_LIMIT = 5;
const CF_TERMS = 120;

// Acklam's coefficients.
const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
const P_LOW = 0.02425;

/** @param p the probability; @param upper 1 − p, given separately so that it keeps its digits near p = 1 */
function acklam(p: number, upper: number): number {
  if (p < P_LOW) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
  }
  if (upper < P_LOW) {
    const q = Math.sqrt(-2 * Math.log(upper));
    return -(((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
  }
  const q = p - 0.5;
  const r = q * q;
  return ((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q) / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
}

/** The standard normal density φ(x) = exp(−x²/2) / √(2π). */
export function normalDensity(x: Decimal): Decimal {
  return x.times(x).div(-2).exp().div(SQRT_2PI);
}

/** Upper tail Q(t) = 1 − Φ(t) for t ≥ SERIES_LIMIT, by the continued fraction φ(t) / (t + 1/(t + 2/(t + …))). */
function upperTail(t: Decimal): Decimal {
  let tail = t;
  for (let k = CF_TERMS; k >= 1; k--) tail = t.plus(dec(k).div(tail));
  return normalDensity(t).div(tail);
}

/** The standard normal CDF Φ(x), to about 30 significant digits. */
export function normalCdf(x: Decimal): Decimal {
  if (x.isZero()) return HALF;
  const t = x.abs();
  if (t.greaterThan(SERIES_LIMIT)) {
    const q = upperTail(t);
    return x.isNegative() ? q : ONE.minus(q);
  }
  // Φ(x) = ½ + φ(x) · Σ x^(2n+1) / (1·3·5·…·(2n+1)); every term has the sign of x, so nothing cancels inside.
  const x2 = x.times(x);
  let term = x;
  let total = x;
  for (let n = 1; n < 400; n++) {
    term = term.times(x2).div(2 * n + 1);
    total = total.plus(term);
    if (term.abs().lessThan(total.abs().times("1e-36"))) break;
  }
  return HALF.plus(normalDensity(x).times(total));
}

/**
 * The z with Φ(z) = p, for 0 < p < 1 (Excel's NORM.S.INV). Exactly 0 for p = 0.5.
 * @param field the argument named in the error when p is outside (0, 1)
 */
export function normalQuantile(p: Decimal, field = "probability"): Decimal {
  if (!p.isFinite() || p.lessThanOrEqualTo(ZERO) || p.greaterThanOrEqualTo(ONE)) {
    throw new EngineError({ code: "outOfRange", field, allowed: "greater than 0 and less than 1", received: describeValue(p.toNumber()) });
  }
  if (p.equals(HALF)) return ZERO;
  const x0 = acklam(p.toNumber(), ONE.minus(p).toNumber());
  // p or 1 − p below the smallest double (only possible from code, never from Excel): |z| > 38.4 there.
  if (!Number.isFinite(x0)) return dec(p.lessThan(HALF) ? -38.5 : 38.5);
  // One Halley step: e = Φ(x0) − p, u = e·√(2π)·exp(x0²/2), x1 = x0 − u / (1 + x0·u/2).
  const x = dec(x0);
  const e = normalCdf(x).minus(p);
  const u = e.div(normalDensity(x));
  return x.minus(u.div(ONE.plus(x.times(u).div(2))));
}
