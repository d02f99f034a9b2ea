/**
 * Seeded random numbers for the Monte Carlo: sfc32 (a small, fast generator that passes PractRand) seeded
 * through splitmix32, and the samplers the risk drivers need. Never Math.random: one seed, one result.
 */

/** 32-bit hash step (splitmix32), used to expand seeds and to give every driver its own stream. */
export function splitmix32(state: number): number {
  let z = (state + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** A stable 32-bit hash of a text (FNV-1a), to derive a stream from a seed and a driver id. */
export function hashText(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

export interface Random {
  /** A uniform number strictly between 0 and 1. */
  uniform(): number;
  /** A standard normal number. */
  normal(): number;
}

/** sfc32 seeded from one 32-bit number. */
export function createRandom(seed: number): Random {
  let s = seed >>> 0;
  const next = (): number => (s = splitmix32(s));
  let a = next();
  let b = next();
  let c = next();
  let d = next();
  const raw = (): number => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 12; i++) raw();
  let spare = NaN;
  const uniform = (): number => (raw() + 0.5) / 4294967296;
  return {
    uniform,
    normal(): number {
      if (!Number.isNaN(spare)) {
        const v = spare;
        spare = NaN;
        return v;
      }
      // Marsaglia's polar method.
      for (;;) {
        const u = 2 * uniform() - 1;
        const v = 2 * uniform() - 1;
        const s2 = u * u + v * v;
        if (s2 > 0 && s2 < 1) {
          const m = Math.sqrt((-2 * Math.log(s2)) / s2);
          spare = v * m;
          return u * m;
        }
      }
    },
  };
}

/** Gamma(shape, 1) by Marsaglia and Tsang (2000); shapes below 1 through the boost U^(1/shape). */
export function sampleGamma(rng: Random, shape: number): number {
  if (shape < 1) return sampleGamma(rng, shape + 1) * Math.pow(rng.uniform(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = rng.normal();
    let v = 1 + c * x;
    if (v <= 0) continue;
    v = v * v * v;
    const u = rng.uniform();
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2) return d * v;
    if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** Beta(α, β) as G₁ / (G₁ + G₂). */
export function sampleBeta(rng: Random, alpha: number, beta: number): number {
  const x = sampleGamma(rng, alpha);
  const y = sampleGamma(rng, beta);
  return x / (x + y);
}

/** PERT(low, mode, high) with λ = 4: low + (high − low) · Beta(1 + 4(m − a)/(b − a), 1 + 4(b − m)/(b − a)). */
export function samplePert(rng: Random, low: number, mode: number, high: number): number {
  const range = high - low;
  if (!(range > 0)) return mode;
  const alpha = 1 + (4 * (mode - low)) / range;
  const beta = 1 + (4 * (high - mode)) / range;
  return low + range * sampleBeta(rng, alpha, beta);
}

/** Triangular(low, mode, high) by its inverse CDF. */
export function sampleTriangular(rng: Random, low: number, mode: number, high: number): number {
  const range = high - low;
  if (!(range > 0)) return mode;
  const u = rng.uniform();
  const split = (mode - low) / range;
  return u < split ? low + Math.sqrt(u * range * (mode - low)) : high - Math.sqrt((1 - u) * range * (high - mode));
}

/** Mean and variance of the two distributions (PERT: (a + 4m + b)/6 and ((b − a)/6)², the PMBOK convention). */
export function distributionMoments(distribution: "pert" | "triangular", a: number, m: number, b: number): { mean: number; variance: number } {
  if (distribution === "triangular") return { mean: (a + m + b) / 3, variance: (a * a + m * m + b * b - a * m - a * b - m * b) / 18 };
  return { mean: (a + 4 * m + b) / 6, variance: ((b - a) / 6) ** 2 };
}
