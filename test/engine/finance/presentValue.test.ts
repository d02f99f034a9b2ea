import fc from "fast-check";
import { dec, sum, type Decimal } from "../../../src/engine/decimal";
import { EngineError } from "../../../src/engine/EngineError";
import { discountFactors, presentValue } from "../../../src/engine/finance/presentValue";

const decs = (xs: number[]): Decimal[] => xs.map((x) => dec(x));

describe("presentValue", () => {
  it("is upfront + the sum when undiscounted", () => {
    expect(presentValue(decs([100, 200, 300]), dec(0), dec(1000)).toNumber()).toBe(1600);
  });

  it("discounts year t by (1+r)^t, the first amount by one year (Excel's NPV)", () => {
    // 100/1.08 + 200/1.08^2 + 300/1.08^3 + 1000 = 1502.210028959…
    const pv = presentValue(decs([100, 200, 300]), dec("0.08"), dec(1000));
    expect(pv.toDecimalPlaces(9).toString()).toBe("1502.210028959");
    expect(presentValue(decs([110]), dec("0.1")).toDecimalPlaces(20).toString()).toBe("100");
  });

  it("counts a blank (null) year as 0 but keeps its place", () => {
    const withBlank = presentValue([null, dec(121)], dec("0.1"));
    expect(withBlank.toDecimalPlaces(20).toString()).toBe("100");
  });

  it("accepts negative rates above -1 and rejects -1 and below", () => {
    expect(presentValue(decs([50]), dec("-0.5")).toNumber()).toBe(100);
    expect(() => presentValue(decs([1]), dec(-1))).toThrow(EngineError);
    expect(() => presentValue(decs([1]), dec(-2))).toThrow(/discountRate/);
  });

  it("caches discount factors per rate and extends them", () => {
    const a = discountFactors(dec("0.05"), 3);
    const b = discountFactors(dec("0.05"), 10);
    expect(b).toBe(a);
    expect(b.length).toBeGreaterThanOrEqual(11);
    // kept to 25 significant digits: far beyond a double's 17
    const exact = dec(1).div(dec("1.05").pow(2));
    expect(b[2].minus(exact).abs().div(exact).toNumber()).toBeLessThan(1e-24);
    expect(b[10].minus(dec(1).div(dec("1.05").pow(10))).abs().toNumber()).toBeLessThan(1e-24);
  });

  it("property: r = 0 gives upfront + sum; r > 0 never increases the total of positive costs", () => {
    // Money in cents up to 1e9: sums of values 40 orders of magnitude apart round differently in any
    // fixed-precision arithmetic, and no budget holds such amounts.
    const cents = fc.integer({ min: 0, max: 100_000_000_000 }).map((c) => c / 100);
    const costs = fc.array(cents, { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(costs, cents, fc.double({ min: 0.0001, max: 5, noNaN: true }), (cs, up, r) => {
        const flows = decs(cs);
        const plain = presentValue(flows, dec(0), dec(up));
        expect(plain.equals(dec(up).plus(sum(flows)))).toBe(true);
        const discounted = presentValue(flows, dec(r), dec(up));
        expect(discounted.lessThanOrEqualTo(plain)).toBe(true);
        expect(discounted.greaterThanOrEqualTo(dec(up))).toBe(true);
      }),
    );
  });
});
