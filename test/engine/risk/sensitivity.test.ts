import { PATH_IDS } from "../../../src/engine/budget/paths";
import { COST_LINES } from "../../../src/engine/lines/costLines";
import { RISK_DRIVERS } from "../../../src/engine/risk/riskDrivers";
import { Z80, Z90, analyticRisk, exposureWeights, sensitivity } from "../../../src/engine/risk/sensitivity";

describe("sensitivity (tornado data)", () => {
  const s = sensitivity({});
  test("every driver once per path, sorted by swing, largest first", () => {
    for (const p of PATH_IDS) {
      expect(s[p].map((e) => e.driver).sort()).toEqual(RISK_DRIVERS.map((d) => d.id).sort());
      for (let i = 1; i < s[p].length; i++) expect(s[p][i - 1].swing).toBeGreaterThanOrEqual(s[p][i].swing);
      for (const e of s[p]) expect(e.swing).toBeCloseTo(Math.abs(e.high - e.low), 6);
    }
  });
  test("cost drivers: low lowers the cost, high raises it; own development and salaries top the self-build tornado", () => {
    for (const e of s.selfBuild) {
      expect(e.low).toBeLessThanOrEqual(1e-6);
      expect(e.high).toBeGreaterThanOrEqual(-1e-6);
    }
    expect(s.selfBuild.slice(0, 2).map((e) => e.driver).sort()).toEqual(["developmentEffort", "salaries"]);
    expect(s.commercial[0].driver).toBe("seatPrices");
  });
  test("a driver fixed at its most likely value has no swing", () => {
    const r = sensitivity({}, { drivers: { salaries: { low: 1, high: 1 } } });
    for (const p of PATH_IDS) expect(r[p].find((e) => e.driver === "salaries")!.swing).toBe(0);
  });
  test("an irrelevant driver has no swing (FX in a CNY budget without USD prices)", () => {
    for (const p of PATH_IDS) expect(s[p].find((e) => e.driver === "fx")!.swing).toBe(0);
    const intl = sensitivity({ deploymentRegion: "international" });
    expect(intl.commercial.find((e) => e.driver === "fx")!.swing).toBeGreaterThan(0);
  });
});

describe("analytic PERT approximation (what the Risk sheet computes live)", () => {
  const a = analyticRisk({});
  test("E = base + Σ (sl + 4 sm + sh)/6, σ = √Σ ((sh − sl)/6)², P80 = E + 0.8416σ, P90 = E + 1.2816σ", () => {
    expect(Z80).toBeCloseTo(0.8416212335729143, 12);
    expect(Z90).toBeCloseTo(1.2815515655446004, 12);
    for (const p of PATH_IDS) {
      const x = a[p];
      const mean = x.base + x.drivers.reduce((s, d) => s + (d.swingLow + 4 * d.swingMode + d.swingHigh) / 6, 0);
      const sigma = Math.sqrt(x.drivers.reduce((s, d) => s + ((d.swingHigh - d.swingLow) / 6) ** 2, 0));
      expect(x.mean).toBeCloseTo(mean, 4);
      expect(x.sigma).toBeCloseTo(sigma, 4);
      expect(x.p80).toBeCloseTo(x.mean + Z80 * x.sigma, 4);
      expect(x.p90).toBeCloseTo(x.mean + Z90 * x.sigma, 4);
      expect(x.riskContingency).toBeCloseTo(x.p80 - x.base, 4);
      expect(x.p50).toBeLessThanOrEqual(x.p80);
      expect(x.p80).toBeLessThanOrEqual(x.p90);
    }
  });
  test("swing high − swing low equals the tornado swing (the exposure is the secant over the range)", () => {
    const s = sensitivity({});
    for (const p of PATH_IDS) for (const d of a[p].drivers) expect(d.swingHigh - d.swingLow).toBeCloseTo(s[p].find((e) => e.driver === d.driver)!.swing, 4);
  });
  test("a triangular driver uses the triangular mean and variance", () => {
    const t = analyticRisk({}, { drivers: { salaries: { distribution: "triangular" } } });
    const d = t.selfBuild.drivers.find((x) => x.driver === "salaries")!;
    expect(d.mean).toBeCloseTo((d.swingLow + d.swingMode + d.swingHigh) / 3, 6);
    const [l, m, h] = [d.swingLow, d.swingMode, d.swingHigh];
    expect(d.variance).toBeCloseTo((l * l + m * m + h * h - l * m - l * h - m * h) / 18, 0);
  });
  test("close to the Monte Carlo: P80 within 10% of base", () => {
    // (the analytic view is linear and ignores interactions such as salary × team size)
    const { runMonteCarlo } = jest.requireActual("../../../src/engine/risk/monteCarlo");
    const mc = runMonteCarlo({}, { trials: 5000 });
    for (const p of PATH_IDS) expect(Math.abs(a[p].p80 - mc.paths[p].tco.p80) / a[p].base).toBeLessThan(0.1);
  });
});

describe("exposure weights (the Risk sheet's per-line shares)", () => {
  test("Σ line total × share + base × base share = the analytic exposure, per driver and path", () => {
    for (const raw of [{}, { headcount: 40000, userGrowthRate: 0.15, hosting: "onPremise" }]) {
      const { setup, weights } = exposureWeights(raw);
      const a = analyticRisk(raw);
      for (const p of PATH_IDS) {
        const totals = setup.budget.paths[p].lines.map((l) => l.total.toNumber());
        setup.drivers.forEach((_, di) => {
          const exposure = totals.reduce((s, t, li) => s + t * weights[p].lineShares[di][li], 0) + setup.bases[p].base * weights[p].baseShare[di];
          expect(exposure).toBeCloseTo(a[p].drivers[di].exposure, 2);
        });
        expect(weights[p].lineShares[0]).toHaveLength(COST_LINES.length);
      }
    }
  });
  test("a salary driver moves a salaried line by one unit per unit: share 1 of the line", () => {
    const { weights } = exposureWeights({});
    const di = RISK_DRIVERS.findIndex((d) => d.id === "salaries");
    expect(weights.selfBuild.lineShares[di][COST_LINES.findIndex((l) => l.id === "maintenanceTeam")]).toBeCloseTo(1, 9);
    expect(weights.selfBuild.lineShares[di][COST_LINES.findIndex((l) => l.id === "appServers")]).toBe(0);
  });
});
