import { EngineError } from "../../src/engine/EngineError";
import type { RequirementSpec } from "../../src/engine/requirements/RequirementSpec";
import { REQUIREMENT_SPECS } from "../../src/engine/requirements/requirementSpecs";
import { allowedText, defaultRequirements, parseRequirements, validateRequirements } from "../../src/engine/requirements/validateRequirements";

const specs = REQUIREMENT_SPECS as readonly RequirementSpec[];

function errorOf(raw: Record<string, unknown>): EngineError {
  try {
    parseRequirements(raw);
  } catch (e) {
    if (e instanceof EngineError) return e;
    throw e;
  }
  throw new Error("expected an EngineError");
}

describe("requirements", () => {
  test("the issue's defaults", () => {
    const d = defaultRequirements();
    expect(d).toMatchObject({
      headcount: 5000, dauRatio: 0.85, peakConcurrencyRatio: 0.6, userGrowthRate: 0.05, eventPeakAttendees: 3000, eventsPerYear: 4, eventHours: 2,
      messagesPerUserDay: 80, attachmentMBPerUserMonth: 15, retentionDays: 365, storageReplication: 2, voiceMinutesPerUserDay: 18, videoMinutesPerUserDay: 12,
      videoResolution: "720p", avgMeetingSize: 4, workingDaysPerYear: 250, deploymentRegion: "cn", regions: 1, latencyTargetMs: 200,
      moderation: true, messageRecall: true, burnAfterReading: false, recording: false, translation: false, integrations: 3, migrateHistory: true, legacyAnnualCost: 0,
      industry: "general", mlpsLevel: 2, domesticTech: false, commercialModel: "saas", goLiveMonthsSelfBuild: 12, goLiveMonthsCommercial: 2, goLiveMonthsHybrid: 6,
      horizonYears: 5, currency: "CNY", fxUsdToCny: 7.2, discountRate: 0.08, inflationRate: 0.02, salaryGrowthRate: 0.05, priceEscalationRate: 0,
      contingencyRate: 0.25, developmentContingencyRate: 0.3, loadFactor: "auto", labourMarket: "cnTier1", vatRecoverable: true, depreciationYears: 4,
    });
  });
  test("keys are unique and every default passes its own validation", () => {
    expect(new Set(specs.map((s) => s.key)).size).toBe(specs.length);
    expect(validateRequirements(defaultRequirements()).errors).toEqual([]);
  });
  test.each([
    [{ headcount: -1 }, "headcount", "outOfRange", "a whole number from 1 to 1000000"],
    [{ headcount: 12.5 }, "headcount", "notAnInteger", "a whole number from 1 to 1000000"],
    [{ headcount: "many" }, "headcount", "notANumber", "a whole number from 1 to 1000000"],
    [{ dauRatio: Number.NaN }, "dauRatio", "notANumber", "a number from 0.01 to 1"],
    [{ discountRate: Infinity }, "discountRate", "notANumber", "a number from 0 to 1"],
    [{ horizonYears: 11 }, "horizonYears", "outOfRange", "a whole number from 1 to 10"],
    [{ videoResolution: "4k" }, "videoResolution", "unknownOption", 'one of "360p", "720p", "1080p"'],
    [{ moderation: "maybe" }, "moderation", "unknownOption", "TRUE or FALSE"],
    [{ mlpsLevel: 1 }, "mlpsLevel", "unknownOption", "one of 0, 2, 3"],
    [{ supportFte: -3 }, "supportFte", "outOfRange", '"auto" or a number from 0 to 1000'],
    [{ headcont: 10 }, "headcont", "unknownKey", undefined],
  ])("%j is a typed error naming the field and the allowed range", (raw, field, code, allowed) => {
    const e = errorOf(raw);
    expect(e.field).toBe(field);
    expect(e.code).toBe(code);
    if (allowed) {
      expect(e.allowed).toBe(allowed);
      expect(e.message).toContain(field);
      expect(e.message).toContain(allowed);
    }
  });
  test("all errors are reported at once, and the rest still validates", () => {
    const { errors, requirements } = validateRequirements({ headcount: 0, dauRatio: 2, currency: "EUR", regions: 2 });
    expect(errors.map((e) => e.field)).toEqual(["headcount", "dauRatio", "currency"]);
    expect(requirements.regions).toBe(2);
  });
  test("spreadsheet-style values: TRUE/FALSE text, choices in any case, blanks take defaults", () => {
    const r = parseRequirements({ moderation: "false", currency: "usd", mlpsLevel: "3", commercialModel: "Private", headcount: null, regions: "", buildFteHybrid: "AUTO" });
    expect(r).toMatchObject({ moderation: false, currency: "USD", mlpsLevel: 3, commercialModel: "private", headcount: 5000, regions: 1, buildFteHybrid: "auto" });
  });
  test("allowed text for each kind", () => {
    const byKey = (k: string) => specs.find((s) => s.key === k)!;
    expect(allowedText(byKey("dauRatio"))).toBe("a number from 0.01 to 1");
    expect(allowedText(byKey("recording"))).toBe("TRUE or FALSE");
  });
});
