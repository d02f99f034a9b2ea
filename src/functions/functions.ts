/**
 * IMCOST worksheet functions (namespace IMCOST, e.g. =IMCOST.TCO). Each is a one-line wrapper: the
 * metadata generator reads the JSDoc and signatures below (top-level declarations only; ranges as any[][],
 * optional scalars as `x?: number`), and `runFunction` checks the arguments against parameterSpecs.ts, calls
 * the engine and maps errors to #VALUE!. The build appends the CustomFunctions.associate calls.
 * Nothing here touches Office or the DOM: the functions also run in plain Node with a global CustomFunctions.
 * Chinese descriptions: functionsZh.json; help pages: functionHelp.json (both checked by tests).
 */
import { runFunction } from "./runFunction";

/**
 * Total cost of ownership: upfront + the yearly costs, each discounted by (1+r)^t for year t = 1…N. With a discount rate this is the present value of cost.
 * @customfunction
 * @helpurl https://localhost:3000/help/tco.html
 * @param annualCosts Costs of years 1…N, read row by row; blank cells count as 0 for their year.
 * @param [upfront] One-off cost in year 0, not discounted. Default 0.
 * @param [discountRate] Yearly discount rate as a fraction (8% = 0.08), greater than -1. Default 0 (undiscounted).
 * @returns The total cost, or its present value when discounted.
 */
export function tco(annualCosts: any[][], upfront?: number, discountRate?: number): number {
  return runFunction("TCO", [annualCosts, upfront, discountRate]);
}

/**
 * Projects a yearly cost over several years at a constant growth rate: cost × (1+g)^(t-1) for year t. Spills one row.
 * @customfunction
 * @helpurl https://localhost:3000/help/project.html
 * @param firstYearCost The cost in the first year.
 * @param years Number of years: a whole number from 1 to 100.
 * @param [growthRate] Yearly growth as a fraction (5% = 0.05), at least -1. Default 0.
 * @returns One row with the cost of each year.
 */
export function project(firstYearCost: number, years: number, growthRate?: number): number[][] {
  return runFunction("PROJECT", [firstYearCost, years, growthRate]);
}

/**
 * Contingency reserve for an amount: amount × rate (20-30% of metered costs is the usual advice).
 * @customfunction
 * @helpurl https://localhost:3000/help/contingency.html
 * @param amount The amount to cover.
 * @param [rate] Contingency rate as a fraction from 0 to 1 (25% = 0.25). Default 0.25.
 * @returns The contingency amount.
 */
export function contingency(amount: number, rate?: number): number {
  return runFunction("CONTINGENCY", [amount, rate]);
}

/**
 * Three-point (PERT) estimate at a confidence level: E + z×σ with E = (o+4m+p)/6 and σ = (p-o)/6.
 * @customfunction
 * @helpurl https://localhost:3000/help/pert.html
 * @param optimistic Best-case estimate (o); o ≤ mostLikely.
 * @param mostLikely Most likely estimate (m); optimistic ≤ m ≤ pessimistic.
 * @param pessimistic Worst-case estimate (p); p ≥ mostLikely.
 * @param [confidence] Probability that the result is not exceeded, greater than 0 and less than 1. Default 0.5 (returns the mean E).
 * @returns The estimate at the confidence level.
 */
export function pert(optimistic: number, mostLikely: number, pessimistic: number, confidence?: number): number {
  return runFunction("PERT", [optimistic, mostLikely, pessimistic, confidence]);
}

/**
 * Network bandwidth in Mbps for concurrent users: users × kbps per user / 1000.
 * @customfunction
 * @helpurl https://localhost:3000/help/bandwidth.html
 * @param concurrentUsers Users online at the same time (≥ 0).
 * @param [media] "text", "voice" or "video" (720p): takes kbps per user from the rate card when kbpsPerUser is omitted.
 * @param [kbpsPerUser] Bit rate per user in kbps (≥ 0); overrides the media default. Give this or media.
 * @returns Bandwidth in Mbps.
 */
export function bandwidth(concurrentUsers: number, media?: string, kbpsPerUser?: number): number {
  return runFunction("BANDWIDTH", [concurrentUsers, media, kbpsPerUser]);
}

/**
 * Data volume in GB of a stream: minutes × 60 × kbps / 8 / 10^6 (1 kbps = 1000 bit/s, 1 GB = 10^9 bytes).
 * @customfunction
 * @helpurl https://localhost:3000/help/trafficgb.html
 * @param minutes Stream minutes (≥ 0), e.g. participant-minutes of video.
 * @param kbps Bit rate in kbps (≥ 0), e.g. 2500 for 720p video.
 * @returns Traffic in GB.
 */
export function trafficgb(minutes: number, kbps: number): number {
  return runFunction("TRAFFICGB", [minutes, kbps]);
}

/**
 * Message and attachment storage in GB: users × (messages × bytes × days / 10^9 + attachment MB × days / 30 / 1000).
 * @customfunction
 * @helpurl https://localhost:3000/help/storagegb.html
 * @param users Users whose data is stored (≥ 0).
 * @param messagesPerUserDay Messages per user per day (≥ 0).
 * @param [bytesPerMessage] Average bytes stored per message (≥ 0). Default 2000.
 * @param [retentionDays] Days the data is kept (≥ 0). Default 365.
 * @param [attachmentMBPerUserMonth] Attachment MB per user per month (≥ 0). Default 0.
 * @returns Storage in GB.
 */
export function storagegb(users: number, messagesPerUserDay: number, bytesPerMessage?: number, retentionDays?: number, attachmentMBPerUserMonth?: number): number {
  return runFunction("STORAGEGB", [users, messagesPerUserDay, bytesPerMessage, retentionDays, attachmentMBPerUserMonth]);
}

/**
 * Servers needed for a peak load: ROUNDUP(peak × (1 + headroom) / capacity) + spares.
 * @customfunction
 * @helpurl https://localhost:3000/help/servers.html
 * @param peakConcurrent Peak concurrent users or sessions (≥ 0).
 * @param capacityPerServer Users or sessions one server carries (greater than 0).
 * @param [headroom] Extra capacity as a fraction (30% = 0.3), ≥ 0. Default 0.3.
 * @param [spares] Spare servers added for redundancy: a whole number ≥ 0. Default 1.
 * @returns Number of servers.
 */
export function servers(peakConcurrent: number, capacityPerServer: number, headroom?: number, spares?: number): number {
  return runFunction("SERVERS", [peakConcurrent, capacityPerServer, headroom, spares]);
}

/**
 * People cost over the years: the sum of fte × salary × load factor × (1+g)^(t-1) for years t = 1…N.
 * @customfunction
 * @helpurl https://localhost:3000/help/labor.html
 * @param fte Full-time equivalents (≥ 0).
 * @param annualSalary Yearly gross salary per FTE (≥ 0).
 * @param [loadFactor] Employer cost per unit of salary (social insurance, benefits), ≥ 0. Default 1.4.
 * @param [years] Number of years: a whole number from 1 to 100. Default 1.
 * @param [salaryGrowth] Yearly salary growth as a fraction (5% = 0.05), at least -1. Default 0.
 * @returns Total people cost.
 */
export function labor(fte: number, annualSalary: number, loadFactor?: number, years?: number, salaryGrowth?: number): number {
  return runFunction("LABOR", [fte, annualSalary, loadFactor, years, salaryGrowth]);
}

/**
 * Charge for a quantity under tiered prices: "graduated" (each unit at its tier's price), "volume" (all units at the price of the tier reached) or "flat" (the fee of the band reached).
 * @customfunction
 * @helpurl https://localhost:3000/help/tiered.html
 * @param quantity Quantity used (≥ 0).
 * @param tierLimits Ascending upper limits of the tiers (one row or column, inclusive); a blank or 0 last limit means no upper bound.
 * @param tierPrices Price per unit of each tier, or the band fee in "flat" mode; same number of cells as tierLimits.
 * @param [mode] "graduated", "volume" or "flat". Default "graduated".
 * @param [freeUnits] Units included free of charge (≥ 0). Default 0.
 * @returns The charge.
 */
export function tiered(quantity: number, tierLimits: any[][], tierPrices: any[][], mode?: string, freeUnits?: number): number {
  return runFunction("TIERED", [quantity, tierLimits, tierPrices, mode, freeUnits]);
}

/**
 * Budget table of one path: a row per category, contingency and total, with a column per fiscal year and a total.
 * @customfunction
 * @helpurl https://localhost:3000/help/budget.html
 * @param [requirements] Two-column range of requirement keys and values (e.g. headcount, 5000); missing keys take their defaults, rows with a blank key are skipped.
 * @param [path] "selfbuild", "commercial" or "hybrid" (also 自建, 商业, 混合). Default "commercial".
 * @param [years] Budget horizon in years, a whole number from 1 to 10; overrides horizonYears. Default: horizonYears (5).
 * @returns A spilled table with a header row.
 */
export function budget(requirements?: any[][], path?: string, years?: number): any[][] {
  return runFunction("BUDGET", [requirements, path, years]);
}

/**
 * Compares the self-build, commercial and hybrid paths, and any named options: cash out per fiscal year, TCO, NPV and go-live month of each.
 * @customfunction
 * @helpurl https://localhost:3000/help/compare.html
 * @param [requirements] Two-column range of requirement keys and values (e.g. headcount, 5000); missing keys take their defaults, rows with a blank key are skipped.
 * @param [years] Budget horizon in years, a whole number from 1 to 10; overrides horizonYears. Default: horizonYears (5).
 * @param [options] Table of options: a header row id, name, path, then path or staffing input keys and Rate_<key> columns; one option per row, a blank cell keeps the shared value.
 * @returns A spilled table: a header row and one row per path, then one per option.
 */
export function compare(requirements?: any[][], years?: number, options?: any[][]): any[][] {
  return runFunction("COMPARE", [requirements, years, options]);
}
