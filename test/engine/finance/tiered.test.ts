import fc from "fast-check";
import { dec, type Decimal } from "../../../src/engine/decimal";
import { EngineError } from "../../../src/engine/EngineError";
import { tieredCharge, type Tiers } from "../../../src/engine/finance/tiered";

const tiers = (limits: (number | null)[], prices: number[]): Tiers => ({
  limits: limits.map((l) => (l === null ? null : dec(l))),
  prices: prices.map((p) => dec(p)),
});
const charge = (q: number, t: Tiers, mode?: "graduated" | "volume" | "flat", free?: number): number =>
  tieredCharge(dec(q), t, mode, free === undefined ? undefined : dec(free)).toNumber();

describe("tieredCharge", () => {
  const unbounded = tiers([100, 1000, null], [1, 0.8, 0.5]);
  const zeroLast = tiers([100, 1000, 0], [1, 0.8, 0.5]);
  const bounded = tiers([100, 1000], [1, 0.8]);

  it("graduated: each unit at the price of its tier", () => {
    expect(charge(1500, unbounded)).toBe(100 + 900 * 0.8 + 500 * 0.5);
    expect(charge(1500, zeroLast)).toBe(1070);
    expect(charge(100, unbounded)).toBe(100);
    expect(charge(100.5, unbounded)).toBe(100.4);
    expect(charge(0, unbounded)).toBe(0);
  });

  it("graduated: beyond a bounded last limit the last price applies", () => {
    expect(charge(1500, bounded)).toBe(100 + 1400 * 0.8);
  });

  it("graduated: the first free units are free, measured on the gross quantity", () => {
    expect(charge(1500, unbounded, "graduated", 50)).toBe(50 + 720 + 250);
    expect(charge(1500, unbounded, "graduated", 200)).toBe(800 * 0.8 + 250);
    expect(charge(40, unbounded, "graduated", 50)).toBe(0);
  });

  it("volume: billable units at the price of the tier containing the quantity", () => {
    expect(charge(1500, unbounded, "volume")).toBe(750);
    expect(charge(1000, unbounded, "volume")).toBe(800); // limits are inclusive
    expect(charge(1000, unbounded, "volume", 100)).toBe(720);
    expect(charge(50, unbounded, "volume", 100)).toBe(0);
    expect(charge(5000, bounded, "volume")).toBe(4000);
  });

  it("flat: the fee of the band containing the quantity, 0 within the free units", () => {
    const bands = tiers([100, 500, null], [99, 399, 999]);
    expect(charge(300, bands, "flat")).toBe(399);
    expect(charge(100, bands, "flat")).toBe(99);
    expect(charge(100000, bands, "flat")).toBe(999);
    expect(charge(10, bands, "flat", 10)).toBe(0);
    expect(charge(0, bands, "flat")).toBe(0);
  });

  it("rejects descending limits, a blank limit before the last, negative prices and mismatched lengths", () => {
    expect(() => charge(1, tiers([100, 50], [1, 1]))).toThrow(EngineError);
    expect(() => charge(1, tiers([100, 100], [1, 1]))).toThrow(/ascending/);
    expect(() => charge(1, tiers([null, 100], [1, 1]))).toThrow(/only the last/);
    expect(() => charge(1, tiers([0, 100], [1, 1]))).toThrow(/greater than 0/);
    expect(() => charge(1, tiers([100], [-1]))).toThrow(/tierPrices/);
    expect(() => charge(1, tiers([100, null], [1]))).toThrow(/as many cells/);
  });

  it("property: graduated is monotone in quantity and between the cheapest and dearest price", () => {
    const arbTiers = fc
      .array(fc.tuple(fc.double({ min: 0.01, max: 1000, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true })), { minLength: 1, maxLength: 6 })
      .map((steps) => {
        let limit = 0;
        const limits: (Decimal | null)[] = [];
        const prices: Decimal[] = [];
        steps.forEach(([width, price], i) => {
          limit += width;
          limits.push(i === steps.length - 1 ? null : dec(limit));
          prices.push(dec(price));
        });
        return { limits, prices };
      });
    fc.assert(
      fc.property(arbTiers, fc.double({ min: 0, max: 5000, noNaN: true }), fc.double({ min: 0, max: 5000, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (t, a, b, free) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const cLo = tieredCharge(dec(lo), t, "graduated", dec(free));
        const cHi = tieredCharge(dec(hi), t, "graduated", dec(free));
        expect(cLo.lessThanOrEqualTo(cHi)).toBe(true);
        const billable = dec(hi).minus(free).clampedTo(0, Infinity);
        const min = t.prices.reduce((m, p) => (p.lessThan(m) ? p : m));
        const max = t.prices.reduce((m, p) => (p.greaterThan(m) ? p : m));
        expect(cHi.greaterThanOrEqualTo(billable.times(min).minus("1e-20"))).toBe(true);
        expect(cHi.lessThanOrEqualTo(billable.times(max).plus("1e-20"))).toBe(true);
      }),
    );
  });
});
