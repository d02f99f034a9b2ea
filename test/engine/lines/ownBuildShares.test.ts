/**
 * Lines priced as a share of what the own build costs (developers and client apps over the build months):
 * domestic-platform adaptation (one-off, with the build) and technical debt (a year, once in service).
 * Salary growth 0 keeps every month at the same salary index, so the shares read directly off the totals.
 */
import { RATE_CARD_ENTRIES, computeBudget } from "../../../src/engine";

const rate = (key: string): number => Number(RATE_CARD_ENTRIES.find((e) => e.key === key)!.list);
const flat = { salaryGrowthRate: 0, domesticTech: true };

function build(path: "selfBuild" | "hybrid") {
  const b = computeBudget(flat).paths[path];
  const total = (id: string) => b.lines.find((l) => l.id === id)!.total.toNumber();
  const windowYear = (id: string, w: number) => {
    const l = b.lines.find((x) => x.id === id)!;
    let s = 0;
    for (let m = 12 * (w - 1) + 1; m <= 12 * w; m++) s += l.month(m).toNumber();
    return s;
  };
  return { own: total("developmentTeam") + total("clientApps"), total, windowYear };
}

test.each(["selfBuild", "hybrid"] as const)("%s: domestic adaptation is its share of developers and client apps over the build", (path) => {
  const b = build(path);
  expect(b.own).toBeGreaterThan(0);
  expect(b.total("domesticAdaptation")).toBeCloseTo(rate("domestic_adaptation_share") * b.own, 4);
});

test.each([
  ["selfBuild", "tech_debt_share_selfbuild"],
  ["hybrid", "tech_debt_share_hybrid"],
] as const)("%s: technical debt in a full year of service is its share of the own build a year", (path, share) => {
  const b = build(path);
  // Window year 3: both paths are in service all year (self-build from month 13, hybrid from month 7).
  expect(b.windowYear("technicalDebt", 3)).toBeCloseTo(rate(share) * b.own, 4);
});
