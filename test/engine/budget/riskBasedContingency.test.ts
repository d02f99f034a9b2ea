import { Decimal } from "decimal.js";
import { PATH_IDS, analyticRisk, computeBudget } from "../../../src/engine";

const sumOf = (values: readonly Decimal[]) => values.reduce((a, b) => a.plus(b), new Decimal(0));
const flat = computeBudget({});
const risk = computeBudget({ contingencyMethod: "riskBased" });
const analytic = analyticRisk({});

describe("contingencyMethod riskBased: the analytic P at the confidence level − base, phased like the flat bases", () => {
  test.each(PATH_IDS)("%s: the contingency over the window is max(0, E + NORMSINV(0.8)·σ − base); the cost before it is unchanged", (p) => {
    const a = analytic[p];
    const expected = Math.max(0, a.mean + 0.8416212335729143 * a.sigma - a.base);
    expect(Math.abs(sumOf(risk.paths[p].contingency).toNumber() - expected)).toBeLessThan(1e-6);
    expect(risk.paths[p].tco.minus(sumOf(risk.paths[p].contingency)).toFixed(6)).toBe(flat.paths[p].tco.minus(sumOf(flat.paths[p].contingency)).toFixed(6));
  });

  test.each(PATH_IDS)("%s: each fiscal year takes its share of the flat contingency-bearing base (metered ÷ 25% + labour ÷ 30%)", (p) => {
    const bearing = flat.paths[p].contingencyMetered.map((m, i) => m.dividedBy(0.25).plus(flat.paths[p].contingencyLabour[i].dividedBy(0.3)));
    const total = sumOf(bearing);
    const R = sumOf(risk.paths[p].contingency);
    risk.paths[p].contingency.forEach((c, i) => expect(Math.abs(c.toNumber() - R.times(bearing[i]).dividedBy(total).toNumber())).toBeLessThan(1e-6));
  });

  test("the flat figure is still reported beside it, and the months still add up to the TCO", () => {
    for (const p of PATH_IDS) {
      expect(risk.paths[p].flatContingency.toFixed(6)).toBe(sumOf(flat.paths[p].contingency).toFixed(6));
      expect(sumOf(risk.paths[p].months).minus(risk.paths[p].tco).abs().toNumber()).toBeLessThan(1e-9);
    }
  });

  test("the confidence level moves it: 50% gives E − base, 90% the analytic P90 − base", () => {
    const at50 = computeBudget({ contingencyMethod: "riskBased", contingencyConfidence: 0.5 });
    const at90 = computeBudget({ contingencyMethod: "riskBased", contingencyConfidence: 0.9 });
    for (const p of PATH_IDS) {
      expect(Math.abs(sumOf(at50.paths[p].contingency).toNumber() - Math.max(0, analytic[p].mean - analytic[p].base))).toBeLessThan(1e-6);
      expect(Math.abs(sumOf(at90.paths[p].contingency).toNumber() - Math.max(0, analytic[p].p90 - analytic[p].base))).toBeLessThan(1e-6);
    }
  });

  test("the flat method is untouched by the confidence level", () => {
    expect(computeBudget({ contingencyConfidence: 0.95 }).paths.selfBuild.tco.toString()).toBe(flat.paths.selfBuild.tco.toString());
  });
});
