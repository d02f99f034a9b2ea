import fc from "fast-check";
import { dec } from "../../../src/engine/decimal";
import { EngineError } from "../../../src/engine/EngineError";
import { pertEstimate } from "../../../src/engine/finance/pert";

describe("pertEstimate", () => {
  it("returns the mean (o + 4m + p) / 6 at the default confidence 0.5", () => {
    expect(pertEstimate(dec(10), dec(20), dec(40)).toNumber()).toBeCloseTo(130 / 6, 12);
    expect(pertEstimate(dec(6), dec(6), dec(6)).toNumber()).toBe(6);
  });

  it("adds z·σ at other confidence levels (z(0.8) ≈ 0.8416212335729143)", () => {
    const expected = 130 / 6 + 0.8416212335729143 * 5;
    expect(pertEstimate(dec(10), dec(20), dec(40), dec("0.8")).toNumber()).toBeCloseTo(expected, 12);
    expect(pertEstimate(dec(10), dec(20), dec(40), dec("0.2")).toNumber()).toBeCloseTo(130 / 6 - 0.8416212335729143 * 5, 12);
  });

  it("requires optimistic ≤ mostLikely ≤ pessimistic", () => {
    expect(() => pertEstimate(dec(30), dec(20), dec(40))).toThrow(EngineError);
    expect(() => pertEstimate(dec(30), dec(20), dec(40))).toThrow(/mostLikely/);
    expect(() => pertEstimate(dec(10), dec(50), dec(40))).toThrow(/pessimistic/);
  });

  it("property: the estimate rises with confidence and stays within a few σ", () => {
    const arb = fc.tuple(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e6, noNaN: true }));
    fc.assert(
      fc.property(arb, fc.double({ min: 0.01, max: 0.98, noNaN: true }), ([o, a, b], c) => {
        const m = o + a;
        const p = m + b;
        const low = pertEstimate(dec(o), dec(m), dec(p), dec(c));
        const high = pertEstimate(dec(o), dec(m), dec(p), dec(c + 0.01));
        expect(low.lessThanOrEqualTo(high)).toBe(true);
        expect(Number.isFinite(low.toNumber())).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
