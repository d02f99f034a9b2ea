/**
 * Regional labour: the `labourMarket` input picks each role's salary (in the market's own currency) and the
 * market's employer load; `loadFactor` overrides the load with a number. The expected figures are written
 * out here from the cited sources, not read back from the engine.
 */
import { computeBudget } from "../../src/engine";
import { EngineError } from "../../src/engine/EngineError";
import { effectiveRate, rateEntry, validateRateOverrides } from "../../src/engine/rateCard/rateCard";
import { parseRequirements } from "../../src/engine/requirements/validateRequirements";
import { RISK_DRIVERS } from "../../src/engine/risk/riskDrivers";
import { prepareRisk } from "../../src/engine/risk/riskModel";

/** BLS OEWS May 2024: software developers (15-1252), national median annual wage, USD. */
const US_DEVELOPER_USD = 133080;
/** BLS ECEC June 2025, private industry: total compensation 45.65 ÷ wages and salaries 32.07 USD per hour, rounded. */
const US_LOAD = 1.42;
/** The budget's exchange rate (the fxUsdToCny default): CNY per USD. */
const CNY_PER_USD = 7.2;
/** China tier 1: the rate card's developer salary (CNY) and its employer load (五险一金 30–40%, taken as 40%). */
const CN1_DEVELOPER_CNY = 300000;
const CN1_LOAD = 1.4;

/**
 * The hybrid path's client-app developers (3 FTE) in the first fiscal year, with a 12-month build that fills
 * it exactly and no salary growth: 3 × one developer's yearly employer cost.
 */
function clientAppsFirstYear(inputs: Record<string, unknown>): number {
  const budget = computeBudget({ goLiveMonthsHybrid: 12, salaryGrowthRate: 0, ...inputs });
  return budget.paths.hybrid.lines.find((l) => l.id === "clientApps")!.fiscal[0].toNumber();
}

/** One developer's yearly employer cost in the budget currency, as the Sizing sheet gives it. */
function developerCost(inputs: Record<string, unknown>): number {
  const year1 = computeBudget(inputs).sizing[0];
  return year1.get("salaryDeveloper")!.times(year1.get("employerLoad")!).toNumber();
}

describe("labour market", () => {
  test("China tier 1 (the default): 300,000 CNY × 1.4 = 420,000 CNY per developer-year", () => {
    expect(developerCost({})).toBeCloseTo(420000, 6);
    expect(clientAppsFirstYear({})).toBeCloseTo(3 * 420000, 4);
    expect(developerCost({ labourMarket: "cnTier1" })).toBeCloseTo(CN1_DEVELOPER_CNY * CN1_LOAD, 6);
  });

  test("us: the survey salary × the cited load × the exchange rate = 1,360,609.92 CNY per developer-year", () => {
    // 133,080 × 1.42 = 188,973.60 USD; × 7.2 = 1,360,609.92 CNY.
    const perDeveloper = 1360609.92;
    expect(US_DEVELOPER_USD * US_LOAD * CNY_PER_USD).toBeCloseTo(perDeveloper, 6);
    expect(developerCost({ labourMarket: "us" })).toBeCloseTo(perDeveloper, 6);
    expect(clientAppsFirstYear({ labourMarket: "us" })).toBeCloseTo(3 * perDeveloper, 4);
    // In a USD budget no conversion is left: 188,973.60 USD.
    expect(developerCost({ labourMarket: "us", currency: "USD" })).toBeCloseTo(188973.6, 6);
  });

  test("the market is independent of where servers run", () => {
    expect(developerCost({ labourMarket: "us", deploymentRegion: "cn" })).toBeCloseTo(developerCost({ labourMarket: "us", deploymentRegion: "international" }), 9);
    expect(developerCost({ deploymentRegion: "international" })).toBeCloseTo(420000, 6);
  });

  test("a number in loadFactor overrides the market's load; an old saved 1.4 still validates and is honoured", () => {
    expect(developerCost({ labourMarket: "us", loadFactor: 1.25 })).toBeCloseTo(US_DEVELOPER_USD * 1.25 * CNY_PER_USD, 6);
    expect(parseRequirements({ loadFactor: 1.4 }).loadFactor).toBe(1.4);
    expect(developerCost({ labourMarket: "us", loadFactor: 1.4 })).toBeCloseTo(US_DEVELOPER_USD * 1.4 * CNY_PER_USD, 6);
    expect(parseRequirements({}).loadFactor).toBe("auto");
  });

  test("salaries in EUR, SGD and INR convert through USD at the rate card's dated rates", () => {
    // kununu 56,900 EUR; ECB 14 Mar 2025: 1 EUR = 1.0889 USD, stored as 0.9184 EUR per USD.
    const eur = rateEntry("salary_developer_eu");
    expect(eur.currency).toBe("EUR");
    expect(effectiveRate(eur, parseRequirements({ currency: "USD" })).toNumber()).toBeCloseTo(56900 / 0.9184, 6);
    expect(effectiveRate(eur, parseRequirements({})).toNumber()).toBeCloseTo((56900 / 0.9184) * 7.2, 6);
    // A different fxUsdToCny moves a EUR salary in a CNY budget, not in a USD budget.
    expect(effectiveRate(eur, parseRequirements({ fxUsdToCny: 7 })).toNumber()).toBeCloseTo((56900 / 0.9184) * 7, 6);
    // 800,000 INR at 86 INR per USD; 68,900 SGD at 1.3342 SGD per USD.
    expect(effectiveRate(rateEntry("salary_developer_in"), parseRequirements({ currency: "USD" })).toNumber()).toBeCloseTo(800000 / 86, 6);
    expect(effectiveRate(rateEntry("salary_developer_sg"), parseRequirements({ currency: "USD" })).toNumber()).toBeCloseTo(68900 / 1.3342, 6);
  });

  test("every market has all six salaries with a source, a date and an evidence status, and a load", () => {
    for (const suffix of ["_cn2", "_us", "_eu", "_sg", "_in"]) {
      for (const role of ["salary_developer", "salary_rtc", "salary_sre", "salary_security", "salary_support", "salary_pm"]) {
        const e = rateEntry(`${role}${suffix}`);
        expect(e.kind).toBe("price");
        expect(e.source.length).toBeGreaterThan(10);
        expect(["SEEN", "SEEN-2nd", "DERIVED", "EST"]).toContain(e.status);
      }
    }
    for (const m of ["cn1", "cn2", "us", "eu", "sg", "in"]) expect(Number(rateEntry(`employer_load_${m}`).list)).toBeGreaterThanOrEqual(1);
  });

  test("the salary risk driver reaches the chosen market's salaries", () => {
    const salaries = RISK_DRIVERS.find((d) => d.id === "salaries")!;
    for (const key of ["salary_developer", "salary_developer_us", "salary_pm_in", "salary_sre_eu"]) expect(salaries.rates).toContain(key);
    // Under "us", salaries 25% higher raise the hybrid client apps (pure developer cost) by exactly 25%.
    const setup = prepareRisk({ labourMarket: "us" }, { detail: true });
    const at = (scale: number): number => {
      const values = setup.modes();
      values[setup.drivers.findIndex((d) => d.id === "salaries")] = scale;
      const li = setup.budget.paths.hybrid.lines.findIndex((l) => l.id === "clientApps");
      return setup.evaluate(values)[setup.model.outputs.hybrid.lineTotals![li]];
    };
    expect(at(1.25) / at(1)).toBeCloseTo(1.25, 9);
  });

  test("an unknown labour market or load is an error naming the field and the allowed values", () => {
    const errorOf = (raw: Record<string, unknown>): EngineError => {
      try {
        parseRequirements(raw);
      } catch (e) {
        if (e instanceof EngineError) return e;
        throw e;
      }
      throw new Error("expected an EngineError");
    };
    const market = errorOf({ labourMarket: "mars" });
    expect(market.field).toBe("labourMarket");
    expect(market.code).toBe("unknownOption");
    expect(market.message).toContain("labourMarket");
    for (const m of ["cnTier1", "cnTier2", "us", "westernEurope", "singapore", "india"]) expect(market.allowed).toContain(m);
    const load = errorOf({ loadFactor: 0.5 });
    expect(load.field).toBe("loadFactor");
    expect(load.allowed).toBe('"auto" or a number from 1 to 3');
  });
});

test("an exchange rate of 0 is refused with its field and range, not turned into infinite salaries", () => {
  expect(() => validateRateOverrides({ fx_usd_eur: { list: 0 } })).toThrow("Rate_fx_usd_eur must be a number > 0 (got 0)");
  expect(() => validateRateOverrides({ salary_developer: { list: 0 } })).not.toThrow();
});
