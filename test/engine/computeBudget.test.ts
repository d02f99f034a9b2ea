import { computeBudget } from "../../src/engine/budget/computeBudget";
import { PATH_IDS, type PathId } from "../../src/engine/budget/paths";
import { CATEGORY_IDS } from "../../src/engine/budget/categories";
import { Decimal } from "../../src/engine/decimal";
import { COST_LINES } from "../../src/engine/lines/costLines";

type Result = ReturnType<typeof computeBudget>;
const base = computeBudget();
const line = (r: Result, path: PathId, id: string) => r.paths[path].lines.find((l) => l.id === id)!;
const money = (d: Decimal) => d.toFixed(6);
const sum = (xs: readonly Decimal[]) => xs.reduce((a, x) => a.plus(x), new Decimal(0));
const months = (r: Result, path: PathId, id: string) => Array.from({ length: r.calendar.months }, (_, i) => line(r, path, id).month(i + 1));
const byKind = (...kinds: string[]) => COST_LINES.filter((l) => kinds.includes(l.timing.kind)).map((l) => l.id);

describe("computeBudget: the calendar (months rolled up into fiscal years)", () => {
  test("defaults: a 5-year window from 2027-01 in five calendar fiscal years; months, fiscal years and TCO agree", () => {
    expect(base.calendar.fiscalYears.map((f) => [f.label.en, f.monthCount])).toEqual([["FY2027", 12], ["FY2028", 12], ["FY2029", 12], ["FY2030", 12], ["FY2031", 12]]);
    for (const p of PATH_IDS) {
      const b = base.paths[p];
      expect(b.months).toHaveLength(60);
      expect(sum(b.months).minus(b.tco).abs().lessThan(0.01)).toBe(true);
      expect(sum(b.years).minus(b.tco).abs().lessThan(0.01)).toBe(true);
      b.years.forEach((y, k) => expect(money(y)).toBe(money(CATEGORY_IDS.reduce((a, c) => a.plus(b.categories[c][k]), new Decimal(0)).plus(b.contingency[k]))));
    }
  });
  test("defaults: every self-build running cost is 0 in 2027 (the build year) and above 0 from 2028-01 where it applies", () => {
    for (const id of byKind("running")) {
      const m = months(base, "selfBuild", id);
      m.slice(0, 12).forEach((v) => expect(v.toString()).toBe("0"));
      if (!line(base, "selfBuild", id).total.isZero()) expect(m[12].greaterThan(0)).toBe(true);
    }
  });
  test("defaults: FY2027 holds at least the self-build build lines' total", () => {
    const build = sum(byKind("build", "buildEffort", "startOfBuild", "endOfBuild", "beforeGoLive", "projectStart").map((id) => line(base, "selfBuild", id).total));
    expect(build.greaterThan(0)).toBe(true);
    expect(base.paths.selfBuild.years[0].greaterThanOrEqualTo(build)).toBe(true);
  });
  test("an 18-month self-build: FY2028 holds six months of the duration-driven build, effort keeps its total", () => {
    const slow = computeBudget({ goLiveMonthsSelfBuild: 18 });
    // development team: (7 server × 300,000 + 2 media × 420,000?) — read the annual rate from month 1, escalate 5% in window year 2
    const dev = line(slow, "selfBuild", "developmentTeam");
    const monthly = dev.month(1);
    expect(money(dev.month(13))).toBe(money(monthly.times(1.05)));
    expect(money(dev.fiscal[1])).toBe(money(monthly.times(1.05).times(6)));
    expect(dev.month(19).toString()).toBe("0");
    for (const id of byKind("buildEffort", "startOfBuild", "endOfBuild")) expect(money(line(slow, "selfBuild", id).total)).toBe(money(line(base, "selfBuild", id).total));
    for (const id of byKind("running")) months(slow, "selfBuild", id).slice(0, 18).forEach((v) => expect(v.toString()).toBe("0"));
  });
  test("an April fiscal year moves money between columns but not between months: FY2026/27 holds three months", () => {
    const april = computeBudget({ fiscalYearStartMonth: 4 });
    expect(april.calendar.fiscalYears.map((f) => [f.label.en, f.monthCount])).toEqual([["FY2026/27", 3], ["FY2027/28", 12], ["FY2028/29", 12], ["FY2029/30", 12], ["FY2030/31", 12], ["FY2031/32", 9]]);
    for (const p of PATH_IDS) {
      expect(april.paths[p].months.map(money)).toEqual(base.paths[p].months.map(money));
      expect(money(april.paths[p].tco)).toBe(money(base.paths[p].tco));
      expect(money(april.paths[p].npv)).toBe(money(base.paths[p].npv));
      expect(money(april.paths[p].cash[0])).toBe(money(sum(base.paths[p].months.slice(0, 3))));
    }
  });
  test("NPV = Σ monthly flows × 1.08^−((m − 0.5)/12), worked out month by month", () => {
    for (const p of PATH_IDS) {
      const npv = base.paths[p].months.reduce((a, v, i) => a.plus(v.dividedBy(new Decimal(1.08).pow(new Decimal(i + 1 - 0.5).dividedBy(12)))), new Decimal(0));
      expect(base.paths[p].npv.minus(npv).abs().lessThan(1e-9)).toBe(true);
    }
  });
  test("go-live month: the first month in service, or null when the path does not go live within the window", () => {
    const d = computeBudget({});
    expect([d.paths.selfBuild.goLiveMonth, d.paths.commercial.goLiveMonth, d.paths.hybrid.goLiveMonth]).toEqual(["2028-01", "2027-03", "2027-07"]);
    // 24-month window from 2027-01: a 24-month build never enters service; 23 months goes live in the last month.
    const late = computeBudget({ horizonYears: 2, goLiveMonthsSelfBuild: 24, goLiveMonthsHybrid: 23 });
    expect([late.paths.selfBuild.goLiveMonth, late.paths.selfBuild.serviceMonths]).toEqual([null, 0]);
    expect([late.paths.hybrid.goLiveMonth, late.paths.hybrid.serviceMonths]).toEqual(["2028-12", 1]);
  });
  test("with a zero discount rate NPV equals TCO", () => {
    const r = computeBudget({ discountRate: 0 });
    for (const p of PATH_IDS) expect(money(r.paths[p].npv)).toBe(money(r.paths[p].tco));
  });
});

describe("computeBudget: lines with known answers", () => {
  // Default China offer: 5,000 seats fall in the 1,000–9,999 band (40 CNY, all units), less the 15% negotiated discount.
  const netSeat = new Decimal(40).times(0.85).dividedBy(1.06);
  test("SaaS seats from the third month (2-month go-live): users × band price net of discount and reclaimable VAT a month; price held in year 2, +5% in year 3", () => {
    const m = months(base, "commercial", "saasSeats");
    expect(m[0].toString()).toBe("0");
    expect(m[1].toString()).toBe("0");
    expect(money(m[2])).toBe(money(netSeat.times(5000)));
    expect(money(m[12])).toBe(money(netSeat.times(5000 * 1.05))); // users +5%, price held for two years
    expect(money(m[24])).toBe(money(netSeat.times(5512.5).times(1.05))); // users +5% again, uplift +5%
  });
  test("maintenance developers from month 13, escalated by the salary index from window year 2", () => {
    const m = months(base, "selfBuild", "maintenanceTeam");
    expect(m[11].toString()).toBe("0");
    // 4.95 FTE (7 + 2 + 3 = 12 builders × 0.4, + 3 integrations × 0.05 upkeep) × 300,000 × 1.4 ÷ 12 a month, × 1.05 in window year 2
    expect(money(m[12])).toBe(money(new Decimal(4.95).times(300000).times(1.4).dividedBy(12).times(1.05)));
    expect(money(m[24].dividedBy(m[12]))).toBe(money(new Decimal(1.05)));
  });
  test("cost per user per month counts months in service only", () => {
    const users = [5000, 5250, 5512.5, 5788.125, 6077.53125];
    expect(base.users.map((u) => Number(u.toString()))).toEqual(users);
    const inService = (goLive: number) => users.reduce((a, u, i) => a.plus(new Decimal(u).times(Math.max(0, 12 * (i + 1) - Math.max(12 * i, goLive)))), new Decimal(0));
    expect(money(base.paths.selfBuild.costPerUserMonth)).toBe(money(base.paths.selfBuild.tco.dividedBy(inService(12))));
    expect(money(base.paths.commercial.costPerUserMonth)).toBe(money(base.paths.commercial.tco.dividedBy(inService(2))));
    expect(base.paths.selfBuild.serviceMonths).toBe(48);
    expect(base.paths.hybrid.serviceMonths).toBe(54);
  });
  test("contingency: 25% of metered lines, 30% of own labour lines, none on hidden costs", () => {
    for (const p of PATH_IDS) {
      const b = base.paths[p];
      const of = (cls: string) => sum(b.lines.filter((l) => l.contingencyClass === cls).map((l) => l.total));
      expect(money(sum(b.contingencyMetered))).toBe(money(of("metered").times(0.25)));
      expect(money(sum(b.contingencyLabour))).toBe(money(of("labour").times(0.3)));
      for (const l of b.lines) if (l.category === "hidden") expect(l.contingencyClass).toBe("none");
    }
  });
  test("a shorter window keeps what every line incurs each month; paths without annual bills keep their cash months", () => {
    const short = computeBudget({ horizonYears: 3 });
    for (const p of PATH_IDS) {
      short.paths[p].lines.forEach((l, i) => {
        for (let m = 1; m <= 36; m++) expect(money(l.month(m))).toBe(money(base.paths[p].lines[i].month(m)));
      });
    }
    for (const p of ["selfBuild", "hybrid"] as const) expect(short.paths[p].months.map(money)).toEqual(base.paths[p].months.slice(0, 36).map(money));
  });
  test("depreciation: hardware (servers, network, backup) bought in the last build month, with its contingency, enters service at go-live and is written off to 5% residual over 36 months from the month after", () => {
    const r = computeBudget({ hosting: "onPremise", depreciationYears: 3, horizonYears: 6 });
    const b = r.paths.selfBuild;
    // Go-live after 12 build months: bought in month 12, in service in month 13, charged in months 14…49.
    // Servers, network and backup equipment are one asset class: bought together, written off together.
    const kit = ["hardware", "networkEquipment", "backupEquipment"].map((id) => line(r, "selfBuild", id).month(12));
    expect(kit.every((x) => x.greaterThan(0))).toBe(true);
    const cost = kit.reduce((a, x) => a.plus(x)).times(1.25);
    const each = cost.times(0.95).dividedBy(36);
    expect(cost.greaterThan(0)).toBe(true);
    expect(money(b.depreciation[0])).toBe("0.000000");
    expect(money(b.netBookValue[0])).toBe(money(cost));
    expect(money(b.depreciation[1])).toBe(money(each.times(11)));
    expect(money(b.depreciation[2])).toBe(money(each.times(12)));
    expect(money(b.depreciation[3])).toBe(money(each.times(12)));
    // The refresh, bought in month 48 after go-live, is in service at once and charged from month 49.
    const refresh = line(r, "selfBuild", "hardwareRefresh").month(48).times(1.25);
    expect(refresh.greaterThan(0)).toBe(true);
    expect(money(b.depreciation[4])).toBe(money(each.plus(refresh.times(0.95).dividedBy(36).times(12))));
    // At the end of month 60 the first servers stand at their residual; the refresh has 24 of 36 months to go.
    expect(money(b.netBookValue[4])).toBe(money(cost.times(0.05).plus(refresh.minus(refresh.times(0.95).times(12).dividedBy(36)))));
  });
  test("lines that do not apply are 0, not absent", () => {
    for (const p of PATH_IDS) expect(base.paths[p].lines).toHaveLength(base.paths.selfBuild.lines.length);
    expect(line(base, "selfBuild", "saasSeats").total.toString()).toBe("0");
  });
  test("break-even: the first month a path's cumulative cost falls to or below another's, after being above", () => {
    for (const a of PATH_IDS)
      for (const b of PATH_IDS) {
        if (a === b) continue;
        const ca = base.paths[a].cumulative;
        const cb = base.paths[b].cumulative;
        let expected: number | null = null;
        for (let i = 1; i < ca.length && expected === null; i++) if (ca[i - 1].greaterThan(cb[i - 1]) && ca[i].lessThanOrEqualTo(cb[i])) expected = i + 1;
        expect(base.breakEven[a][b]).toBe(expected);
      }
  });
  test("scale-out falls at the start of the window year in which growth first crosses the designed capacity", () => {
    const r = computeBudget({ userGrowthRate: 0.2, horizonYears: 5 });
    // users ×1.2 a year: 6,000 ≤ 6,500 (5,000 × 1.3) in year 2, 7,200 > 6,500 in year 3 ⇒ month 25
    const nonZero = months(r, "selfBuild", "scaleOut").flatMap((v, i) => (v.isZero() ? [] : [i + 1]));
    expect(nonZero).toEqual([25]);
  });
});

describe("computeBudget: sizing", () => {
  test("app servers at the defaults: 2 chat nodes at 350 CNY a VM-month net of VAT, from go-live", () => {
    // peak connections = max(5000 × 0.85 × 0.6, 3000) = 3000 ⇒ ⌈3000 × 1.3 / 5000⌉ + 1 site = 2 chat nodes
    const early = computeBudget({ horizonYears: 1, goLiveMonthsSelfBuild: 0 });
    const monthly = new Decimal(350).dividedBy(1.06).times(2);
    expect(money(line(early, "selfBuild", "appServers").month(1))).toBe(money(monthly));
  });
  test("traffic uses TRAFFICGB's units: minutes × 60 × kbps / 8 / 10^6 GB", () => {
    const r = computeBudget({ horizonYears: 1, goLiveMonthsSelfBuild: 0, voiceMinutesPerUserDay: 10, videoMinutesPerUserDay: 0, avgMeetingSize: 2, messagesPerUserDay: 0 });
    // 1:1 voice: each participant receives one 52 kbps stream; 4250 DAU × 10 min × 250 days
    const minutes = 4250 * 10 * 250;
    const gb = new Decimal(minutes).times(60).times(52).dividedBy(8).dividedBy(1e6);
    const chatGb = new Decimal(4250).times(2).times(60).times(480).times(250).dividedBy(8e6); // signalling
    const price = new Decimal(0.8).dividedBy(1.06);
    expect(money(line(r, "selfBuild", "bandwidth").month(1).times(12))).toBe(money(gb.plus(chatGb).times(price)));
  });
});
