import "./customFunctionsStub";
import * as F from "../../src/functions/functions";
import { computeBudget } from "../../src/engine/budget/computeBudget";
import { CATEGORIES } from "../../src/engine/budget/categories";
import { PATHS, type PathId } from "../../src/engine/budget/paths";
import type { Decimal } from "../../src/engine/decimal";

/** BUDGET and COMPARE must show exactly what the engine computes (to the cent). */

const CENT = 0.005;
const expectCents = (cell: unknown, value: Decimal) => {
  expect(typeof cell).toBe("number");
  expect(Math.abs((cell as number) - value.toNumber())).toBeLessThan(CENT);
};

const SCENARIOS: { label: string; range: unknown[][] | undefined; raw: Record<string, unknown>; years?: number }[] = [
  { label: "all defaults", range: undefined, raw: {} },
  { label: "2,000 staff, 90% daily active", range: [["headcount", 2000], ["dauRatio", 0.9]], raw: { headcount: 2000, dauRatio: 0.9 } },
  {
    label: "finance industry, on-premise, USD, 3 years by argument",
    range: [["industry", "finance"], ["hosting", "onPremise"], ["currency", "USD"], [null, null], ["recording", true], ["horizonYears", 7]],
    raw: { industry: "finance", hosting: "onPremise", currency: "USD", recording: true, horizonYears: 3 },
    years: 3,
  },
  { label: "ten years, keys in any case, blank values", range: [["HEADCOUNT", 12000], ["videoMinutesPerUserDay", ""], ["horizonyears", 10]], raw: { headcount: 12000, horizonYears: 10 } },
];

describe.each(SCENARIOS)("$label", ({ range, raw, years }) => {
  const engine = computeBudget(raw);
  // One column per fiscal year touched by the window (January fiscal years from 2027-01: one per year).
  const n = engine.calendar.fiscalYears.length - 1;
  const yearHeaders = Array.from({ length: engine.horizonYears }, (_, t) => `FY${2027 + t}`);

  it.each(PATHS.map((p) => [p.id, p.id === "selfBuild" ? "selfbuild" : p.id] as [PathId, string]))("BUDGET %s agrees with computeBudget to the cent", (pathId, pathArg) => {
    const table = F.budget(range, pathArg, years);
    const path = engine.paths[pathId];
    expect(table[0]).toEqual(["Category", ...yearHeaders, "Total"]);
    expect(table.map((r) => r[0])).toEqual(["Category", ...CATEGORIES.map((c) => c.label.en), "Contingency", "Total", "Cash", "P&L", "Capex", "Opex"]);
    CATEGORIES.forEach((c, i) => {
      const row = table[i + 1];
      path.categories[c.id].forEach((v, t) => expectCents(row[t + 1], v));
      expectCents(row[n + 2], path.categories[c.id].reduce((a, b) => a.plus(b)));
    });
    const contingency = table[CATEGORIES.length + 1];
    path.contingency.forEach((v, t) => expectCents(contingency[t + 1], v));
    const total = table[CATEGORIES.length + 2];
    path.years.forEach((v, t) => expectCents(total[t + 1], v));
    expectCents(total[n + 2], path.tco);
    // The table adds up: categories + contingency = total, per year and overall.
    for (let col = 1; col <= n + 2; col++) {
      const sum = table.slice(1, CATEGORIES.length + 2).reduce((a, r) => a + (r[col] as number), 0);
      expect(Math.abs(sum - (total[col] as number))).toBeLessThan(CENT);
    }
    // The four views, per fiscal year and over the window: cash = capex + opex, and Σ cash = TCO.
    const [cash, pnl, capex, opex] = table.slice(CATEGORIES.length + 3);
    (["cash", "pnl", "capex", "opex"] as const).forEach((view, i) => path[view].forEach((v, t) => expectCents([cash, pnl, capex, opex][i][t + 1], v)));
    for (let col = 1; col <= n + 2; col++) expect(Math.abs((cash[col] as number) - (capex[col] as number) - (opex[col] as number))).toBeLessThan(CENT);
    expectCents(cash[n + 2], path.tco);
  });

  it("COMPARE agrees with computeBudget to the cent", () => {
    const table = F.compare(range, years);
    expect(table[0]).toEqual(["Path", ...yearHeaders, "TCO", "NPV", "Go-live"]);
    expect(table).toHaveLength(PATHS.length + 1);
    PATHS.forEach((p, i) => {
      const row = table[i + 1];
      const b = engine.paths[p.id];
      expect(row[0]).toBe(p.label.en);
      b.years.forEach((v, t) => expectCents(row[t + 1], v));
      expectCents(row[n + 2], b.tco);
      expectCents(row[n + 3], b.npv);
      const live = 2027 * 12 + b.goLive; // months since year 0 of the go-live month (project start 2027-01)
      expect(row[n + 4]).toBe(`${Math.floor(live / 12)}-${String((live % 12) + 1).padStart(2, "0")}`);
    });
  });
});

describe("BUDGET arguments", () => {
  it("defaults to the commercial path and accepts the Chinese path names", () => {
    expect(F.budget()).toEqual(F.budget(undefined, "commercial"));
    expect(F.budget(undefined, "自建")).toEqual(F.budget(undefined, "selfbuild"));
    expect(F.budget(undefined, "商业")).toEqual(F.budget(undefined, "Commercial"));
    expect(F.budget(undefined, "混合")).toEqual(F.budget(undefined, " HYBRID "));
    expect(F.budget(undefined, "self-build")).toEqual(F.budget(undefined, "selfbuild"));
  });

  it("years overrides horizonYears from the range", () => {
    const byArg = F.budget([["horizonYears", 8]], "hybrid", 2);
    expect(byArg[0]).toEqual(["Category", "FY2027", "FY2028", "Total"]);
    expect(F.budget([["horizonYears", 8]], "hybrid")[0]).toHaveLength(10);
  });

  it("takes projectStart as \"YYYY-MM\" or a date serial, and names part years by their months", () => {
    const text = F.budget([["projectStart", "2027-10"], ["fiscalYearStartMonth", 4], ["fiscalYearLabel", "end"]], "commercial", 2);
    // 46661 is 2027-10-01 in the 1900 date system; any day of the month means that month.
    const serial = F.budget([["projectStart", 46661 + 14], ["fiscalYearStartMonth", 4], ["fiscalYearLabel", "end"]], "commercial", 2);
    expect(text).toEqual(serial);
    expect(text[0]).toEqual(["Category", "FY2028 (6 months)", "FY2029", "FY2030 (6 months)", "Total"]);
    expect(() => F.budget([["projectStart", "2027-13"]])).toThrow(/projectStart/);
  });

  it("returns plain numbers and labels only", () => {
    for (const row of F.compare()) for (const cell of row) expect(typeof cell === "string" || Number.isFinite(cell)).toBe(true);
  });
});
