/** Requirement sets that trip and clear each check, shared by the engine tests and the LibreOffice test. */
import { STALE_BEFORE } from "../../../src/engine/checks/checkDefinitions";
import type { RateOverrides } from "../../../src/engine/rateCard/rateCard";
import { RATE_CARD_ENTRIES } from "../../../src/engine/rateCard/rateCardEntries";
import { RISK_DRIVERS, type RiskDriverOverrides } from "../../../src/engine/risk/riskDrivers";

export interface CheckCase {
  readonly name: string;
  readonly raw: Record<string, unknown>;
  readonly rateOverrides?: RateOverrides;
  readonly drivers?: RiskDriverOverrides;
  /** Exactly the checks that fail (besides "all", which fails whenever one does). */
  readonly fails: readonly string[];
}

/** Every stale price re-dated to a current quote. */
export const DATED: RateOverrides = Object.fromEntries(RATE_CARD_ENTRIES.filter((e) => e.date.slice(0, 7) < STALE_BEFORE).map((e) => [e.key, { date: "2026-10", source: `Quote received 2026-10 (${e.source})` }]));
/** Every estimated or second-hand figure confirmed (status SEEN). */
export const VERIFIED: RateOverrides = Object.fromEntries(RATE_CARD_ENTRIES.filter((e) => e.status === "EST" || e.status === "SEEN-2nd").map((e) => [e.key, { status: "SEEN" as const }]));
function merge(...sets: RateOverrides[]): RateOverrides {
  const out: Record<string, Record<string, unknown>> = {};
  for (const s of sets) for (const [k, v] of Object.entries(s)) out[k] = { ...(out[k] ?? {}), ...v };
  return out as RateOverrides;
}
/** A clean price book: current, verified, and a renewal price cap negotiated (no uplift). */
export const CLEAN: RateOverrides = merge(DATED, VERIFIED, { saas_renewal_uplift_cn: { list: 0 }, saas_renewal_uplift_intl: { list: 0 } });
export const FIXED_DRIVERS: RiskDriverOverrides = Object.fromEntries(RISK_DRIVERS.map((d) => [d.id, { low: d.mode, high: d.mode }]));

export const CHECK_CASES: readonly CheckCase[] = [
  { name: "defaults: renewal uplift, stale and estimated prices", raw: {}, fails: ["equalTerms", "lureSaasRenewal", "ratesCurrent", "estimateShare"] },
  { name: "clean price book: only the equal-terms warning (no current-system cost)", raw: {}, rateOverrides: CLEAN, fails: ["equalTerms"] },
  {
    name: "thin teams and no on-call rota",
    raw: { buildFteSelfBuild: 1, buildFteHybrid: 1, maintenanceFteSelfBuild: 1, maintenanceFteHybrid: 0.5, sreFteSelfBuild: 2 },
    rateOverrides: CLEAN,
    fails: ["equalTerms", "buildTeamSelfBuild", "buildTeamHybrid", "maintenanceSelfBuild", "maintenanceHybrid", "onCallSelfBuild"],
  },
  { name: "teams overridden at the minimum", raw: { buildFteSelfBuild: 2, buildFteHybrid: 2, maintenanceFteSelfBuild: 3, maintenanceFteHybrid: 1, sreFteSelfBuild: 4 }, rateOverrides: CLEAN, fails: ["equalTerms"] },
  { name: "200,000 staff with 4 SRE: too few for the nodes", raw: { headcount: 200000, sreFteSelfBuild: 4, userGrowthRate: 0 }, rateOverrides: CLEAN, fails: ["equalTerms", "onCallSelfBuild"] },
  { name: "two-year horizon, flat salaries, no upgrades", raw: { horizonYears: 2, salaryGrowthRate: 0 }, rateOverrides: merge(CLEAN, { upgrade_person_months: { list: 0 } }), fails: ["equalTerms", "horizon", "salaryGrowth", "upgrades"] },
  { name: "on-premise servers kept 8 years over 8 years", raw: { hosting: "onPremise", horizonYears: 8, depreciationYears: 8 }, rateOverrides: CLEAN, fails: ["equalTerms", "hardwareRefresh"] },
  { name: "on-premise servers refreshed every 4 years", raw: { hosting: "onPremise", horizonYears: 8, depreciationYears: 4 }, rateOverrides: CLEAN, fails: ["equalTerms"] },
  { name: "IM PaaS step crossed in Y2", raw: { headcount: 11000, userGrowthRate: 0.1 }, rateOverrides: CLEAN, fails: ["equalTerms", "lureImPaasStep"] },
  { name: "chat PaaS free tier ends in Y3", raw: { deploymentRegion: "international", currency: "USD", headcount: 180, userGrowthRate: 0.1 }, rateOverrides: CLEAN, fails: ["equalTerms", "lureImPaasFreeTier", "lureSaasMinimumSeats"] }, // 180 staff under the 500-seat EA minimum
  { name: "international, free tier passed from Y1 (no cliff later)", raw: { deploymentRegion: "international" }, rateOverrides: CLEAN, fails: ["equalTerms"] },
  { name: "push band changes in Y2", raw: { headcount: 38000, eventPeakAttendees: 0, eventsPerYear: 0 }, rateOverrides: CLEAN, fails: ["equalTerms", "lurePushBand"] },
  { name: "RTC free minutes exceeded from Y2", raw: { headcount: 300, userGrowthRate: 1, voiceMinutesPerUserDay: 1, videoMinutesPerUserDay: 0 }, rateOverrides: CLEAN, fails: ["equalTerms", "lureRtcFreeMinutes"] },
  { name: "30 staff under the 50-seat minimum", raw: { headcount: 30 }, rateOverrides: CLEAN, fails: ["equalTerms", "lureSaasMinimumSeats"] },
  { name: "renewal uplift only", raw: {}, rateOverrides: merge(DATED, VERIFIED), fails: ["equalTerms", "lureSaasRenewal"] },
  { name: "contingency 10% without a risk basis", raw: { contingencyRate: 0.1, developmentContingencyRate: 0.1 }, rateOverrides: CLEAN, fails: ["equalTerms", "contingencyBand"] },
  { name: "contingency 10% with a risk basis (drivers fixed)", raw: { contingencyRate: 0.1, developmentContingencyRate: 0.1 }, rateOverrides: CLEAN, drivers: FIXED_DRIVERS, fails: ["equalTerms"] },
  { name: "contingency 50% above the risk-based figure", raw: { contingencyRate: 0.5, developmentContingencyRate: 0.5 }, rateOverrides: CLEAN, fails: ["equalTerms", "contingencyBand"] },
  { name: "no headroom and no event peak", raw: { eventPeakAttendees: 0 }, rateOverrides: merge(CLEAN, { infra_headroom: { list: 0.1 } }), fails: ["equalTerms", "capacityHeadroom", "eventPeak"] },
  { name: "no events planned", raw: { eventPeakAttendees: 0, eventsPerYear: 0 }, rateOverrides: CLEAN, fails: ["equalTerms"] },
  { name: "prices current but unverified", raw: {}, rateOverrides: merge(DATED, { saas_renewal_uplift_cn: { list: 0 } }), fails: ["equalTerms", "estimateShare"] },
  { name: "prices verified but old", raw: {}, rateOverrides: merge(VERIFIED, { saas_renewal_uplift_cn: { list: 0 } }), fails: ["equalTerms", "ratesCurrent"] },
  { name: "clean price book with the current system's cost: every check passes", raw: { legacyAnnualCost: 600000 }, rateOverrides: CLEAN, fails: [] },
  { name: "go-lives 2 months apart, no current-system cost", raw: { goLiveMonthsSelfBuild: 4, goLiveMonthsCommercial: 2, goLiveMonthsHybrid: 3 }, rateOverrides: CLEAN, fails: [] },
  { name: "go-lives 3 months apart, no current-system cost", raw: { goLiveMonthsSelfBuild: 5, goLiveMonthsCommercial: 2, goLiveMonthsHybrid: 3 }, rateOverrides: CLEAN, fails: ["equalTerms"] },
];

/** Checks only a hand-edited workbook can trip (the engine validates or computes them correctly by construction). */
export const WORKBOOK_ONLY = ["inputsValid", "ratesSourced", "ratesNonNegative", "sum_selfBuild", "sum_commercial", "sum_hybrid", "nonNegative_selfBuild", "nonNegative_commercial", "nonNegative_hybrid", "phasing_selfBuild", "phasing_commercial", "phasing_hybrid", "reconciles_selfBuild", "reconciles_commercial", "reconciles_hybrid", "noErrors"];
/** Warnings only an edited workbook can trip: the engine always computes the Risk sheet's run from the inputs it is given. */
export const WORKBOOK_ONLY_WARNINGS = ["riskRunCurrent"];
