/**
 * Hybrid's IM PaaS fees, worked out here by hand for a year in service (window year 3, no growth). Abroad:
 * graduated per-MAU pricing (the first 200 MAU free, then 0.05, 0.0475 and 0.045 USD a MAU above 5,000 and
 * 10,000), at 7.2 CNY a USD. In China: a plan and its DAU steps.
 */
import { computeBudget } from "../../../src/engine";

/** The hybrid IM PaaS line over window year 3 (months 25–36, all in service), with no user growth. */
function windowYear3(raw: Record<string, unknown>): number {
  const l = computeBudget({ userGrowthRate: 0, ...raw }).paths.hybrid.lines.find((x) => x.id === "imPlatformFees")!;
  let s = 0;
  for (let m = 25; m <= 36; m++) s += l.month(m).toNumber();
  return s;
}

test.each([
  // users: free 200, then (3,000 − 200) × 0.05 = 140 USD a month
  [3000, 140],
  // (5,000 − 200) × 0.05 + (7,000 − 5,000) × 0.0475 = 240 + 95
  [7000, 335],
  // 240 + 5,000 × 0.0475 + 10,000 × 0.045 = 240 + 237.5 + 450
  [20000, 927.5],
  // under the free allowance: nothing
  [150, 0],
])("%i users pay %d USD a month", (headcount, usdMonth) => {
  expect(windowYear3({ deploymentRegion: "international", headcount })).toBeCloseTo(usdMonth * 12 * 7.2, 6);
});

// China: a plan for the first 10,000 DAU (6,000 CNY a month incl. 6% VAT), then 3,000 a month per further
// 10,000 DAU or part of it.

test.each([
  // 5,000 staff × 0.85 = 4,250 DAU: the base plan only
  [5000, 0],
  // 20,000 × 0.85 = 17,000 DAU: 7,000 above the first 10,000, one step
  [20000, 1],
  // 30,000 × 0.85 = 25,500 DAU: 15,500 above, two steps (a part step counts)
  [30000, 2],
])("China: %i staff pay the base plan and %i steps", (headcount, steps) => {
  expect(windowYear3({ headcount })).toBeCloseTo(((6000 + 3000 * steps) / 1.06) * 12, 6);
});
