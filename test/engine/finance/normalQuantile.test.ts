import fc from "fast-check";
import { dec } from "../../../src/engine/decimal";
import { EngineError } from "../../../src/engine/EngineError";
import { normalCdf, normalDensity, normalQuantile } from "../../../src/engine/finance/normalQuantile";

describe("normalQuantile (NORM.S.INV)", () => {
  it.each([
    ["0.8", 0.8416212335729143],
    ["0.2", -0.8416212335729143],
    ["0.975", 1.959963984540054],
    ["0.95", 1.6448536269514722],
    ["0.99", 2.3263478740408408],
    ["0.999", 3.090232306167813],
    ["1e-10", -6.361340902404056],
    ["0.9999999999", 6.361340902404056],
  ])("z(%s) = %d", (p, z) => {
    expect(normalQuantile(dec(p)).toNumber()).toBeCloseTo(z, 13);
  });

  it("is exactly 0 at 0.5", () => {
    expect(normalQuantile(dec("0.5")).isZero()).toBe(true);
  });

  it("handles the far tails", () => {
    const z = normalQuantile(dec("1e-300"));
    expect(z.toNumber()).toBeCloseTo(-37.04710, 4);
  });

  it("rejects probabilities outside (0, 1), naming the field", () => {
    for (const p of ["0", "1", "-0.1", "1.5"]) {
      expect(() => normalQuantile(dec(p), "confidence")).toThrow(EngineError);
      expect(() => normalQuantile(dec(p), "confidence")).toThrow(/confidence/);
    }
  });

  it("normalCdf matches known values", () => {
    expect(normalCdf(dec(0)).toNumber()).toBe(0.5);
    expect(normalCdf(dec("1.96")).toNumber()).toBeCloseTo(0.9750021048517795, 15);
    expect(normalCdf(dec(-6)).toNumber()).toBeCloseTo(9.865876450376946e-10, 22);
  });

  it("property: Φ(z(p)) = p and z is increasing", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true }), fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true }), (p, q) => {
        const zp = normalQuantile(dec(p));
        // |Φ(z) − p| / φ(z) is the error in z: far below a double's resolution
        expect(normalCdf(zp).minus(p).abs().div(normalDensity(zp)).toNumber()).toBeLessThan(1e-15);
        if (p < q) expect(zp.lessThanOrEqualTo(normalQuantile(dec(q)))).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});
