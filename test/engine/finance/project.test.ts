import fc from "fast-check";
import { dec } from "../../../src/engine/decimal";
import { EngineError } from "../../../src/engine/EngineError";
import { projectCosts } from "../../../src/engine/finance/project";
import { contingency } from "../../../src/engine/finance/contingency";
import { laborCost } from "../../../src/engine/finance/labor";

describe("projectCosts", () => {
  it("grows the first-year cost by (1+g)^(t-1)", () => {
    expect(projectCosts(dec(100000), 3, dec("0.05")).map((d) => d.toNumber())).toEqual([100000, 105000, 110250]);
    expect(projectCosts(dec(100), 4).map((d) => d.toNumber())).toEqual([100, 100, 100, 100]);
    expect(projectCosts(dec(80), 3, dec(-1)).map((d) => d.toNumber())).toEqual([80, 0, 0]);
  });

  it("accepts 1 to 100 whole years only", () => {
    expect(projectCosts(dec(1), 100)).toHaveLength(100);
    for (const bad of [0, 101, 2.5, -1]) expect(() => projectCosts(dec(1), bad)).toThrow(EngineError);
    expect(() => projectCosts(dec(1), 2, dec("-1.5"))).toThrow(/growthRate/);
  });
});

describe("contingency", () => {
  it("is amount × rate, 25% by default", () => {
    expect(contingency(dec(200000)).toNumber()).toBe(50000);
    expect(contingency(dec(200000), dec("0.2")).toNumber()).toBe(40000);
    expect(() => contingency(dec(1), dec("1.1"))).toThrow(/rate/);
  });
});

describe("laborCost", () => {
  it("sums fte × salary × load × (1+g)^(t-1) over the years", () => {
    expect(laborCost(dec(2), dec(300000)).toNumber()).toBe(840000);
    // 840,000 × (1 + 1.05 + 1.1025)
    expect(laborCost(dec(2), dec(300000), dec("1.4"), 3, dec("0.05")).toNumber()).toBe(2648100);
    expect(laborCost(dec("0.5"), dec(100000), dec(1), 10).toNumber()).toBe(500000);
    expect(() => laborCost(dec(1), dec(1), dec(1), 0)).toThrow(/years/);
  });

  it("property: equals the sum of the projected yearly costs", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 1e6, noNaN: true }), fc.integer({ min: 1, max: 30 }), fc.double({ min: -0.5, max: 0.5, noNaN: true }), (fte, salary, years, g) => {
        const total = laborCost(dec(fte), dec(salary), dec("1.4"), years, dec(g));
        const yearOne = dec(fte).times(salary).times("1.4");
        const projected = projectCosts(yearOne, years, dec(g)).reduce((a, b) => a.plus(b), dec(0));
        expect(total.minus(projected).abs().lessThanOrEqualTo(total.abs().times("1e-25"))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
