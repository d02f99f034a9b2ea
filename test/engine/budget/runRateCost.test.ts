import { computeBudget, Decimal, runRateCost, sum } from "../../../src/engine";

/** The six categories' lines (hidden costs left out) in one fiscal column, before contingency, summed line by line. */
function baseFromLines(result: ReturnType<typeof computeBudget>, path: "selfBuild" | "commercial" | "hybrid", column: number): Decimal {
  return sum(result.paths[path].lines.filter((l) => l.category !== "hidden").map((l) => l.fiscal[column]));
}

/** Equal to 25 significant digits: the base is summed in a different order here than in the engine. */
const same = (a: Decimal | undefined, b: Decimal): boolean => a !== undefined && a.toSignificantDigits(25).equals(b.toSignificantDigits(25));

describe("runRateCost: the first full fiscal year wholly in service", () => {
  test("calendar fiscal year: a 12-month build is measured in the second year, over headcount × 12 user-months", () => {
    const result = computeBudget({ projectStart: "2027-01", fiscalYearStartMonth: 1, userGrowthRate: 0, goLiveMonthsSelfBuild: 12 });
    const rate = runRateCost(result, "selfBuild");
    expect(rate?.fiscalIndex).toBe(1);
    expect(rate?.label.en).toBe("FY2028");
    expect(same(rate?.perUserMonth, baseFromLines(result, "selfBuild", 1).dividedBy(5000 * 12))).toBe(true);
  });

  test("a path live from month 1 is measured in the first year; one live in month 3 in the second", () => {
    const result = computeBudget({ projectStart: "2027-01", goLiveMonthsCommercial: 0, goLiveMonthsHybrid: 2 });
    expect(runRateCost(result, "commercial")?.fiscalIndex).toBe(0);
    expect(runRateCost(result, "hybrid")?.fiscalIndex).toBe(1);
  });

  test("April fiscal year: the part year and the year holding build months are skipped; user-months follow the window years", () => {
    // Columns: FY2026/27 = months 1–3, FY2027/28 = months 4–15 (build until 12), FY2028/29 = months 16–27.
    // Months 16–24 lie in window year 2 (5,000 × 1.1 users), months 25–27 in window year 3 (5,000 × 1.1²).
    const result = computeBudget({ projectStart: "2027-01", fiscalYearStartMonth: 4, userGrowthRate: 0.1, goLiveMonthsSelfBuild: 12 });
    const rate = runRateCost(result, "selfBuild");
    expect(rate?.fiscalIndex).toBe(2);
    expect(rate?.label.en).toBe("FY2028/29");
    const userMonths = new Decimal(9).times(5500).plus(new Decimal(3).times(6050));
    expect(same(rate?.perUserMonth, baseFromLines(result, "selfBuild", 2).dividedBy(userMonths))).toBe(true);
  });

  test("no full year in service within the window gives null, not a number from build months", () => {
    const result = computeBudget({ horizonYears: 1, goLiveMonthsSelfBuild: 12 });
    expect(runRateCost(result, "selfBuild")).toBeNull();
  });
});
