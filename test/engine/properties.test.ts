import fc from "fast-check";
import { arbitraryRequirements } from "../support/arbitraryRequirements";
import { computeBudget } from "../../src/engine/budget/computeBudget";
import { PATH_IDS } from "../../src/engine/budget/paths";
import { Decimal } from "../../src/engine/decimal";
import { EngineError } from "../../src/engine/EngineError";
import type { RequirementSpec } from "../../src/engine/requirements/RequirementSpec";
import { REQUIREMENT_SPECS } from "../../src/engine/requirements/requirementSpecs";

const specs = REQUIREMENT_SPECS as readonly RequirementSpec[];
const arbRequirements = arbitraryRequirements;
const finite = (d: Decimal) => d.isFinite() && !d.isNaN();

describe("computeBudget properties (fast-check, default rate card)", () => {
  test("no NaN or Infinity, TCO = Σ fiscal years = Σ months, NPV ≤ TCO for a positive discount rate", () => {
    fc.assert(
      fc.property(arbRequirements, (raw) => {
        const r = computeBudget(raw);
        for (const p of PATH_IDS) {
          const b = r.paths[p];
          for (const y of b.years) expect(finite(y)).toBe(true);
          for (const l of b.lines) for (const v of l.fiscal) expect(finite(v)).toBe(true);
          expect(b.tco.minus(b.years.reduce((a, y) => a.plus(y), new Decimal(0))).abs().lessThan(1e-9)).toBe(true);
          for (const l of b.lines) for (const v of l.fiscal) expect(v.greaterThanOrEqualTo(0)).toBe(true);
          expect(b.tco.minus(b.months.reduce((a, y) => a.plus(y), new Decimal(0))).abs().lessThan(1e-9)).toBe(true);
          if ((r.requirements.discountRate as number) > 0) expect(b.npv.lessThanOrEqualTo(b.tco.plus(1e-9))).toBe(true); // 34-digit rounding at a rate of 1e-323
          expect(finite(b.costPerUserMonth)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
  test("more users never lowers a path's TCO", () => {
    fc.assert(
      fc.property(arbRequirements, fc.integer({ min: 1, max: 100000 }), fc.integer({ min: 1, max: 100000 }), (raw, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const small = computeBudget({ ...raw, headcount: lo });
        const large = computeBudget({ ...raw, headcount: hi });
        for (const p of PATH_IDS) expect(large.paths[p].tco.greaterThanOrEqualTo(small.paths[p].tco)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
  test("every invalid value gives a typed error naming its field", () => {
    const bad = fc.constantFrom<unknown>(Number.NaN, Infinity, -Infinity, "text", -1e12, 1e12, 0.5, [1], {});
    fc.assert(
      fc.property(fc.constantFrom(...specs), bad, (spec, value) => {
        let error: unknown = null;
        try {
          computeBudget({ [spec.key]: value });
        } catch (e) {
          error = e;
        }
        const acceptable = error === null; // some values are valid for some keys (e.g. 0.5 for a share)
        if (!acceptable) {
          expect(error).toBeInstanceOf(EngineError);
          expect((error as EngineError).field).toBe(spec.key);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("plausibility on defaults", () => {
  const at = (headcount: number) => computeBudget({ headcount });
  test("self-build is dearer than commercial at 500 and 5,000 staff", () => {
    for (const n of [500, 5000]) expect(at(n).paths.selfBuild.tco.greaterThan(at(n).paths.commercial.tco)).toBe(true);
  });
  test("commercial costs CNY 5–150 per user per month at 5,000 staff", () => {
    const cpu = at(5000).paths.commercial.costPerUserMonth.toNumber();
    expect(cpu).toBeGreaterThanOrEqual(5);
    expect(cpu).toBeLessThanOrEqual(150);
  });
  test("at 50,000 staff the per-user cost of owning the platform falls below the per-seat product", () => {
    const r = at(50000);
    expect(r.paths.selfBuild.costPerUserMonth.lessThan(r.paths.commercial.costPerUserMonth)).toBe(true);
  });
});
