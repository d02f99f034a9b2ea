import { RATE_CARD_ENTRIES } from "../../../src/engine/rateCard/rateCardEntries";
import { requirementSpec } from "../../../src/engine/requirements/validateRequirements";
import { resolveDrivers } from "../../../src/engine/risk/resolveDrivers";
import { RISK_DRIVERS, neutralValue } from "../../../src/engine/risk/riskDrivers";
import { EngineError } from "../../../src/engine/EngineError";

describe("risk drivers are data", () => {
  test.each(RISK_DRIVERS.map((d) => [d.id, d]))("%s: labels, a sourced width, low ≤ most likely ≤ high around the neutral value", (_id, d) => {
    expect(d.label.en.length * d.label.zh.length).toBeGreaterThan(0);
    expect(d.source.en.length).toBeGreaterThan(10);
    expect(d.source.zh.length).toBeGreaterThan(5);
    expect(d.low).toBeLessThanOrEqual(d.mode);
    expect(d.mode).toBeLessThanOrEqual(d.high);
    expect(d.mode).toBe(neutralValue(d)); // most likely = the budget as it stands
    expect(d.low).toBeLessThan(d.high);
    expect(["pert", "triangular"]).toContain(d.distribution);
    expect(d.inputs.length + d.rates.length + (d.share ? 1 : 0)).toBeGreaterThan(0);
    for (const k of d.inputs) expect(["number", "override"]).toContain(requirementSpec(k)?.kind);
    for (const k of d.rates) expect(RATE_CARD_ENTRIES.some((e) => e.key === k)).toBe(true);
  });
  test("ids are unique and usable as Excel text", () => {
    const ids = RISK_DRIVERS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-zA-Z][a-zA-Z0-9]*$/);
  });
  test("the issue's drivers are all there: growth, call minutes, video share, prices, FX, salaries, development and integration effort", () => {
    const ids = RISK_DRIVERS.map((d) => d.id);
    for (const id of ["headcountGrowth", "callMinutes", "videoShare", "seatPrices", "usagePrices", "cloudPrices", "fx", "salaries", "developmentEffort", "integrationEffort"]) expect(ids).toContain(id);
  });
  test("widths follow estimate maturity: own development is AACE class 4 (−30%/+50%), a per-seat price is narrower", () => {
    const by = (id: string) => RISK_DRIVERS.find((d) => d.id === id)!;
    expect([by("developmentEffort").low, by("developmentEffort").high]).toEqual([0.7, 1.5]);
    expect([by("integrationEffort").low, by("integrationEffort").high]).toEqual([0.7, 1.5]);
    const width = (id: string) => by(id).high - by(id).low;
    expect(width("seatPrices")).toBeLessThan(width("cloudPrices"));
    expect(width("cloudPrices")).toBeLessThan(width("developmentEffort"));
    expect(by("developmentEffort").source.en).toMatch(/AACE.*class 4/);
  });
  test("every vendor, cloud and salary price is moved by exactly one price driver", () => {
    const priceDrivers = RISK_DRIVERS.filter((d) => d.rates.length > 0);
    const covered = priceDrivers.flatMap((d) => d.rates);
    expect(new Set(covered).size).toBe(covered.length);
    const notCovered = RATE_CARD_ENTRIES.filter((e) => e.kind === "price" && !covered.includes(e.key)).map((e) => e.key);
    // Compliance, training and one-off vendor services stay fixed (they are assessed or quoted per project), and
    // so do an offer's contractual minimums (minimum spend, support minimum).
    expect(notCovered.sort()).toEqual(["iso27001_initial", "iso27001_surveillance", "mlps_assessment_l2", "mlps_assessment_l3", "mlps_remediation_l2", "mlps_remediation_l3", "saas_min_spend_year_cn", "saas_min_spend_year_intl", "saas_support_min_year_cn", "saas_support_min_year_intl", "scale_out_services", "security_tooling_year", "training_per_user"]);
  });
});

describe("resolveDrivers", () => {
  test("applies a user's range and distribution, keeps the rest", () => {
    const d = resolveDrivers({ salaries: { low: 0.95, high: 1.05, distribution: "triangular" } });
    const s = d.find((x) => x.id === "salaries")!;
    expect([s.low, s.mode, s.high, s.distribution]).toEqual([0.95, 1, 1.05, "triangular"]);
    expect(d.find((x) => x.id === "fx")).toEqual(RISK_DRIVERS.find((x) => x.id === "fx"));
  });
  test.each([
    [{ nope: { low: 1 } }, /nope/],
    [{ salaries: { low: 1.2 } }, /mode/],
    [{ salaries: { high: 0.5 } }, /high/],
    [{ salaries: { low: -0.1 } }, /factor/],
    [{ salaries: { low: Number.NaN } }, /finite/],
    [{ salaries: { distribution: "normal" as never } }, /pert/],
  ])("rejects %j", (o, message) => {
    expect(() => resolveDrivers(o)).toThrow(EngineError);
    expect(() => resolveDrivers(o)).toThrow(message);
  });
});
