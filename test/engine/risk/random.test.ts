import { createRandom, distributionMoments, hashText, sampleBeta, sampleGamma, samplePert, sampleTriangular } from "../../../src/engine/risk/random";

const draw = (n: number, f: () => number) => Array.from({ length: n }, f);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const variance = (xs: number[]) => {
  const m = mean(xs);
  return xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1);
};

describe("seeded random numbers", () => {
  test("one seed, one sequence; another seed, another sequence", () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const xa = draw(100, () => a.uniform());
    expect(draw(100, () => b.uniform())).toEqual(xa);
    expect(draw(100, () => c.uniform())).not.toEqual(xa);
  });
  test("uniform is strictly inside (0, 1) with mean ½ and variance 1/12", () => {
    const r = createRandom(7);
    const xs = draw(100000, () => r.uniform());
    expect(Math.min(...xs)).toBeGreaterThan(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(mean(xs)).toBeCloseTo(0.5, 2);
    expect(variance(xs)).toBeCloseTo(1 / 12, 3);
  });
  test("normal has mean 0 and variance 1", () => {
    const r = createRandom(9);
    const xs = draw(100000, () => r.normal());
    expect(mean(xs)).toBeCloseTo(0, 1);
    expect(variance(xs)).toBeCloseTo(1, 1);
  });
  test("gamma and beta have their textbook means", () => {
    const r = createRandom(11);
    expect(mean(draw(50000, () => sampleGamma(r, 2.5)))).toBeCloseTo(2.5, 1);
    expect(mean(draw(50000, () => sampleGamma(r, 0.5)))).toBeCloseTo(0.5, 1);
    expect(mean(draw(50000, () => sampleBeta(r, 2, 6)))).toBeCloseTo(0.25, 2);
  });
  test("PERT: within [low, high], mean (a + 4m + b)/6; triangular: within [low, high], mean (a + m + b)/3", () => {
    const r = createRandom(13);
    const pert = draw(100000, () => samplePert(r, 0.7, 1, 1.5));
    expect(Math.min(...pert)).toBeGreaterThanOrEqual(0.7);
    expect(Math.max(...pert)).toBeLessThanOrEqual(1.5);
    expect(mean(pert)).toBeCloseTo(distributionMoments("pert", 0.7, 1, 1.5).mean, 2);
    const tri = draw(100000, () => sampleTriangular(r, 0.7, 1, 1.5));
    expect(Math.min(...tri)).toBeGreaterThanOrEqual(0.7);
    expect(Math.max(...tri)).toBeLessThanOrEqual(1.5);
    const m = distributionMoments("triangular", 0.7, 1, 1.5);
    expect(mean(tri)).toBeCloseTo(m.mean, 2);
    expect(variance(tri)).toBeCloseTo(m.variance, 3);
  });
  test("a zero-width range always gives its value", () => {
    const r = createRandom(1);
    expect(samplePert(r, 1, 1, 1)).toBe(1);
    expect(sampleTriangular(r, 0, 0, 0)).toBe(0);
  });
  test("hashText is stable", () => {
    expect(hashText("fx")).toBe(hashText("fx"));
    expect(hashText("fx")).not.toBe(hashText("salaries"));
  });
});
