import fc from "fast-check";
import { arbitraryRequirements } from "../support/arbitraryRequirements";
// Through the index, as every adapter does: it loads the risk model, which supplies the risk-based contingency.
import { computeBudget } from "../../src/engine";
import { PATH_IDS } from "../../src/engine/budget/paths";
import { Decimal } from "../../src/engine/decimal";
import { EngineError, type EngineErrorCode } from "../../src/engine/EngineError";
import type { RequirementSpec } from "../../src/engine/requirements/RequirementSpec";
import { REQUIREMENT_SPECS } from "../../src/engine/requirements/requirementSpecs";

const specs = REQUIREMENT_SPECS as readonly RequirementSpec[];
const arbRequirements = arbitraryRequirements;
const finite = (d: Decimal) => d.isFinite() && !d.isNaN();

/** What a call throws, or null when it returns. */
function thrownBy(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  return null;
}

/**
 * Values each spec must reject, worked out from the spec's stated range alone, with the error code expected:
 * never a number (NaN, ±Infinity, text, an array, an object), just outside [min, max], a fraction where a
 * whole number is asked, a word or number that is not one of the choices.
 */
function invalidValues(spec: RequirementSpec): [unknown, EngineErrorCode][] {
  // A month that is not one (text, a bad serial) is out of the allowed months: "YYYY-MM" from 2000-01 to 2100-12.
  const notNumber: EngineErrorCode = spec.kind === "number" || spec.kind === "override" ? "notANumber" : spec.kind === "month" ? "outOfRange" : "unknownOption";
  const out: [unknown, EngineErrorCode][] = [Number.NaN, Infinity, -Infinity, "text", [1], {}].map((v) => [v, notNumber]);
  if (spec.kind === "number" || spec.kind === "override") out.push([spec.min - 1, "outOfRange"], [spec.max + 1, "outOfRange"], [-1e12, "outOfRange"]);
  if (spec.kind === "number" && spec.integer) out.push([spec.min + 0.5, "notAnInteger"]);
  if (spec.kind === "boolean") out.push([1, "unknownOption"], ["yes", "unknownOption"]);
  if (spec.kind === "month") out.push(["2027-13", "outOfRange"], ["1999-12", "outOfRange"], ["2101-01", "outOfRange"], ["2027-1", "outOfRange"], [0, "outOfRange"]);
  if (spec.kind === "choice") out.push(["not-a-choice", "unknownOption"], [Math.max(...spec.choices.map((c) => (typeof c === "number" ? c : 0))) + 1, "unknownOption"]);
  return out;
}

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
    const cases = specs.flatMap((spec) => invalidValues(spec).map(([value, code]) => ({ spec, value, code })));
    expect(cases.length).toBeGreaterThan(specs.length * 7);
    const wrong = cases.flatMap(({ spec, value, code }) => {
      const seen = thrownBy(() => computeBudget({ [spec.key]: value }));
      const ok = seen instanceof EngineError && seen.field === spec.key && seen.code === code;
      return ok ? [] : [`${spec.key} = ${String(value)}: expected ${code}, got ${seen === null ? "no error" : String(seen)}`];
    });
    expect(wrong).toEqual([]);
  });
  test("the invalid-value check fails when nothing is thrown: each spec's default is accepted", () => {
    for (const spec of specs) expect(thrownBy(() => computeBudget({ [spec.key]: spec.default }))).toBeNull();
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
