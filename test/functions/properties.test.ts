import fc from "fast-check";
import { CustomFunctionsErrorStub } from "./customFunctionsStub";
import * as F from "../../src/functions/functions";
import { PARAMETER_SPECS, type FunctionId } from "../../src/functions/parameterSpecs";

type Fn = (...args: unknown[]) => unknown;
const call = (id: FunctionId, args: unknown[]): unknown => (F as unknown as Record<string, Fn>)[id.toLowerCase()](...args);

const money = fc.double({ min: 0, max: 1e9, noNaN: true });
const costRange = fc.array(fc.array(fc.oneof(money, fc.constant(null), fc.constant("")), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }).filter((rows) => rows.every((r) => r.length === rows[0].length));

const plainSum = (rows: unknown[][]): number => rows.flat().reduce<number>((a, c) => a + (typeof c === "number" ? c : 0), 0);

describe("properties over random valid input", () => {
  it("TCO with r = 0 equals upfront + the sum of the cells", () => {
    fc.assert(
      fc.property(costRange, money, (rows, upfront) => {
        const expected = upfront + plainSum(rows);
        expect(F.tco(rows, upfront, 0)).toBeCloseTo(expected, Math.max(0, 6 - Math.ceil(Math.log10(expected + 1))));
      }),
    );
  });

  it("TCO: discounting never increases the total of positive costs, and never goes below upfront", () => {
    fc.assert(
      fc.property(costRange, money, fc.double({ min: 1e-6, max: 10, noNaN: true }), (rows, upfront, r) => {
        const plain = F.tco(rows, upfront);
        const discounted = F.tco(rows, upfront, r);
        expect(discounted).toBeLessThanOrEqual(plain);
        expect(discounted).toBeGreaterThanOrEqual(upfront);
      }),
    );
  });

  it("TIERED graduated is monotone in quantity; volume and flat never exceed the dearest rate", () => {
    const tiersArb = fc.array(fc.tuple(fc.double({ min: 0.5, max: 1000, noNaN: true }), fc.double({ min: 0, max: 50, noNaN: true })), { minLength: 1, maxLength: 5 }).map((steps) => {
      let limit = 0;
      return {
        limits: steps.map(([w], i) => [i === steps.length - 1 ? null : (limit += w)]),
        prices: steps.map(([, p]) => [p]),
      };
    });
    fc.assert(
      fc.property(tiersArb, fc.double({ min: 0, max: 1e4, noNaN: true }), fc.double({ min: 0, max: 1e4, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (t, a, b, free) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(F.tiered(lo, t.limits, t.prices, "graduated", free)).toBeLessThanOrEqual(F.tiered(hi, t.limits, t.prices, "graduated", free) + 1e-9);
        const dearest = Math.max(...t.prices.map((p) => p[0]));
        expect(F.tiered(hi, t.limits, t.prices, "volume", free)).toBeLessThanOrEqual(Math.max(0, hi - free) * dearest + 1e-6);
        expect(F.tiered(hi, t.limits, t.prices, "flat", free)).toBeLessThanOrEqual(dearest);
      }),
    );
  });

  it("PROJECT sums to LABOR's total for the same first-year cost and growth", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.integer({ min: 1, max: 100 }), fc.double({ min: -0.5, max: 0.5, noNaN: true }), (salary, years, g) => {
        const row = F.project(salary * 1.4, years, g)[0];
        const total = row.reduce((a, b) => a + b, 0);
        // the row is summed in binary floating point here, so compare relatively
        expect(Math.abs(F.labor(1, salary, 1.4, years, g) - total)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(total)));
      }),
      { numRuns: 50 },
    );
  });

  it("SERVERS always covers the load with headroom, plus the spares", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e7, noNaN: true }), fc.double({ min: 1, max: 1e5, noNaN: true }), fc.double({ min: 0, max: 2, noNaN: true }), fc.integer({ min: 0, max: 10 }), (peak, cap, h, spares) => {
        const n = F.servers(peak, cap, h, spares);
        expect(Number.isInteger(n)).toBe(true);
        expect((n - spares) * cap).toBeGreaterThanOrEqual(peak * (1 + h) * (1 - 1e-12));
      }),
    );
  });
});

/** Anything Excel (or code) could pass: numbers of every kind, text, booleans, blanks, ranges. */
const scalar = fc.oneof(
  fc.double(),
  fc.integer({ min: -5, max: 200 }),
  fc.constantFrom(null, undefined, "", 0, -0, NaN, Infinity, -Infinity, true, false, "abc", "video", "volume", "flat", "hybrid", "自建", "headcount", "12"),
);
const range = fc.array(fc.array(scalar, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 });
const anyArg = fc.oneof(scalar, range, fc.constantFrom([["headcount", 3000], ["dauRatio", 0.5]], [[100], [null]], []));

describe("no input ever gives NaN, Infinity or an uncaught exception, and every call is fast", () => {
  const isCell = (v: unknown) => typeof v === "string" || (typeof v === "number" && Number.isFinite(v));
  it.each(Object.keys(PARAMETER_SPECS) as FunctionId[])("%s", (id) => {
    const arity = PARAMETER_SPECS[id].length;
    fc.assert(
      fc.property(fc.array(anyArg, { minLength: arity, maxLength: arity }), (args) => {
        const started = performance.now();
        try {
          const result = call(id, args);
          if (Array.isArray(result)) {
            for (const row of result as unknown[][]) for (const cell of row) expect(isCell(cell)).toBe(true);
          } else {
            expect(typeof result === "number" && Number.isFinite(result)).toBe(true);
          }
        } catch (error) {
          expect(error).toBeInstanceOf(CustomFunctionsErrorStub);
          expect((error as CustomFunctionsErrorStub).code).toBe("#VALUE!");
          expect((error as CustomFunctionsErrorStub).message).toMatch(new RegExp(`^${id}: `));
        }
        expect(performance.now() - started).toBeLessThan(1000);
      }),
      { numRuns: id === "BUDGET" || id === "COMPARE" ? 60 : 300 },
    );
  });
});
