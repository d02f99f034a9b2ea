import fc from "fast-check";
import { computeBudget } from "../../../src/engine/budget/computeBudget";
import { PATH_IDS } from "../../../src/engine/budget/paths";
import { EngineError } from "../../../src/engine/EngineError";
import { percentileSorted, runMonteCarlo } from "../../../src/engine/risk/monteCarlo";
import { RISK_DRIVERS } from "../../../src/engine/risk/riskDrivers";
import { createRandom, samplePert } from "../../../src/engine/risk/random";

const fixed = Object.fromEntries(RISK_DRIVERS.map((d) => [d.id, { low: d.mode, high: d.mode }]));

describe("runMonteCarlo", () => {
  const a = runMonteCarlo({}, { trials: 10000, seed: 1 });
  test("10,000 trials by default, seed 1 by default, the default drivers", () => {
    const d = runMonteCarlo({}, { trials: undefined });
    expect(d.trials).toBe(10000);
    expect(d.seed).toBe(1);
    expect(d.drivers.map((x) => x.id)).toEqual(RISK_DRIVERS.map((x) => x.id));
    expect(d).toEqual(a);
  });
  test("P50 ≤ P80 ≤ P90 for TCO and Y1 of every path", () => {
    for (const p of PATH_IDS) {
      const r = a.paths[p];
      expect(r.tco.p50).toBeLessThanOrEqual(r.tco.p80);
      expect(r.tco.p80).toBeLessThanOrEqual(r.tco.p90);
      expect(r.y1.p50).toBeLessThanOrEqual(r.y1.p80);
      expect(r.y1.p80).toBeLessThanOrEqual(r.y1.p90);
      for (const v of [r.tco.p50, r.tco.p80, r.tco.p90, r.tco.mean, r.y1.mean]) expect(Number.isFinite(v)).toBe(true);
    }
  });
  test("identical across runs with one seed; different with another", () => {
    expect(runMonteCarlo({}, { trials: 10000, seed: 1 })).toEqual(a);
    const b = runMonteCarlo({}, { trials: 10000, seed: 2 });
    expect(b.paths.selfBuild.tco.p80).not.toBe(a.paths.selfBuild.tco.p80);
    // …but close: 10,000 trials estimate P80 to well within 1%.
    for (const p of PATH_IDS) expect(Math.abs(b.paths[p].tco.p80 / a.paths[p].tco.p80 - 1)).toBeLessThan(0.01);
  });
  test("base = TCO minus both contingency rows; flat contingency = both rows; risk-based = P80 − base", () => {
    const budget = computeBudget({});
    for (const p of PATH_IDS) {
      const b = budget.paths[p];
      const cont = b.contingency.reduce((x, y) => x.plus(y)).toNumber();
      expect(a.paths[p].flatContingency).toBeCloseTo(cont, 6);
      expect(a.paths[p].base).toBeCloseTo(b.tco.toNumber() - cont, 4);
      expect(a.paths[p].y1Base).toBeCloseTo(b.first12Base.toNumber(), 4);
      expect(a.paths[p].riskContingency).toBeCloseTo(a.paths[p].tco.p80 - a.paths[p].base, 6);
      expect(a.paths[p].flatConfidence).toBeGreaterThan(0);
      expect(a.paths[p].flatConfidence).toBeLessThanOrEqual(1);
    }
  });
  test("the ranges are skewed up (class 4 is −30%/+50%), so the risk-based contingency is positive", () => {
    for (const p of PATH_IDS) {
      expect(a.paths[p].tco.mean).toBeGreaterThan(a.paths[p].base);
      expect(a.paths[p].riskContingency).toBeGreaterThan(0);
    }
  });
  test("drivers fixed at their most likely value: every percentile is the base, no risk-based contingency", () => {
    const r = runMonteCarlo({ headcount: 12000 }, { trials: 200, drivers: fixed });
    for (const p of PATH_IDS) {
      for (const v of [r.paths[p].tco.p50, r.paths[p].tco.p80, r.paths[p].tco.p90, r.paths[p].tco.mean]) expect(Math.abs(v / r.paths[p].base - 1)).toBeLessThan(1e-9);
      expect(Math.abs(r.paths[p].riskContingency)).toBeLessThan(1e-6 * r.paths[p].base);
      expect(r.paths[p].y1.p90).toBeCloseTo(r.paths[p].y1Base, 3);
    }
  });
  test("shared drivers move lines together: one driver's spread is the whole block's (perfectly correlated lines)", () => {
    const onlySalaries = runMonteCarlo({}, { trials: 4000, drivers: { ...fixed, salaries: { low: 0.85, high: 1.25 } } });
    const at = (f: number) => runMonteCarlo({}, { trials: 1, drivers: { ...fixed, salaries: { low: f, mode: f, high: f } } }).paths.selfBuild.tco.p50;
    const perUnit = (at(1.25) - at(0.85)) / 0.4; // every salaried line moves with the one factor
    const rng = createRandom(5);
    const factors = Float64Array.from({ length: 40000 }, () => samplePert(rng, 0.85, 1, 1.25)).sort();
    const expected = perUnit * (percentileSorted(factors, 0.9) - percentileSorted(factors, 0.5));
    const spread = onlySalaries.paths.selfBuild.tco.p90 - onlySalaries.paths.selfBuild.tco.p50;
    expect(Math.abs(spread / expected - 1)).toBeLessThan(0.05);
  });
  test("changing one driver's range leaves the other drivers' draws alone (own streams)", () => {
    const narrowFx = runMonteCarlo({}, { trials: 2000, drivers: { ...fixed, salaries: {}, fx: { low: 0.99, high: 1.01 } } });
    const wideFx = runMonteCarlo({}, { trials: 2000, drivers: { ...fixed, salaries: {}, fx: { low: 0.5, high: 1.5 } } });
    // In a CNY budget with default features nothing is priced in USD, so FX does not matter and salaries draw the same.
    expect(wideFx.paths.selfBuild.tco).toEqual(narrowFx.paths.selfBuild.tco);
  });
  test("a triangular driver works too", () => {
    const r = runMonteCarlo({}, { trials: 2000, drivers: { salaries: { distribution: "triangular" } } });
    for (const p of PATH_IDS) expect(r.paths[p].tco.p50).toBeLessThanOrEqual(r.paths[p].tco.p90);
  });
  test.each([
    [{ trials: 0 }, /trials/],
    [{ trials: 1.5 }, /trials/],
    [{ trials: 2000001 }, /trials/],
    [{ seed: 0.5 }, /seed/],
    [{ drivers: { salaries: { low: 2 } } }, /mode/],
  ])("rejects %j with a typed error", (o, message) => {
    expect(() => runMonteCarlo({}, o as never)).toThrow(EngineError);
    expect(() => runMonteCarlo({}, o as never)).toThrow(message);
  });
  test("invalid requirements are rejected before any trial", () => {
    expect(() => runMonteCarlo({ headcount: -1 })).toThrow(EngineError);
  });
  test("P50 ≤ P80 ≤ P90 and reproducible for random seeds and requirement sets (fast-check)", () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.record({ headcount: fc.integer({ min: 10, max: 100000 }), userGrowthRate: fc.double({ min: -0.2, max: 0.5, noNaN: true }), deploymentRegion: fc.constantFrom("cn", "international"), hosting: fc.constantFrom("cloud", "onPremise"), horizonYears: fc.integer({ min: 1, max: 10 }) }),
        (seed, raw) => {
          const r = runMonteCarlo(raw, { trials: 300, seed });
          for (const p of PATH_IDS) {
            expect(r.paths[p].tco.p50).toBeLessThanOrEqual(r.paths[p].tco.p80);
            expect(r.paths[p].tco.p80).toBeLessThanOrEqual(r.paths[p].tco.p90);
            expect(r.paths[p].y1.p50).toBeLessThanOrEqual(r.paths[p].y1.p80);
            expect(r.paths[p].y1.p80).toBeLessThanOrEqual(r.paths[p].y1.p90);
          }
          expect(runMonteCarlo(raw, { trials: 300, seed })).toEqual(r);
        },
      ),
      { numRuns: 15 },
    );
  });
});

describe("percentileSorted", () => {
  test("interpolates like Excel's PERCENTILE.INC", () => {
    const s = Float64Array.from([1, 2, 3, 4, 5]);
    expect(percentileSorted(s, 0.5)).toBe(3);
    expect(percentileSorted(s, 0.8)).toBeCloseTo(4.2, 12);
    expect(percentileSorted(s, 0.9)).toBeCloseTo(4.6, 12);
    expect(percentileSorted(Float64Array.from([7]), 0.8)).toBe(7);
  });
});
