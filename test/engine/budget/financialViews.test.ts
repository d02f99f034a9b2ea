import { computeBudget } from "../../../src/engine";
import { PATH_IDS, type PathId } from "../../../src/engine/budget/paths";
import { Decimal } from "../../../src/engine/decimal";
import { COST_LINES } from "../../../src/engine/lines/costLines";

type Result = ReturnType<typeof computeBudget>;
const money = (d: Decimal) => d.toFixed(6);
const sum = (xs: readonly Decimal[]) => xs.reduce((a, x) => a.plus(x), new Decimal(0));
const line = (r: Result, path: PathId, id: string) => r.paths[path].lines.find((l) => l.id === id)!;
const DEVELOPMENT = COST_LINES.filter((l) => l.asset === "development");
const LABOUR_CONTINGENCY = 0.3;

const onPremise = { hosting: "onPremise", commercialModel: "private" };
const expensed = computeBudget(onPremise);
const capitalised = computeBudget({ ...onPremise, capitaliseDevelopment: true });

describe("accounting policy: capitalising own development (CAS 6 / IAS 38.57)", () => {
  test("cash TCO, NPV and every cash column stay the same to 0.01; only the split between capex, opex and P&L moves", () => {
    for (const p of PATH_IDS) {
      expect(capitalised.paths[p].tco.minus(expensed.paths[p].tco).abs().lessThan(0.01)).toBe(true);
      expect(capitalised.paths[p].npv.minus(expensed.paths[p].npv).abs().lessThan(0.01)).toBe(true);
      capitalised.paths[p].cash.forEach((c, k) => expect(money(c)).toBe(money(expensed.paths[p].cash[k])));
    }
  });

  test("self-build: development after the POC (⌈12 × 25%⌉ = 3 months) until go-live moves into capex, with its labour contingency", () => {
    const b = capitalised.paths.selfBuild;
    expect(b.capitalisedDevelopment).toEqual({ from: 4, to: 13 });
    let moved = new Decimal(0);
    for (const l of DEVELOPMENT) {
      const cover = l.contingency === "labour" ? 1 + LABOUR_CONTINGENCY : 1;
      for (let m = 4; m <= 12; m++) moved = moved.plus(line(capitalised, "selfBuild", l.id).month(m).times(cover));
    }
    expect(moved.greaterThan(0)).toBe(true);
    expect(money(b.capex[0].minus(expensed.paths.selfBuild.capex[0]))).toBe(money(moved));
    expect(money(b.opex[0])).toBe(money(expensed.paths.selfBuild.opex[0].minus(moved)));
  });

  test("self-build: capitalised development amortises over 5 years from the go-live month (month 13), to nil", () => {
    const b = capitalised.paths.selfBuild;
    const dev = b.depreciationByClass.development;
    let cost = new Decimal(0);
    for (const l of DEVELOPMENT) {
      const cover = l.contingency === "labour" ? 1 + LABOUR_CONTINGENCY : 1;
      for (let m = 4; m <= 12; m++) cost = cost.plus(line(capitalised, "selfBuild", l.id).month(m).times(cover));
    }
    const each = cost.dividedBy(60);
    expect(money(dev[0])).toBe("0.000000");
    for (let k = 1; k <= 4; k++) expect(money(dev[k])).toBe(money(each.times(12)));
    // P&L = opex as incurred + D&A; in the build year only the expensed part shows.
    expect(money(b.pnl[0])).toBe(money(expensed.paths.selfBuild.pnl[0].minus(cost)));
    expect(money(b.pnl[1])).toBe(money(expensed.paths.selfBuild.pnl[1].plus(each.times(12))));
  });

  test("the POC, training, migration, recruiting and project management are never capitalised", () => {
    for (const id of ["poc", "launchTraining", "training", "dataMigration", "recruitingBuild", "projectManagement"]) {
      expect(COST_LINES.find((l) => l.id === id)!.asset).toBeNull();
    }
  });

  test("configuring a SaaS product is never capitalised; a private deployment's own-code integration is", () => {
    const saas = computeBudget({ capitaliseDevelopment: true });
    expect(saas.paths.commercial.capitalisedDevelopment).toBeNull();
    expect(saas.paths.commercial.capex.every((c) => c.isZero())).toBe(true);
    // After its POC of ⌈2 × 25%⌉ = 1 month, until go-live after month 2.
    expect(capitalised.paths.commercial.capitalisedDevelopment).toEqual({ from: 2, to: 3 });
  });

  test("perpetual licences (intangible) amortise from the go-live month; servers (fixed) from the month after", () => {
    // Commercial private: licence bought in month 2, go-live after 2 months, so in service in month 3.
    const licence = line(expensed, "commercial", "privateLicence").month(2).times(1.25);
    expect(licence.greaterThan(0)).toBe(true);
    const perMonth = licence.dividedBy(60);
    const growth = line(expensed, "commercial", "privateLicenceGrowth");
    expect(growth.month(1).isZero()).toBe(true);
    // Months 3…12 of the first fiscal year: 10 months of the first licence, nothing else bought yet.
    expect(money(expensed.paths.commercial.depreciationByClass.licences[0])).toBe(money(perMonth.times(10)));
    // Hybrid on own servers: bought in month 6, in service in month 7, depreciated from month 8 to a 5% residual over 48 months.
    const servers = ["hardware", "networkEquipment", "backupEquipment"].map((id) => line(expensed, "hybrid", id).month(6)).reduce((a, x) => a.plus(x)).times(1.25);
    expect(servers.greaterThan(0)).toBe(true);
    expect(money(expensed.paths.hybrid.depreciationByClass.servers[0])).toBe(money(servers.times(0.95).dividedBy(48).times(5)));
  });

  test("every path, policy and fiscal year end: cash = P&L + net book value + prepaid", () => {
    for (const r of [computeBudget(), expensed, capitalised, computeBudget({ ...onPremise, capitaliseDevelopment: true, fiscalYearStartMonth: 7, horizonYears: 10, serverResidualRate: 0.1, developmentLifeYears: 3 })]) {
      for (const p of PATH_IDS) for (const gap of r.paths[p].reconciliationGap) expect(gap.abs().lessThan(1e-9)).toBe(true);
    }
  });
});

describe("the cash view: fees billed annually in advance", () => {
  const r = computeBudget();
  const seats = line(r, "commercial", "saasSeats");
  const incurred = (from: number, to: number) => sum(Array.from({ length: to - from }, (_, i) => seats.month(from + i)));

  test("SaaS seats are paid at go-live (month 3) and every 12 months after, each bill for the next 12 months; the last for the months left", () => {
    const b = r.paths.commercial;
    expect(seats.month(3).greaterThan(0)).toBe(true);
    for (const [bill, to] of [[3, 15], [15, 27], [27, 39], [39, 51], [51, 61]]) {
      // Cash that month = everything else incurred that month + the bill.
      expect(money(b.months[bill - 1])).toBe(money(withoutSeats(r, bill).plus(incurred(bill, to))));
    }
    for (const m of [4, 14, 60]) expect(money(b.months[m - 1])).toBe(money(withoutSeats(r, m)));
  });

  test("prepaid at each fiscal year end is the billed months still to come; nil at the window's end", () => {
    const b = r.paths.commercial;
    expect(money(b.prepaid[0])).toBe(money(incurred(13, 15)));
    expect(money(b.prepaid[1])).toBe(money(incurred(25, 27)));
    expect(money(b.prepaid[4])).toBe("0.000000");
    expect(money(sum(b.cash))).toBe(money(sum(b.years)));
    expect(money(b.cash[0])).toBe(money(b.years[0].plus(incurred(13, 15))));
  });

  test("NPV is of cash: paying in advance makes it larger than the same spend discounted as incurred", () => {
    const b = r.paths.commercial;
    let ofCash = new Decimal(0);
    let ofIncurred = new Decimal(0);
    for (let m = 1; m <= 60; m++) {
      ofCash = ofCash.plus(b.months[m - 1].times(r.calendar.discount[m]));
      ofIncurred = ofIncurred.plus(withoutSeats(r, m).plus(seats.month(m)).times(r.calendar.discount[m]));
    }
    expect(b.npv.minus(ofCash).abs().lessThan(0.01)).toBe(true);
    expect(b.npv.greaterThan(ofIncurred)).toBe(true);
  });
});

/** What the commercial path incurs in month m without the seats themselves (their contingency stays when incurred). */
function withoutSeats(r: Result, m: number): Decimal {
  const cover = (c: string) => (c === "metered" ? 1.25 : c === "labour" ? 1 + LABOUR_CONTINGENCY : 1);
  return r.paths.commercial.lines.reduce((a, l) => a.plus(l.month(m).times(l.id === "saasSeats" ? 0.25 : cover(l.contingencyClass))), new Decimal(0));
}
