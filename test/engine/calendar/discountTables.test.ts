import { Decimal } from "../../../src/engine/decimal";
import { budgetWindow, monthlyDiscountFactor } from "../../../src/engine";

/** The window's discount tables are kept between calls by rate, timing and months; each call must still get its own. */
const windowAt = (discountRate: number | string, discountTiming: number, horizonYears = 2) =>
  budgetWindow({ projectStart: "2027-01", horizonYears, fiscalYearStartMonth: 1, fiscalYearLabel: "start", discountRate, discountTiming });

function expectFactors(rate: number, timing: number, horizonYears = 2): void {
  const w = windowAt(rate, timing, horizonYears);
  expect(w.discount).toHaveLength(horizonYears * 12 + 1);
  let running = new Decimal(0);
  for (let m = 1; m <= horizonYears * 12; m++) {
    // One power per month against the window's one power and a running product: equal to 25 digits.
    expect(w.discount[m].minus(monthlyDiscountFactor(m, rate, timing)).abs().lessThan("1e-25")).toBe(true);
    running = running.plus(w.discount[m]);
    expect(w.discountSum[m].minus(running).abs().lessThan("1e-25")).toBe(true);
  }
}

test("alternating rates, timings and horizons each get their own factors", () => {
  for (const [rate, timing, years] of [[0.05, 0.5, 2], [0.08, 0.5, 2], [0.05, 0, 2], [0.05, 0.5, 3], [0.05, 0.5, 2], [0, 1, 1]] as const) expectFactors(rate, timing, years);
  expect(windowAt(0.05, 0.5).discount[12].toString()).toBe(windowAt("0.05", 0.5).discount[12].toString());
  expect(windowAt(0.05, 0.5).discount[12].equals(windowAt(0.08, 0.5).discount[12])).toBe(false);
});

test("a rate of 0 discounts nothing: every factor is 1 and the sums count the months", () => {
  const w = windowAt(0, 0.5);
  expect(w.discount.slice(1).every((d) => d.equals(1))).toBe(true);
  expect(w.discountSum[24].toString()).toBe("24");
});

test("a shared table cannot be changed by one result under another", () => {
  const w = windowAt(0.05, 0.5);
  expect(() => (w.discount as Decimal[]).push(new Decimal(1))).toThrow(TypeError);
  expect(windowAt(0.05, 0.5).discount).toHaveLength(25);
});
