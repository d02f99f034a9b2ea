import type { BudgetResult } from "../budget/BudgetResult";
import { CATEGORY_IDS } from "../budget/categories";
import { PATHS, PATH_IDS, type PathId } from "../budget/paths";
import { ZERO, sum } from "../decimal";
import { RATE_CARD_AS_OF, RATE_CARD_ENTRIES } from "../rateCard/rateCardEntries";
import { mustBePositive } from "../rateCard/rateCard";
import type { RateCardEntry } from "../rateCard/RateCardEntry";
import type { Requirements } from "../requirements/Requirements";
import type { AnalyticResult } from "../risk/sensitivity";

type Text = { readonly en: string; readonly zh: string };

/** The four budget traps, the evidence behind the prices, and the model's own integrity. */
export type TrapId = "threshold" | "longTerm" | "lure" | "elasticity" | "evidence" | "integrity";

export const TRAPS: Readonly<Record<TrapId, Text>> = {
  threshold: { en: "Underestimated technical threshold", zh: "低估技术门槛" },
  longTerm: { en: "Ignoring long-term cost", zh: "忽视长期成本" },
  lure: { en: "Low-price lure", zh: "低价陷阱" },
  elasticity: { en: "No elasticity plan", zh: "缺乏弹性计划" },
  evidence: { en: "Evidence behind the prices", zh: "价格依据" },
  integrity: { en: "Model integrity", zh: "模型完整性" },
};

/**
 * An integrity check says whether the model is sound (it adds up, inputs are valid, no negative costs): all of
 * them make Check_All. A warning is a finding for the budget owner (the four traps, the evidence behind the
 * prices): counted in Warning_Count and listed, never part of Check_All.
 */
export type Severity = "integrity" | "warning";

export const SEVERITIES: Readonly<Record<Severity, Text>> = {
  integrity: { en: "integrity", zh: "完整性" },
  warning: { en: "warning", zh: "警告" },
};

/** A year watch evaluated over window years 1…N (index w; index 0 repeats year 1). */
export interface WatchResult {
  readonly levels: readonly number[];
  readonly triggers: readonly boolean[];
  /** First window year the watch trips, or null. */
  readonly year: number | null;
  /** That window year in words: "from 2029-01" / "2029-01 起". */
  readonly when: Text;
  /** The watched line's change from the year before in that year (budget currency), or null. */
  readonly jump: number | null;
}

/** What an engine check reads. */
export interface CheckContext {
  readonly requirements: Requirements;
  readonly budget: BudgetResult;
  readonly entries: readonly RateCardEntry[];
  /** Effective rate in the budget currency (or the parameter's unit). */
  rate(key: string): number;
  sizing(key: string, year: number): number;
  watch(id: string): WatchResult;
  /** The Risk sheet's analytic approximation (computed on demand). */
  analytic(): AnalyticResult;
}

export interface CheckOutcome {
  readonly ok: boolean;
  readonly detail: Text;
  readonly year?: number;
  readonly jump?: number;
}

/** How a check's formula refers to the workbook (names and Checks-sheet helper cells). */
export interface CheckExcelRefs {
  input(key: string): string;
  /** The Inputs sheet's column of per-input validity flags. */
  inputValidColumn(): string;
  rate(key: string): string;
  /** A Sizing sheet cell in Y1 (staffing rows are the same in every year). */
  sizingY1(key: string): string;
  /** A whole column of the RateCard sheet. */
  rateColumn(column: "list" | "discount" | "source" | "date" | "status"): string;
  /** The category subtotals and the two contingency rows of a path, Total column. */
  categoryTotals(path: PathId): readonly string[];
  pathTotal(path: PathId): string;
  /** Every line × month cell of a path. */
  lineBlock(path: PathId): string;
  /** Σ of a path's monthly totals (Phasing) and of its fiscal-year totals (budget sheet). */
  monthsTotal(path: PathId): string;
  fiscalTotal(path: PathId): string;
  estimateShare(path: PathId): string;
  /** A path's reconciliation row (cash − P&L − net book value − prepaid) across the fiscal columns; "" past the horizon. */
  reconciliationGap(path: PathId): string;
  flatContingency(path: PathId): string;
  riskContingency(path: PathId): string;
  /** The labelled Checks-sheet cell holding a threshold. */
  threshold(id: ThresholdId): string;
  /** Number of years a year watch trips within the horizon (Checks sheet helper). */
  watchCount(id: string): string;
  /** The used range of every calculating sheet (all but Cover and Checks, which read Check_All). */
  calculationRanges(): readonly string[];
  /** The Risk sheet's cell that is TRUE while every recorded run input matches the current one. */
  riskRunCurrent(): string;
}

/**
 * One check, defined once: the engine's verdict (evaluate) and the Checks sheet's live formula (excel, TRUE
 * when it passes) from the same rule. Both must agree; a LibreOffice test recalculates the sheet to prove it.
 */
export interface CheckDefinition {
  readonly id: string;
  readonly trap: TrapId;
  readonly severity: Severity;
  readonly label: Text;
  /** The rule and the source of its threshold, shown beside the verdict. */
  readonly rule: Text;
  /** The year watch whose first year and jump the sheet shows beside the verdict. */
  readonly watch?: string;
  /**
   * What the check is about, for an option's own checks: the paths whose lines or staffing it reads, or
   * "comparison" for a check about the paths side by side (never one option's finding). Absent: every path.
   */
  readonly scope?: readonly PathId[] | "comparison";
  evaluate(ctx: CheckContext): CheckOutcome;
  /** The verdict for one path alone, where evaluate() speaks for all three (an option's checks use it). */
  evaluatePath?(ctx: CheckContext, path: PathId): CheckOutcome;
  excel(refs: CheckExcelRefs): string;
}

// ── Thresholds, with their sources: data, read by the engine as numbers and by the Checks sheet from labelled cells ──
export type ThresholdId =
  | "minBuildTeamSelfBuild"
  | "minBuildTeamHybrid"
  | "minMaintenanceHybrid"
  | "minHorizonYears"
  | "maxServerLifeYears"
  | "contingencyBandLow"
  | "contingencyBandHigh"
  | "minHeadroom"
  | "maxEstimateShare"
  | "equalTermsMonths"
  | "moneyTolerance"
  | "reconcileTolerance";

export interface Threshold {
  readonly id: ThresholdId;
  readonly value: number;
  readonly percent?: boolean;
  readonly label: Text;
}

export const THRESHOLDS: readonly Threshold[] = [
  { id: "minBuildTeamSelfBuild", value: 6, label: { en: "Self-build team at least (FTE; +1 with calls). Research §9.3: backend 3, iOS 1, Android 1, desktop/web 1–2, QA 1–2, RTC 1", zh: "自建团队至少（人；含通话 +1）。研究 §9.3：后端 3、iOS 1、Android 1、桌面/Web 1–2、测试 1–2、RTC 1" } },
  { id: "minBuildTeamHybrid", value: 5, label: { en: "Hybrid build team at least (FTE). Research §9.3: 5–8", zh: "混合方案建设团队至少（人）。研究 §9.3：5–8" } },
  { id: "minMaintenanceHybrid", value: 1, label: { en: "Hybrid maintenance developers at least (FTE)", zh: "混合方案维护开发至少（人）" } },
  { id: "minHorizonYears", value: 3, label: { en: "Budget horizon at least (years): trap \"ignoring long-term cost\", 3–5 years", zh: "预算期至少（年）：陷阱“忽视长期成本”，3–5 年" } },
  { id: "maxServerLifeYears", value: 5, label: { en: "Servers due for refresh after (years): US MACRS computer class", zh: "服务器更新年限上限（年）：美国 MACRS 计算机类" } },
  { id: "contingencyBandLow", value: 0.2, percent: true, label: { en: "Usual contingency: low end", zh: "常用预备费比例下限" } },
  { id: "contingencyBandHigh", value: 0.3, percent: true, label: { en: "Usual contingency: high end", zh: "常用预备费比例上限" } },
  { id: "minHeadroom", value: 0.2, percent: true, label: { en: "Capacity headroom at least (research default 30% + N+1)", zh: "容量余量至少（研究默认 30% + N+1）" } },
  { id: "maxEstimateShare", value: 0.5, percent: true, label: { en: "Share of TCO on estimated prices at most", zh: "依赖估算单价的成本占比上限" } },
  { id: "equalTermsMonths", value: 3, label: { en: "Go-lives this many months apart need a current-system cost (months)", zh: "上线相差此月数时须填写现有系统成本（月）" } },
  { id: "moneyTolerance", value: 0.005, label: { en: "Sums agree within (half a cent)", zh: "合计误差上限（半分）" } },
  { id: "reconcileTolerance", value: 0.01, label: { en: "Cash reconciles with P&L + net book value + prepaid within (a cent)", zh: "现金与损益 + 账面净值 + 预付余额勾稽误差上限（一分）" } },
];

export const threshold = (id: ThresholdId): number => THRESHOLDS.find((t) => t.id === id)!.value;

export const MIN_BUILD_TEAM_SELF_BUILD = threshold("minBuildTeamSelfBuild");
export const MIN_BUILD_TEAM_HYBRID = threshold("minBuildTeamHybrid");
export const MIN_MAINTENANCE_HYBRID = threshold("minMaintenanceHybrid");
export const MIN_HORIZON_YEARS = threshold("minHorizonYears");
export const MAX_SERVER_LIFE_YEARS = threshold("maxServerLifeYears");
export const CONTINGENCY_BAND: readonly [number, number] = [threshold("contingencyBandLow"), threshold("contingencyBandHigh")];
export const MIN_HEADROOM = threshold("minHeadroom");
export const MAX_ESTIMATE_SHARE = threshold("maxEstimateShare");
export const EQUAL_TERMS_MONTHS = threshold("equalTermsMonths");
export const MONEY_TOLERANCE = threshold("moneyTolerance");
export const RECONCILE_TOLERANCE = threshold("reconcileTolerance");
/** Rates older than this many months before the rate card's as-of date are stale. */
export const STALE_MONTHS = 24;

/** "YYYY-MM" that many months before a "YYYY-MM[-DD]" date. */
export function monthsBefore(date: string, months: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const total = y * 12 + (m - 1) - months;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, "0")}`;
}

export const STALE_BEFORE = monthsBefore(RATE_CARD_AS_OF, STALE_MONTHS);

/**
 * Whether a budget total depends on the Risk sheet's values computed at generation. The Monte Carlo run never
 * does (it is shown beside the totals). The exposure weights do under the risk-based contingency method: the
 * analytic P the totals then use is built on them, so a stale record fails Check_All instead of warning.
 */
export function riskRunFeedsTotals(req: Readonly<Record<string, unknown>>): boolean {
  return req.contingencyMethod === "riskBased";
}
/** The default requirements' answer (flat contingency), for the CHECKS list. */
export const RISK_RUN_FEEDS_TOTALS = false;

/**
 * The stale-run check: an integrity check exactly when the totals depend on the run; otherwise a warning
 * beside the contingency check, whose risk basis the Risk sheet holds.
 */
export function riskRunCurrentCheck(feedsTotals: boolean): CheckDefinition {
  return {
    id: "riskRunCurrent",
    trap: feedsTotals ? "integrity" : "elasticity",
    severity: feedsTotals ? "integrity" : "warning",
    label: both("The Risk sheet's computed values match the current inputs", "风险表中的计算值与当前输入一致"),
    rule: both(
      "Every input, rate and driver range recorded with the Monte Carlo run and the exposure weights equals the current one (Risk sheet, Run inputs); regenerate to refresh",
      "蒙特卡洛运行和敞口权重所记录的每项输入、单价和驱动因素区间均与当前值相同（风险表“运行输入”）；重新生成即可更新",
    ),
    // The engine always computes from the inputs it is given; only a workbook edited after generation can trip this.
    evaluate: () => ({ ok: true, detail: both("Computed from the current inputs", "按当前输入计算") }),
    excel: (r) => r.riskRunCurrent(),
  };
}

// ── Formatting for messages ──
function grouped(x: number, digits = 0): string {
  const s = Math.abs(x).toFixed(digits);
  const [int, frac] = s.split(".");
  const withSep = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${x < 0 ? "−" : ""}${withSep}${frac ? `.${frac}` : ""}`;
}
const fte = (x: number): string => grouped(x, Number.isInteger(x) ? 0 : 1);
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const money = (x: number): string => grouped(x);
const both = (en: string, zh: string): Text => ({ en, zh });
/** The rate-card keys that must stay above 0 (read when the Checks sheet is compiled, after every module has loaded). */
const POSITIVE_RATE_KEYS = (): string[] => RATE_CARD_ENTRIES.map((e) => e.key).filter(mustBePositive);
const pathLabel = (p: PathId): Text => PATHS.find((x) => x.id === p)!.label;

function hasCalls(req: Requirements): boolean {
  return (req.voiceMinutesPerUserDay as number) + (req.videoMinutesPerUserDay as number) > 0;
}

/** A lure check on a "rise" or "positive" year watch. */
function lureCheck(id: string, watch: string, scope: readonly PathId[], label: Text, rule: Text, what: (ctx: CheckContext, w: WatchResult) => Text): CheckDefinition {
  return {
    id,
    trap: "lure",
    severity: "warning",
    label,
    rule,
    watch,
    scope,
    evaluate(ctx) {
      const w = ctx.watch(watch);
      if (w.year === null) return { ok: true, detail: both("Not triggered within the horizon", "预算期内未触发") };
      return { ok: false, detail: what(ctx, w), year: w.year, ...(w.jump !== null ? { jump: w.jump } : {}) };
    },
    excel: (refs) => `${refs.watchCount(watch)}=0`,
  };
}

const jumpText = (w: WatchResult): Text =>
  w.jump === null ? both("", "") : both(`; the line changes by ${money(w.jump)} from the year before`, `；该费用项较上年变化 ${money(w.jump)}`);

/** The earliest and latest go-live among the paths, and the months between them within the window. */
function goLiveGap(b: BudgetResult): { fastest: PathId; slowest: PathId; months: number } {
  const live = (p: PathId) => Math.min(b.paths[p].goLive, b.calendar.months);
  const order = [...PATH_IDS].sort((x, y) => live(x) - live(y));
  const fastest = order[0];
  const slowest = order[order.length - 1];
  return { fastest, slowest, months: live(slowest) - live(fastest) };
}

function pathSums(b: BudgetResult, p: PathId): { ok: boolean; gap: number } {
  const pb = b.paths[p];
  const parts = sum(CATEGORY_IDS.map((c) => sum(pb.categories[c]))).plus(sum(pb.contingency));
  const gap = parts.minus(pb.tco).abs().toNumber();
  const years = pb.years.every((y, t) => sum(CATEGORY_IDS.map((c) => pb.categories[c][t])).plus(pb.contingency[t]).minus(y).abs().lessThan(MONEY_TOLERANCE));
  return { ok: gap < MONEY_TOLERANCE && years, gap };
}

function minLineValue(b: BudgetResult, p: PathId): number {
  let m = ZERO;
  for (const l of b.paths[p].lines) {
    for (let month = 1; month <= b.calendar.months; month++) {
      const v = l.month(month);
      if (v.lessThan(m)) m = v;
    }
  }
  return m.toNumber();
}

/** Every check, in the order of the Checks sheet: the four traps, then integrity and evidence. */
export const CHECKS: readonly CheckDefinition[] = [
  // ── 1. Underestimated technical threshold ──
  {
    id: "buildTeamSelfBuild",
    scope: ["selfBuild"],
    trap: "threshold",
    severity: "warning",
    label: both("Self-build: the build team is big enough to build an IM", "自建：建设团队规模足以完成 IM 建设"),
    rule: both(
      `Server side + media + client developers ≥ ${MIN_BUILD_TEAM_SELF_BUILD} (+1 with calls): backend 3, iOS 1, Android 1, web 1, QA 1, RTC 1 (research §9.3)`,
      `服务端 + 音视频 + 客户端开发 ≥ ${MIN_BUILD_TEAM_SELF_BUILD}（含通话 +1）：后端 3、iOS 1、Android 1、Web 1、测试 1、音视频 1（研究 §9.3）`,
    ),
    evaluate(ctx) {
      const team = ctx.sizing("buildFteSelfBuild", 1) + ctx.sizing("rtcFteSelfBuild", 1) + ctx.sizing("clientFte", 1);
      const min = MIN_BUILD_TEAM_SELF_BUILD + (hasCalls(ctx.requirements) ? 1 : 0);
      const ok = team >= min;
      return { ok, detail: both(`Build team ${fte(team)} FTE ${ok ? "≥" : "<"} ${min}`, `建设团队 ${fte(team)} 人 ${ok ? "≥" : "<"} ${min}`) };
    },
    excel: (r) => `(${r.sizingY1("buildFteSelfBuild")}+${r.sizingY1("rtcFteSelfBuild")}+${r.sizingY1("clientFte")})>=${r.threshold("minBuildTeamSelfBuild")}+IF((${r.input("voiceMinutesPerUserDay")}+${r.input("videoMinutesPerUserDay")})>0,1,0)`,
  },
  {
    id: "buildTeamHybrid",
    scope: ["hybrid"],
    trap: "threshold",
    severity: "warning",
    label: both("Hybrid: the build team is big enough for own clients and services", "混合：建设团队规模足以开发自有客户端和服务"),
    rule: both(`Server side + client developers ≥ ${MIN_BUILD_TEAM_HYBRID} (research §9.3: 5–8)`, `服务端 + 客户端开发 ≥ ${MIN_BUILD_TEAM_HYBRID}（研究 §9.3：5–8 人）`),
    evaluate(ctx) {
      const team = ctx.sizing("buildFteHybrid", 1) + ctx.sizing("clientFte", 1);
      const ok = team >= MIN_BUILD_TEAM_HYBRID;
      return { ok, detail: both(`Build team ${fte(team)} FTE ${ok ? "≥" : "<"} ${MIN_BUILD_TEAM_HYBRID}`, `建设团队 ${fte(team)} 人 ${ok ? "≥" : "<"} ${MIN_BUILD_TEAM_HYBRID}`) };
    },
    excel: (r) => `(${r.sizingY1("buildFteHybrid")}+${r.sizingY1("clientFte")})>=${r.threshold("minBuildTeamHybrid")}`,
  },
  {
    id: "maintenanceSelfBuild",
    scope: ["selfBuild"],
    trap: "threshold",
    severity: "warning",
    label: both("Self-build: maintenance developers after go-live", "自建：上线后的维护开发人员"),
    rule: both("Maintenance developers ≥ the rate card's minimum (Rate_maintenance_min_selfbuild)", "维护开发 ≥ 单价表中的最低人数（Rate_maintenance_min_selfbuild）"),
    evaluate(ctx) {
      const m = ctx.sizing("maintenanceFteSelfBuild", 1);
      const min = ctx.rate("maintenance_min_selfbuild");
      const ok = m >= min;
      return { ok, detail: both(`${fte(m)} FTE ${ok ? "≥" : "<"} ${fte(min)}`, `${fte(m)} 人 ${ok ? "≥" : "<"} ${fte(min)}`) };
    },
    excel: (r) => `${r.sizingY1("maintenanceFteSelfBuild")}>=${r.rate("maintenance_min_selfbuild")}`,
  },
  {
    id: "maintenanceHybrid",
    scope: ["hybrid"],
    trap: "threshold",
    severity: "warning",
    label: both("Hybrid: maintenance developers after go-live", "混合：上线后的维护开发人员"),
    rule: both(`Maintenance developers ≥ ${MIN_MAINTENANCE_HYBRID}: own clients and services need upkeep`, `维护开发 ≥ ${MIN_MAINTENANCE_HYBRID}：自有客户端和服务需要维护`),
    evaluate(ctx) {
      const m = ctx.sizing("maintenanceFteHybrid", 1);
      const ok = m >= MIN_MAINTENANCE_HYBRID;
      return { ok, detail: both(`${fte(m)} FTE ${ok ? "≥" : "<"} ${MIN_MAINTENANCE_HYBRID}`, `${fte(m)} 人 ${ok ? "≥" : "<"} ${MIN_MAINTENANCE_HYBRID}`) };
    },
    excel: (r) => `${r.sizingY1("maintenanceFteHybrid")}>=${r.threshold("minMaintenanceHybrid")}`,
  },
  {
    id: "onCallSelfBuild",
    scope: ["selfBuild"],
    trap: "threshold",
    severity: "warning",
    label: both("Self-build: a 24×7 on-call rota and enough SRE for the nodes", "自建：7×24 值班轮岗且运维人数覆盖节点"),
    rule: both("SRE ≥ MAX(on-call minimum 4 (24/7 needs 4–6 engineers), nodes ÷ 50) in every year", "每年运维 ≥ MAX(值班下限 4 人（7×24 需 4–6 人），节点数 ÷ 50)"),
    watch: "sreShortfall",
    evaluate(ctx) {
      const w = ctx.watch("sreShortfall");
      const sre = ctx.sizing("sreFteSelfBuild", 1);
      if (w.year === null) return { ok: true, detail: both(`${fte(sre)} SRE on the rota`, `值班运维 ${fte(sre)} 人`) };
      const need = Math.max(ctx.rate("oncall_min_fte"), Math.ceil(ctx.sizing("computeUnits", w.year) / ctx.rate("vms_per_sre") - 1e-9));
      return { ok: false, year: w.year, detail: both(`${fte(sre)} SRE < ${fte(need)} needed ${w.when.en}`, `运维 ${fte(sre)} 人 < ${w.when.zh}所需 ${fte(need)} 人`) };
    },
    excel: (r) => `${r.watchCount("sreShortfall")}=0`,
  },
  // ── 2. Ignoring long-term cost ──
  {
    id: "horizon",
    trap: "longTerm",
    severity: "warning",
    label: both(`The budget covers at least ${MIN_HORIZON_YEARS} years`, `预算期至少 ${MIN_HORIZON_YEARS} 年`),
    rule: both("Budget 3–5 years of cash flows, not the first year's price", "按 3–5 年现金流做预算，而非首年价格"),
    evaluate(ctx) {
      const h = ctx.requirements.horizonYears as number;
      const ok = h >= MIN_HORIZON_YEARS;
      return { ok, detail: both(`Horizon ${h} years`, `预算期 ${h} 年`) };
    },
    excel: (r) => `${r.input("horizonYears")}>=${r.threshold("minHorizonYears")}`,
  },
  {
    id: "salaryGrowth",
    trap: "longTerm",
    severity: "warning",
    label: both("Salaries grow over the horizon", "薪资随预算期增长"),
    rule: both("Salary growth > 0 (research: China urban wages +6.8–10% a year)", "薪资年增长率 > 0（研究：国内城镇工资年增 6.8%–10%）"),
    evaluate(ctx) {
      const g = ctx.requirements.salaryGrowthRate as number;
      return { ok: g > 0, detail: both(`Salary growth ${pct(g)} a year`, `薪资年增长 ${pct(g)}`) };
    },
    excel: (r) => `${r.input("salaryGrowthRate")}>0`,
  },
  {
    id: "hardwareRefresh",
    trap: "longTerm",
    severity: "warning",
    label: both("Bought servers are refreshed within the horizon", "自购服务器在预算期内按期更新"),
    rule: both(
      `On-premise with a horizon over ${MAX_SERVER_LIFE_YEARS} years needs a depreciation life ≤ ${MAX_SERVER_LIFE_YEARS} years, or the refresh falls outside the budget (MACRS computers 5 years; research server life 4)`,
      `本地部署且预算期超过 ${MAX_SERVER_LIFE_YEARS} 年时，折旧年限须 ≤ ${MAX_SERVER_LIFE_YEARS} 年，否则更新费用落在预算外（MACRS 计算机 5 年；研究默认 4 年）`,
    ),
    evaluate(ctx) {
      const q = ctx.requirements;
      const onPremise = q.hosting === "onPremise";
      const h = q.horizonYears as number;
      const life = q.depreciationYears as number;
      const ok = !(onPremise && h > MAX_SERVER_LIFE_YEARS && life > MAX_SERVER_LIFE_YEARS);
      if (!onPremise) return { ok, detail: both("Cloud hosting: no servers to refresh", "云主机：无需更新服务器") };
      return { ok, detail: both(`Servers refreshed every ${life} years over ${h} years`, `服务器每 ${life} 年更新，预算期 ${h} 年`) };
    },
    excel: (r) => `NOT(AND(${r.input("hosting")}="onPremise",${r.input("horizonYears")}>${r.threshold("maxServerLifeYears")},${r.input("depreciationYears")}>${r.threshold("maxServerLifeYears")}))`,
  },
  {
    id: "upgrades",
    trap: "longTerm",
    severity: "warning",
    label: both("Yearly upgrades and patches are budgeted", "已预算年度升级与补丁"),
    rule: both("Upgrade effort per year > 0 (Rate_upgrade_person_months)", "每年升级工作量 > 0（Rate_upgrade_person_months）"),
    evaluate(ctx) {
      const m = ctx.rate("upgrade_person_months");
      return { ok: m > 0, detail: both(`${fte(m)} person-months a year`, `每年 ${fte(m)} 人月`) };
    },
    excel: (r) => `${r.rate("upgrade_person_months")}>0`,
  },
  {
    id: "equalTerms",
    scope: "comparison",
    trap: "longTerm",
    severity: "warning",
    label: both("Paths that go live at different times carry the current system's cost until then", "上线时间不同的方案在上线前计入现有系统成本"),
    rule: both(
      `With go-lives ${EQUAL_TERMS_MONTHS} or more months apart, a current system's yearly cost of 0 lets the slower path skip running cost the faster one pays`,
      `各方案上线时间相差 ${EQUAL_TERMS_MONTHS} 个月或以上时，若现有系统年成本为 0，较慢的方案会少计其间的运行成本`,
    ),
    evaluate(ctx) {
      const gap = goLiveGap(ctx.budget);
      const ok = (ctx.requirements.legacyAnnualCost as number) > 0 || gap.months < EQUAL_TERMS_MONTHS;
      if (ok) return { ok, detail: both(`Go-lives ${gap.months} months apart; current system's cost ${money(ctx.requirements.legacyAnnualCost as number)} a year`, `上线时间相差 ${gap.months} 个月；现有系统年成本 ${money(ctx.requirements.legacyAnnualCost as number)}`) };
      return {
        ok,
        detail: both(
          `${pathLabel(gap.slowest).en} goes live ${gap.months} months after ${pathLabel(gap.fastest).en}, so it avoids ${gap.months} months of running cost; enter the current system's yearly cost`,
          `${pathLabel(gap.slowest).zh}比${pathLabel(gap.fastest).zh}晚 ${gap.months} 个月上线，因而少计 ${gap.months} 个月的运行成本；请填写现有系统年成本`,
        ),
      };
    },
    excel: (r) => {
      const live = PATHS.map((p) => r.input(p.goLiveInput)).join(",");
      return `OR(${r.input("legacyAnnualCost")}>0,MIN(${r.input("horizonYears")}*12,MAX(${live}))-MIN(${r.input("horizonYears")}*12,MIN(${live}))<${r.threshold("equalTermsMonths")})`;
    },
  },
  // ── 3. Low-price lure ──
  lureCheck(
    "lureImPaasStep",
    "imPaasSteps",
    ["hybrid"],
    both("Hybrid (China): no IM PaaS plan step is crossed after the first year", "混合（国内）：首年之后不跨越 IM PaaS 套餐档"),
    both("DAU growth crossing a further 10k-DAU step raises the monthly plan (RongCloud steps)", "日活增长跨越每 1 万 DAU 的档位会提高月费（融云套餐）"),
    (_ctx, w) => both(`DAU crosses a plan step ${w.when.en} (steps ${w.levels[w.year! - 1]} → ${w.levels[w.year!]})${jumpText(w).en}`, `${w.when.zh}日活跨越套餐档（${w.levels[w.year! - 1]} → ${w.levels[w.year!]} 档）${jumpText(w).zh}`),
  ),
  lureCheck(
    "lureImPaasFreeTier",
    "imPaasFreeTier",
    ["hybrid"],
    both("Hybrid (international): the chat PaaS free tier does not end within the horizon", "混合（国际）：聊天 PaaS 免费额度不会在预算期内用尽"),
    both("Users passing the free MAU start the per-MAU bill", "用户超过免费 MAU 后开始按 MAU 计费"),
    (_ctx, w) => both(`Users pass the free MAU ${w.when.en}${jumpText(w).en}`, `${w.when.zh}用户超过免费 MAU${jumpText(w).zh}`),
  ),
  lureCheck(
    "lurePushBand",
    "pushBand",
    ["selfBuild", "hybrid"],
    both("Own apps (China): the push band does not change within the horizon", "自有客户端（国内）：推送套餐档在预算期内不变"),
    both("Online devices crossing a band limit move to a dearer flat band (JPush VIP bands)", "在线设备数超过档位上限会升到更贵的套餐（极光 VIP 档位）"),
    (_ctx, w) => both(`Online devices cross into band ${w.levels[w.year!] + 1} ${w.when.en}${jumpText(w).en}`, `${w.when.zh}在线设备数进入第 ${w.levels[w.year!] + 1} 档${jumpText(w).zh}`),
  ),
  lureCheck(
    "lureRtcFreeMinutes",
    "rtcFreeMinutes",
    ["hybrid"],
    both("Hybrid: RTC free minutes are not exceeded after the first year", "混合：首年之后不会超出 RTC 免费分钟"),
    both("Call minutes beyond the monthly free allowance are billed per 1,000 participant-minutes", "超出每月免费额度的通话按每千人分钟计费"),
    (_ctx, w) => both(`Call minutes exceed the free allowance ${w.when.en}${jumpText(w).en}`, `${w.when.zh}通话分钟超出免费额度${jumpText(w).zh}`),
  ),
  lureCheck(
    "lureSaasMinimumSeats",
    "saasMinimumSeats",
    ["commercial"],
    both("Commercial SaaS: users reach the minimum seat commitment every year", "商业 SaaS：每年用户数不低于最低席位承诺"),
    both("Below the minimum, unused seats are paid for (Rate_saas_min_seats_cn / _intl)", "低于最低席位时需为闲置席位付费（Rate_saas_min_seats_cn / _intl）"),
    (_ctx, w) => both(`${fte(w.levels[w.year!])} unused seats paid for ${w.when.en}`, `${w.when.zh}需为 ${fte(w.levels[w.year!])} 个闲置席位付费`),
  ),
  lureCheck(
    "lureSaasRenewal",
    "saasRenewal",
    ["commercial"],
    both("Commercial SaaS: no renewal uplift on the seat price", "商业 SaaS：席位续费不涨价"),
    both("After the price hold, a yearly renewal uplift raises the seat price up to the offer's cap (research: SaaS price drift 3–8% a year)", "锁价期后，续费涨价使席位单价逐年上涨，直至报价的上限（研究：SaaS 价格年涨 3%–8%）"),
    (ctx, w) => {
      const uplift = pct(ctx.rate(`saas_renewal_uplift_${ctx.requirements.deploymentRegion === "cn" ? "cn" : "intl"}`));
      return both(`Seat price rises ${uplift} a year ${w.when.en}${jumpText(w).en}`, `${w.when.zh}席位单价每年上涨 ${uplift}${jumpText(w).zh}`);
    },
  ),
  // ── 4. No elasticity plan ──
  {
    id: "contingencyBand",
    trap: "elasticity",
    severity: "warning",
    label: both("Contingency is 20–30%, or the risk analysis supports the rate chosen", "预备费为 20%–30%，或风险分析支持所选比例"),
    rule: both(
      "Outside 20–30% the flat contingency must agree with the risk basis (Risk sheet, P80 − base): below 20% it covers the risk-based figure for every path, above 30% it does not exceed it",
      "超出 20%–30% 时，固定比例预备费须与风险依据一致（风险表 P80 − 基础成本）：低于 20% 时各方案须覆盖基于风险的预备费，高于 30% 时不得超过",
    ),
    evaluate(ctx) {
      const rate = ctx.requirements.contingencyRate as number;
      const [lo, hi] = CONTINGENCY_BAND;
      if (ctx.requirements.contingencyMethod === "riskBased") return { ok: true, detail: both("Risk-based contingency in the totals", "总额采用基于风险的预备费") };
      if (rate >= lo && rate <= hi) return { ok: true, detail: both(`Contingency ${pct(rate)}`, `预备费比例 ${pct(rate)}`) };
      const a = ctx.analytic();
      const below = rate < lo;
      const failing = PATH_IDS.filter((p) => (below ? a[p].flatContingency < a[p].riskContingency : a[p].flatContingency > a[p].riskContingency));
      if (failing.length === 0) return { ok: true, detail: both(`Contingency ${pct(rate)}, supported by the risk analysis`, `预备费比例 ${pct(rate)}，有风险分析支持`) };
      const p = failing[0];
      return {
        ok: false,
        detail: both(
          `Contingency ${pct(rate)} without a risk basis: ${pathLabel(p).en} flat ${money(a[p].flatContingency)} vs risk-based ${money(a[p].riskContingency)}`,
          `预备费比例 ${pct(rate)} 缺乏风险依据：${pathLabel(p).zh}固定比例预备费 ${money(a[p].flatContingency)}，基于风险的预备费 ${money(a[p].riskContingency)}`,
        ),
      };
    },
    excel: (r) => {
      const rate = r.input("contingencyRate");
      const [lo, hi] = [r.threshold("contingencyBandLow"), r.threshold("contingencyBandHigh")];
      const all = (rel: string) => PATH_IDS.map((p) => `${r.flatContingency(p)}${rel}${r.riskContingency(p)}`).join(",");
      return `OR(${r.input("contingencyMethod")}="riskBased",AND(${rate}>=${lo},${rate}<=${hi}),AND(${rate}<${lo},${all(">=")}),AND(${rate}>${hi},${all("<=")}))`;
    },
  },
  {
    id: "capacityHeadroom",
    trap: "elasticity",
    severity: "warning",
    label: both("Capacity is sized with headroom over the peak", "容量按峰值加余量配置"),
    rule: both(`Headroom on peak ≥ ${pct(MIN_HEADROOM)} (redundancy and headroom; research default 30% + N+1)`, `峰值余量 ≥ ${pct(MIN_HEADROOM)}（冗余和余量；研究默认 30% + N+1）`),
    evaluate(ctx) {
      const h = ctx.rate("infra_headroom");
      return { ok: h >= MIN_HEADROOM, detail: both(`Headroom ${pct(h)}`, `余量 ${pct(h)}`) };
    },
    excel: (r) => `${r.rate("infra_headroom")}>=${r.threshold("minHeadroom")}`,
  },
  {
    id: "eventPeak",
    trap: "elasticity",
    severity: "warning",
    label: both("The event peak is sized when large events are planned", "计划大型活动时已测算活动峰值"),
    rule: both("Events per year > 0 needs the largest event's attendees > 0, or capacity stops at the daily peak", "每年活动次数 > 0 时须填写最大活动人数，否则容量只按日常峰值测算"),
    evaluate(ctx) {
      const events = ctx.requirements.eventsPerYear as number;
      const attendees = ctx.requirements.eventPeakAttendees as number;
      const ok = events === 0 || attendees > 0;
      return { ok, detail: both(`${events} events a year, ${fte(attendees)} at the largest`, `每年 ${events} 次活动，最大 ${fte(attendees)} 人`) };
    },
    excel: (r) => `OR(${r.input("eventsPerYear")}=0,${r.input("eventPeakAttendees")}>0)`,
  },
  riskRunCurrentCheck(RISK_RUN_FEEDS_TOTALS),
  // ── 5. Model integrity (Check_All) ──
  {
    id: "inputsValid",
    trap: "integrity",
    severity: "integrity",
    label: both("Every input is within its allowed range", "所有输入均在允许范围内"),
    rule: both("The Inputs sheet's allowed ranges", "需求与假设表的允许范围"),
    evaluate: () => ({ ok: true, detail: both("All inputs valid", "所有输入有效") }),
    excel: (r) => `AND(${r.inputValidColumn()})`,
  },
  {
    id: "ratesSourced",
    trap: "integrity",
    severity: "integrity",
    label: both("Every rate has a source, a date and a status", "每个单价都有来源、日期和证据等级"),
    rule: both("No blank source, date or status on the RateCard sheet", "单价表中来源、日期、证据等级均不为空"),
    evaluate(ctx) {
      const missing = ctx.entries.filter((e) => !e.source.trim() || !e.date.trim() || !String(e.status).trim());
      return { ok: missing.length === 0, detail: both(missing.length ? `Missing for ${missing.map((e) => e.label.en).join(", ")}` : "All sourced", missing.length ? `缺失：${missing.map((e) => e.label.zh).join("、")}` : "均有来源") };
    },
    excel: (r) => `AND(COUNTBLANK(${r.rateColumn("source")})=0,COUNTBLANK(${r.rateColumn("date")})=0,COUNTBLANK(${r.rateColumn("status")})=0)`,
  },
  {
    id: "ratesNonNegative",
    trap: "integrity",
    severity: "integrity",
    label: both("No negative list values, no zero divisor, no discount outside 0–100%", "没有负标价和为零的除数，折扣在 0–100% 之间"),
    rule: both("List ≥ 0 (> 0 for rates the model divides by) and 0 ≤ discount ≤ 1", "标价 ≥ 0（作除数的参数 > 0）且 0 ≤ 折扣 ≤ 1"),
    evaluate(ctx) {
      const bad = ctx.entries.filter((e) => Number(e.list) < 0 || (mustBePositive(e.key) && Number(e.list) === 0) || e.discount < 0 || e.discount > 1);
      return { ok: bad.length === 0, detail: both(bad.length ? bad.map((e) => e.label.en).join(", ") : "All valid", bad.length ? bad.map((e) => e.label.zh).join("、") : "均有效") };
    },
    excel: (r) => `AND(MIN(${r.rateColumn("list")})>=0,MIN(${POSITIVE_RATE_KEYS().map(r.rate).join(",")})>0,MIN(${r.rateColumn("discount")})>=0,MAX(${r.rateColumn("discount")})<=1)`,
  },
  ...PATH_IDS.map(
    (p): CheckDefinition => ({
      id: `sum_${p}`,
      scope: [p],
      trap: "integrity",
      severity: "integrity",
      label: both(`${pathLabel(p).en}: categories and contingency add up to the total`, `${pathLabel(p).zh}：各类别与预备费之和等于合计`),
      rule: both("Within half a cent", "误差小于 0.005"),
      evaluate(ctx) {
        const s = pathSums(ctx.budget, p);
        return { ok: s.ok, detail: both(`Difference ${s.gap.toFixed(4)}`, `差额 ${s.gap.toFixed(4)}`) };
      },
      excel: (r) => `ABS(${r.categoryTotals(p).join("+")}-${r.pathTotal(p)})<${r.threshold("moneyTolerance")}`,
    }),
  ),
  ...PATH_IDS.map(
    (p): CheckDefinition => ({
      id: `nonNegative_${p}`,
      scope: [p],
      trap: "integrity",
      severity: "integrity",
      label: both(`${pathLabel(p).en}: no negative cost in any line or month`, `${pathLabel(p).zh}：任何费用项和月份都没有负数`),
      rule: both("Every line ≥ 0 in every month", "每个费用项每月 ≥ 0"),
      evaluate(ctx) {
        const m = minLineValue(ctx.budget, p);
        return { ok: m >= -MONEY_TOLERANCE, detail: both(`Smallest line-year ${money(m)}`, `最小值 ${money(m)}`) };
      },
      excel: (r) => `MIN(${r.lineBlock(p)})>=-${r.threshold("moneyTolerance")}`,
    }),
  ),
  ...PATH_IDS.map(
    (p): CheckDefinition => ({
      id: `phasing_${p}`,
      scope: [p],
      trap: "integrity",
      severity: "integrity",
      label: both(`${pathLabel(p).en}: the months add up to the fiscal years and the fiscal years to the TCO`, `${pathLabel(p).zh}：各月之和等于各财年之和，各财年之和等于总拥有成本`),
      rule: both("Within half a cent", "误差小于 0.005"),
      evaluate(ctx) {
        const b = ctx.budget.paths[p];
        const gap = Math.max(sum(b.months).minus(b.tco).abs().toNumber(), sum(b.years).minus(b.tco).abs().toNumber());
        return { ok: gap < MONEY_TOLERANCE, detail: both(`Difference ${gap.toFixed(4)}`, `差额 ${gap.toFixed(4)}`) };
      },
      excel: (r) => `AND(ABS(${r.monthsTotal(p)}-${r.pathTotal(p)})<${r.threshold("moneyTolerance")},ABS(${r.fiscalTotal(p)}-${r.pathTotal(p)})<${r.threshold("moneyTolerance")})`,
    }),
  ),
  ...PATH_IDS.map(
    (p): CheckDefinition => ({
      id: `reconciles_${p}`,
      scope: [p],
      trap: "integrity",
      severity: "integrity",
      label: both(`${pathLabel(p).en}: cash reconciles with P&L + net book value + prepaid at every fiscal year end`, `${pathLabel(p).zh}：各财年末现金与损益 + 账面净值 + 预付余额勾稽相符`),
      rule: both("Cumulative cash − (cumulative P&L + closing net book value + prepaid) within a cent", "累计现金 −（累计损益 + 期末账面净值 + 预付余额）误差不超过 0.01"),
      evaluate(ctx) {
        const gap = ctx.budget.paths[p].reconciliationGap.reduce((m, g) => Math.max(m, g.abs().toNumber()), 0);
        return { ok: gap <= RECONCILE_TOLERANCE, detail: both(`Largest gap ${gap.toFixed(4)}`, `最大差额 ${gap.toFixed(4)}`) };
      },
      // COUNTIF skips the blank ("") cells past the horizon.
      excel: (r) => `COUNTIF(${r.reconciliationGap(p)},">"&${r.threshold("reconcileTolerance")})+COUNTIF(${r.reconciliationGap(p)},"<"&-${r.threshold("reconcileTolerance")})=0`,
    }),
  ),
  {
    id: "noErrors",
    trap: "integrity",
    severity: "integrity",
    label: both("No calculation cell holds an error value", "没有计算单元格出现错误值"),
    rule: both("No #DIV/0!, #VALUE!, #REF!, #NUM! or #N/A on any calculating sheet", "任何计算表中都没有 #DIV/0!、#VALUE!、#REF!、#NUM! 或 #N/A"),
    // The engine throws instead of producing an error value, so only an edited workbook can trip this.
    evaluate: () => ({ ok: true, detail: both("No error values", "没有错误值") }),
    excel: (r) => `AND(${r.calculationRanges().map((range) => `SUMPRODUCT(ISERROR(${range})*1)=0`).join(",")})`,
  },
  // ── 6. Evidence behind the prices (warnings) ──
  {
    id: "ratesCurrent",
    trap: "evidence",
    severity: "warning",
    label: both(`No rate is older than ${STALE_MONTHS} months before the price book's date`, `没有早于价格表日期 ${STALE_MONTHS} 个月以上的单价`),
    rule: both(`Dated ${STALE_BEFORE} or later (price book as of ${RATE_CARD_AS_OF}); refresh or re-quote older prices`, `日期不早于 ${STALE_BEFORE}（价格表截至 ${RATE_CARD_AS_OF}）；更早的价格需更新或重新询价`),
    evaluate(ctx) {
      const stale = ctx.entries.filter((e) => e.date.slice(0, 7) < STALE_BEFORE).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
      if (stale.length === 0) return { ok: true, detail: both("All current", "均在有效期内") };
      const list = (l: "en" | "zh") => stale.slice(0, 5).map((e) => `${e.label[l]} (${e.date})`);
      const more = stale.length > 5 ? ` …` : "";
      return { ok: false, detail: both(`${stale.length} stale: ${list("en").join(", ")}${more}`, `${stale.length} 个过期：${list("zh").join("、")}${more}`) };
    },
    excel: (r) => `SUMPRODUCT((LEFT(${r.rateColumn("date")},7)<"${STALE_BEFORE}")*1)=0`,
  },
  {
    id: "estimateShare",
    trap: "evidence",
    severity: "warning",
    label: both(`No path rests more than ${pct(MAX_ESTIMATE_SHARE)} on estimated prices`, `任何方案依赖估算单价的成本不超过 ${pct(MAX_ESTIMATE_SHARE)}`),
    rule: both("Share of TCO in lines priced from EST or SEEN-2nd rates; get quotes for the largest lines", "依赖估算（EST）或二手（SEEN-2nd）单价的成本占比；对最大费用项询价"),
    evaluate(ctx) {
      const shares = PATH_IDS.map((p) => ctx.budget.paths[p].estimateShare.toNumber());
      const ok = shares.every((s) => s <= MAX_ESTIMATE_SHARE);
      return {
        ok,
        detail: both(PATH_IDS.map((p, i) => `${pathLabel(p).en} ${pct(shares[i])}`).join(", "), PATH_IDS.map((p, i) => `${pathLabel(p).zh} ${pct(shares[i])}`).join("，")),
      };
    },
    evaluatePath(ctx, p) {
      const share = ctx.budget.paths[p].estimateShare.toNumber();
      return { ok: share <= MAX_ESTIMATE_SHARE, detail: both(`${pathLabel(p).en} ${pct(share)}`, `${pathLabel(p).zh} ${pct(share)}`) };
    },
    excel: (r) => `AND(${PATH_IDS.map((p) => `${r.estimateShare(p)}<=${r.threshold("maxEstimateShare")}`).join(",")})`,
  },
];

/** CHECKS with the stale-run check's severity for a run that does (or does not) feed the totals. */
export function checksFor(riskRunFeedsTotals: boolean): readonly CheckDefinition[] {
  return CHECKS.map((c) => (c.id === "riskRunCurrent" ? riskRunCurrentCheck(riskRunFeedsTotals) : c));
}
