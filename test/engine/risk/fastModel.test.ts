import fc from "fast-check";
import { arbitraryRequirements } from "../../support/arbitraryRequirements";
import { PATH_IDS } from "../../../src/engine/budget/paths";
import { COST_LINES } from "../../../src/engine/lines/costLines";
import type { PathId } from "../../../src/engine/budget/paths";
import { compileFastModel, type FastModel } from "../../../src/engine/risk/fastModel";
import { prepareRisk, type RiskSetup } from "../../../src/engine/risk/riskModel";
import { RISK_DRIVERS } from "../../../src/engine/risk/riskDrivers";

const REQUIREMENT_SETS: [string, Record<string, unknown>][] = [
  ["defaults", {}],
  ["international, USD budget, 1080p, VAT not reclaimable", { deploymentRegion: "international", currency: "USD", videoResolution: "1080p", vatRecoverable: false }],
  ["60,000 staff, on-premise, private licence, 10 years, overrides", { headcount: 60000, hosting: "onPremise", commercialModel: "private", horizonYears: 10, buildFteSelfBuild: 9, sreFteSelfBuild: 6, supportFte: 20 }],
  ["regulated, MLPS 3, 信创, every feature, migration with a legacy system", { industry: "finance", mlpsLevel: 3, domesticTech: true, moderation: true, messageRecall: true, burnAfterReading: true, recording: true, translation: true, legacyAnnualCost: 800000, migrateHistory: true, regions: 3, latencyTargetMs: 100 }],
  ["no calls, shrinking staff, 360p, one-year horizon", { voiceMinutesPerUserDay: 0, videoMinutesPerUserDay: 0, userGrowthRate: -0.2, videoResolution: "360p", horizonYears: 1 }],
  ["11,000 staff growing 10% (IM PaaS step), price escalation", { headcount: 11000, userGrowthRate: 0.1, priceEscalationRate: 0.03, inflationRate: 0.04, salaryGrowthRate: 0.08 }],
  ["US labour market", { labourMarket: "us" }],
  ["Western European labour in a USD budget, load overridden", { labourMarket: "westernEurope", currency: "USD", loadFactor: 1.3 }],
];

const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(b));

/** Worst relative gap between the compiled model at the drivers' most likely values and computeBudget. */
function worstGap(setup: RiskSetup): number {
  const out = setup.evaluate(setup.modes());
  let worst = 0;
  for (const p of PATH_IDS) {
    const pb = setup.budget.paths[p];
    const o = setup.model.outputs[p];
    o.lineTotals!.forEach((at, li) => (worst = Math.max(worst, rel(out[at], pb.lines[li].total.toNumber()))));
    const rq = setup.requirements;
    const tco = out[o.base] + (rq.contingencyRate as number) * out[o.metered] + (rq.developmentContingencyRate as number) * out[o.labour];
    worst = Math.max(worst, rel(tco, pb.tco.toNumber()), rel(out[o.base], setup.bases[p].base), rel(out[o.y1], setup.bases[p].y1Base));
  }
  return worst;
}

describe("the compiled plain-number model equals computeBudget at the most likely values", () => {
  test.each(REQUIREMENT_SETS)("%s: every line, TCO, base and the first 12 months within 1e-6 relative (both backends)", (_name, raw) => {
    for (const backend of ["function", "closure"] as const) {
      const setup = prepareRisk(raw, { detail: true, backend });
      expect(setup.model.backend).toBe(backend);
      expect(worstGap(setup)).toBeLessThan(1e-6);
    }
  });
  test("with rate overrides too", () => {
    const setup = prepareRisk({}, { detail: true, rateOverrides: { salary_developer: { list: 420000 }, vm_month_cn: { discount: 0.3 }, saas_renewal_uplift_cn: { list: 0.1 } } });
    expect(worstGap(setup)).toBeLessThan(1e-6);
  });
  test("for random valid requirements (fast-check)", () => {
    fc.assert(
      fc.property(arbitraryRequirements, (r) => {
        expect(worstGap(prepareRisk(r, { detail: true }))).toBeLessThan(1e-6);
      }),
      { numRuns: 40 },
    );
  });
});

/**
 * Constant folding is checked against the same model with folding defeated: every numeric requirement and every
 * rate left as a run-time variable, so nothing the requirements or the rate card give is baked in. Both must
 * give the same numbers for the drivers' values, and the folded one must do much less work.
 */
describe("constant folding", () => {
  type Outputs = FastModel["outputs"][PathId];
  const positions = (o: Outputs): number[] => [o.base, o.y1, o.metered, o.labour, ...o.lineTotals!];

  function unfolded(setup: RiskSetup): FastModel {
    const variableInputs = Object.keys(setup.requirements);
    const variableRates = setup.entries.map((e) => e.key);
    return compileFastModel(setup.requirements, setup.entries, { variableInputs, variableRates, detail: true, backend: "closure" });
  }

  /** The folded setup's outputs and the unfolded model's, for the same driver values, as [folded, unfolded] pairs. */
  function bothRuns(setup: RiskSetup, full: FastModel, values: Float64Array): [number, number][] {
    const x = new Float64Array(setup.model.inputKeys.length);
    const r = new Float64Array(setup.model.rateKeys.length);
    setup.binding.apply(setup.model, values, x, r);
    const fx = Float64Array.from(full.baseInputs);
    const fr = Float64Array.from(full.baseRates);
    setup.model.inputKeys.forEach((k, i) => (fx[full.inputKeys.indexOf(k)] = x[i]));
    setup.model.rateKeys.forEach((k, i) => (fr[full.rateKeys.indexOf(k)] = r[i]));
    const out = new Float64Array(full.outputCount);
    full.run(fx, fr, out);
    const folded = Array.from(setup.evaluate(values));
    return PATH_IDS.flatMap((p) => {
      const a = positions(setup.model.outputs[p]);
      const b = positions(full.outputs[p]);
      return a.map((at, k): [number, number] => [folded[at], out[b[k]]]);
    });
  }

  const worst = (pairs: [number, number][]) => Math.max(...pairs.map(([a, b]) => rel(a, b)));

  test.each(REQUIREMENT_SETS)("%s: folded and unfolded models agree at the modes, and folding removes work", (_name, raw) => {
    const setup = prepareRisk(raw, { detail: true });
    const full = unfolded(setup);
    expect(full.inputKeys.length).toBeGreaterThan(setup.model.inputKeys.length + 20);
    expect(full.rateKeys.length).toBeGreaterThan(setup.model.rateKeys.length + 20);
    expect(worst(bothRuns(setup, full, setup.modes()))).toBeLessThan(1e-12);
    // Measured with the calendar: folded/unfolded statements 0.78–0.85 across these sets (timing weights are
    // constants either way; what folding removes is the rate and input arithmetic around them).
    expect(setup.model.statements).toBeLessThan(0.88 * full.statements);
  });

  test.each(REQUIREMENT_SETS)("%s: with nothing variable everything folds to constants, with the same outputs", (_name, raw) => {
    const setup = prepareRisk(raw, { detail: true });
    const constant = compileFastModel(setup.requirements, setup.entries, { variableInputs: [], variableRates: [], detail: true, backend: "closure" });
    expect(constant.statements).toBe(0);
    const out = new Float64Array(constant.outputCount);
    constant.run(new Float64Array(0), new Float64Array(0), out);
    const folded = Array.from(setup.evaluate(setup.modes()));
    const pairs = PATH_IDS.flatMap((p) => positions(setup.model.outputs[p]).map((at, k): [number, number] => [folded[at], out[positions(constant.outputs[p])[k]]]));
    expect(worst(pairs)).toBeLessThan(1e-12);
  });

  test("they agree for random driver values (fast-check)", () => {
    const setup = prepareRisk({ headcount: 25000, hosting: "onPremise", userGrowthRate: 0.1 }, { detail: true });
    const full = unfolded(setup);
    fc.assert(
      fc.property(fc.tuple(...RISK_DRIVERS.map((d) => fc.double({ min: d.low, max: d.high, noNaN: true }))), (values) => {
        expect(worst(bothRuns(setup, full, Float64Array.from(values)))).toBeLessThan(1e-12);
      }),
      { numRuns: 50 },
    );
  });

  test("what stays variable is what the drivers move", () => {
    const setup = prepareRisk({}, {});
    expect(setup.model.inputKeys).toEqual(expect.arrayContaining(["userGrowthRate", "voiceMinutesPerUserDay", "videoMinutesPerUserDay", "fxUsdToCny"]));
    expect(setup.model.inputKeys).not.toContain("buildFteSelfBuild"); // "auto": nothing to scale
    expect(setup.model.inputKeys).not.toContain("horizonYears");
    expect(setup.model.rateKeys).toContain("salary_developer");
    expect(setup.model.statements).toBeLessThan(2000);
  });
});

describe("code generation and closures agree exactly", () => {
  test("for random driver values", () => {
    const gen = prepareRisk({ headcount: 25000, hosting: "onPremise", deploymentRegion: "international" }, { detail: true, backend: "function" });
    const clo = prepareRisk({ headcount: 25000, hosting: "onPremise", deploymentRegion: "international" }, { detail: true, backend: "closure" });
    fc.assert(
      fc.property(fc.tuple(...RISK_DRIVERS.map((d) => fc.double({ min: d.low, max: d.high, noNaN: true }))), (values) => {
        const v = Float64Array.from(values);
        const a = Array.from(gen.evaluate(v));
        const b = Array.from(clo.evaluate(v));
        expect(b).toEqual(a);
      }),
      { numRuns: 50 },
    );
  });
});

describe("drivers move the lines that depend on them", () => {
  const setup = prepareRisk({}, { detail: true });
  const lineTotal = (values: Float64Array, path: (typeof PATH_IDS)[number], id: string) => {
    const out = setup.evaluate(values);
    return out[setup.model.outputs[path].lineTotals![COST_LINES.findIndex((l) => l.id === id)]];
  };
  const at = (id: string, value: number) => {
    const v = setup.modes();
    v[RISK_DRIVERS.findIndex((d) => d.id === id)] = value;
    return v;
  };
  test("salaries ×1.1 move every salaried line by 10% and leave cloud lines alone", () => {
    const base = setup.modes();
    expect(lineTotal(at("salaries", 1.1), "selfBuild", "maintenanceTeam") / lineTotal(base, "selfBuild", "maintenanceTeam")).toBeCloseTo(1.1, 10);
    expect(lineTotal(at("salaries", 1.1), "hybrid", "customerSupport") / lineTotal(base, "hybrid", "customerSupport")).toBeCloseTo(1.1, 10);
    expect(lineTotal(at("salaries", 1.1), "selfBuild", "appServers")).toBe(lineTotal(base, "selfBuild", "appServers"));
  });
  test("FX moves only foreign-currency prices: in a CNY budget, the USD translation price", () => {
    const s = prepareRisk({ translation: true }, { detail: true });
    const idx = (id: string) => s.model.outputs.selfBuild.lineTotals![COST_LINES.findIndex((l) => l.id === id)];
    const v = s.modes();
    const fx = RISK_DRIVERS.findIndex((d) => d.id === "fx");
    const base = Array.from(s.evaluate(v));
    v[fx] = 1.1;
    const moved = Array.from(s.evaluate(v));
    expect(moved[idx("addOnModules")]).toBeGreaterThan(base[idx("addOnModules")]);
    expect(moved[idx("appServers")]).toBe(base[idx("appServers")]);
  });
  test("video share moves minutes from voice to video without changing the total", () => {
    const v = at("videoShare", 0.2);
    const out = setup.evaluate(v);
    expect(out[setup.model.outputs.hybrid.base]).toBeGreaterThan(setup.bases.hybrid.base); // video minutes cost more
  });
});
