import { computeBudget, validateRateOverrides, RATE_CARD_ENTRIES } from "../../../src/engine";
import { divisorRateKeys } from "../../../src/engine/lines/divisorRateKeys";

/** Every feature and path branch on, so that every division in the model is reached. */
const EVERYTHING_ON = {
  commercialModel: "private",
  hosting: "onPremise",
  regions: 3,
  recording: true,
  translation: true,
  burnAfterReading: true,
  domesticTech: true,
  mlpsLevel: 3,
  industry: "finance",
  legacyAnnualCost: 500000,
  contingencyMethod: "riskBased",
};
const SCENARIOS = [{}, EVERYTHING_ON, { ...EVERYTHING_ON, commercialModel: "saas", hosting: "cloud", deploymentRegion: "international", currency: "USD", labourMarket: "us" }];

test("the rates the model divides by are found in the expressions, and nothing else", () => {
  const keys = divisorRateKeys();
  for (const k of ["vms_per_sre", "users_per_support_fte", "vm_units_per_server", "im_connections_per_node", "days_per_year"]) expect(keys.has(k)).toBe(true);
  for (const k of ["salary_developer", "infra_headroom", "oncall_min_fte"]) expect(keys.has(k)).toBe(false);
});

test.each(RATE_CARD_ENTRIES.map((e) => e.key))("rate %s at 0 is either refused as a divisor or gives finite totals", (key) => {
  const rateOverrides = { [key]: { list: 0 } };
  let refused = false;
  try {
    validateRateOverrides(rateOverrides);
  } catch (e) {
    refused = true;
    expect((e as Error).message).toBe(`Rate_${key} must be a number > 0 (got 0)`);
  }
  if (refused) return;
  for (const raw of SCENARIOS) {
    const budget = computeBudget(raw, { rateOverrides });
    for (const p of Object.values(budget.paths)) expect(Number.isFinite(Number(p.tco))).toBe(true);
  }
});
