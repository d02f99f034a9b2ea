import { computeBudget } from "../../src/engine/budget/computeBudget";
import { PATH_IDS } from "../../src/engine/budget/paths";
import { CATEGORY_IDS } from "../../src/engine/budget/categories";
import { Decimal } from "../../src/engine/decimal";

const base = computeBudget();
const line = (r: ReturnType<typeof computeBudget>, path: (typeof PATH_IDS)[number], id: string) => r.paths[path].lines.find((l) => l.id === id)!;
const money = (d: Decimal) => d.toFixed(6);

describe("computeBudget: finance maths with known answers", () => {
  test("TCO is the sum of Y0…YN and the years add up from categories and contingency", () => {
    for (const p of PATH_IDS) {
      const b = base.paths[p];
      expect(b.years).toHaveLength(6);
      expect(money(b.tco)).toBe(money(b.years.reduce((a, y) => a.plus(y), new Decimal(0))));
      b.years.forEach((y, t) => {
        const cats = CATEGORY_IDS.reduce((a, c) => a.plus(b.categories[c][t]), new Decimal(0));
        expect(money(y)).toBe(money(cats.plus(b.contingency[t])));
      });
    }
  });
  test("NPV = Y0 + Σ Yt / (1 + r)^t", () => {
    for (const p of PATH_IDS) {
      const b = base.paths[p];
      const npv = b.years.reduce((a, y, t) => a.plus(y.dividedBy(new Decimal(1.08).pow(t))), new Decimal(0));
      expect(money(b.npv)).toBe(money(npv));
    }
  });
  test("with a zero discount rate NPV equals TCO", () => {
    const r = computeBudget({ discountRate: 0 });
    for (const p of PATH_IDS) expect(money(r.paths[p].npv)).toBe(money(r.paths[p].tco));
  });
  test("SaaS seats: users × price net of reclaimable VAT × 12 × months in service, with the renewal uplift", () => {
    const seats = line(base, "commercial", "saasSeats").years;
    const netPrice = new Decimal(50).dividedBy(1.06);
    expect(money(seats[0])).toBe(money(new Decimal(0)));
    expect(money(seats[1])).toBe(money(new Decimal(5000).times(netPrice).times(12).times(10).dividedBy(12))); // go-live after 2 months
    const y2 = new Decimal(5000).times(1.05).times(netPrice).times(12).times(1.05); // users grow 5%, renewal uplift 5%
    expect(money(seats[2])).toBe(money(y2));
  });
  test("salaries escalate by exactly one index: maintenance grows by the salary growth rate", () => {
    const m = line(base, "selfBuild", "maintenanceTeam").years;
    expect(m[1].toString()).toBe("0"); // self-build goes live after 12 months
    expect(money(m[3].dividedBy(m[2]))).toBe(money(new Decimal(1.05)));
    // 4 FTE (12 × 0.4 = 4.8 → rule gives 4.8) × 300,000 × 1.4
    expect(money(m[2])).toBe(money(new Decimal(4.8).times(300000).times(1.4).times(1.05)));
  });
  test("cost per user per month = TCO / Σ users × 12 over Y1…YN", () => {
    const users = base.users.slice(1).reduce((a, u) => a.plus(u), new Decimal(0));
    for (const p of PATH_IDS) expect(money(base.paths[p].costPerUserMonth)).toBe(money(base.paths[p].tco.dividedBy(users.times(12))));
    expect(base.users.map((u) => u.toString())).toEqual(["5000", "5000", "5250", "5512.5", "5788.125", "6077.53125"]);
  });
  test("contingency: 25% of metered lines, 30% of own labour lines, none on hidden costs", () => {
    for (const p of PATH_IDS) {
      const b = base.paths[p];
      const of = (cls: string) => b.lines.filter((l) => l.contingencyClass === cls).reduce((a, l) => a.plus(l.total), new Decimal(0));
      expect(money(b.contingencyMetered.reduce((a, v) => a.plus(v), new Decimal(0)))).toBe(money(of("metered").times(0.25)));
      expect(money(b.contingencyLabour.reduce((a, v) => a.plus(v), new Decimal(0)))).toBe(money(of("labour").times(0.3)));
      for (const l of b.lines) if (l.category === "hidden") expect(l.contingencyClass).toBe("none");
    }
  });
  test("a shorter horizon truncates the same cash flows", () => {
    const short = computeBudget({ horizonYears: 3 });
    for (const p of PATH_IDS) {
      expect(short.paths[p].years.map(money)).toEqual(base.paths[p].years.slice(0, 4).map(money));
    }
  });
  test("depreciation is a memo: capex spread over its life from the next year, outside TCO", () => {
    const r = computeBudget({ hosting: "onPremise", depreciationYears: 3, horizonYears: 6 });
    const b = r.paths.selfBuild;
    const capex0 = b.capex[0];
    expect(capex0.greaterThan(0)).toBe(true);
    expect(money(b.depreciation[1])).toBe(money(capex0.dividedBy(3)));
    expect(money(b.depreciation[3])).toBe(money(capex0.dividedBy(3)));
    // the refresh bought in Y4 (= 1 + 3) starts depreciating in Y5
    expect(b.capex[4].greaterThan(0)).toBe(true);
    expect(money(b.depreciation[5])).toBe(money(b.capex[4].dividedBy(3)));
  });
  test("lines that do not apply are 0, not absent", () => {
    for (const p of PATH_IDS) expect(base.paths[p].lines).toHaveLength(base.paths.selfBuild.lines.length);
    expect(line(base, "selfBuild", "saasSeats").total.toString()).toBe("0");
  });
  test("break-even: first year a path's cumulative cost is at or below another's", () => {
    const cum = (p: (typeof PATH_IDS)[number]) => {
      let run = new Decimal(0);
      return base.paths[p].years.map((y) => (run = run.plus(y)));
    };
    for (const a of PATH_IDS)
      for (const b of PATH_IDS) {
        if (a === b) continue;
        const ca = cum(a);
        const cb = cum(b);
        const expected = ca.findIndex((v, t) => v.lessThanOrEqualTo(cb[t]));
        expect(base.breakEven[a][b]).toBe(expected < 0 ? null : expected);
      }
  });
  test("scale-out is charged in the year growth first crosses the designed capacity", () => {
    const r = computeBudget({ userGrowthRate: 0.2, horizonYears: 5 });
    const s = line(r, "selfBuild", "scaleOut").years.map((v) => v.isZero());
    // users ×1.2 per year from Y2: 1.2, 1.44 > 1.3 ⇒ Y3
    expect(s).toEqual([true, true, true, false, true, true]);
  });
});

describe("computeBudget: sizing", () => {
  test("sizing rules at the defaults", () => {
    const r = computeBudget({ horizonYears: 1 });
    const b = r.paths.selfBuild;
    // peak connections = max(5000 × 0.85 × 0.6, 3000) = 3000 ⇒ ⌈3000 × 1.3 / 5000⌉ + 1 site = 2 chat nodes
    const appServers = line(r, "selfBuild", "appServers").years[1];
    expect(appServers.toString()).toBe("0"); // not in service in Y1 (12-month build)
    const early = computeBudget({ horizonYears: 1, goLiveMonthsSelfBuild: 0 });
    const unitYear = new Decimal(350).dividedBy(1.06).times(12);
    expect(money(line(early, "selfBuild", "appServers").years[1])).toBe(money(unitYear.times(2)));
    expect(b.lines.length).toBeGreaterThan(40);
  });
  test("traffic uses TRAFFICGB's units: minutes × 60 × kbps / 8 / 10^6 GB", () => {
    const r = computeBudget({ horizonYears: 1, goLiveMonthsSelfBuild: 0, voiceMinutesPerUserDay: 10, videoMinutesPerUserDay: 0, avgMeetingSize: 2, messagesPerUserDay: 0 });
    // 1:1 voice: each participant receives one 52 kbps stream; 4250 DAU × 10 min × 250 days
    const minutes = 4250 * 10 * 250;
    const gb = new Decimal(minutes).times(60).times(52).dividedBy(8).dividedBy(1e6);
    const chatGb = new Decimal(4250).times(2).times(60).times(480).times(250).dividedBy(8e6); // signalling
    const price = new Decimal(0.8).dividedBy(1.06);
    expect(money(line(r, "selfBuild", "bandwidth").years[1])).toBe(money(gb.plus(chatGb).times(price)));
  });
});
