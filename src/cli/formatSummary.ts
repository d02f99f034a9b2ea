import { type BudgetResult, formatMonth, CATEGORY_IDS, type CategoryId, FINANCIAL_VIEWS, type FinancialViewId, PATHS, type PathId, type CheckResult, TRAPS, warningCount, type TrapId, type Decimal, type MonteCarloResult, type Language, type PathBudget, type PathRisk, type BudgetWindow } from "../engine";

export interface PathSummary {
  /** Incurred per fiscal-year column (with hidden costs and contingency): categories + contingency = years; labels in `fiscalYears`. */
  readonly years: number[];
  readonly fiscalYears: string[];
  /** The four views, one value per fiscal-year column: cash = capex + opex (as paid); P&L = opex as incurred + depreciation and amortisation. */
  readonly cash: number[];
  readonly pnl: number[];
  readonly capex: number[];
  readonly opex: number[];
  /** Depreciation and amortisation, and the closing net book value and prepaid balance, per fiscal-year column. */
  readonly depreciation: number[];
  readonly netBookValue: number[];
  readonly prepaid: number[];
  /** Cash in every month of the window, 12 × horizonYears values from projectStart. */
  readonly months: number[];
  /** The first month in service, "YYYY-MM" (null when the build outlasts the window). */
  readonly goLive: string | null;
  readonly serviceMonths: number;
  readonly tco: number;
  readonly npv: number;
  /** TCO per user per month in service. */
  readonly costPerUserMonth: number;
  /** Per category, one value per fiscal-year column, before contingency ("hidden" = hidden-cost lines). */
  readonly categories: Record<CategoryId, number[]>;
  /** Contingency (metered + labour) per fiscal-year column: categories + contingency = years. */
  readonly contingency: number[];
}

/** One path's Monte Carlo view of TCO before contingency (runMonteCarlo), rounded to cents. */
export interface RiskSummary {
  readonly p50: number;
  readonly p80: number;
  readonly p90: number;
  /** Risk-based contingency: max(0, P at the contingency confidence level − base). */
  readonly contingency: number;
  /** The flat-rate contingency the budget carries (both contingency rows, all years). */
  readonly flatContingency: number;
  /** TCO before contingency (computeBudget's TCO minus the flat contingency). */
  readonly base: number;
  /** Share of trials within base + flat contingency: the confidence the flat rate buys. */
  readonly flatConfidence: number;
}

export interface CheckSummary {
  readonly id: string;
  /** The group: a budget trap or "evidence" for warnings, "integrity" for the model's own checks, "all" for Check_All. */
  readonly trap: string;
  readonly ok: boolean;
  readonly message: string;
}

export interface BudgetSummary {
  readonly currency: "CNY" | "USD";
  readonly horizonYears: number;
  /** Month 1 of the window, "YYYY-MM". */
  readonly projectStart: string;
  readonly paths: Record<PathId, PathSummary>;
  /** The Monte Carlo run behind "risk" (the workbook's Risk sheet shows the same run). */
  readonly monteCarlo?: { readonly seed: number; readonly trials: number };
  readonly risk?: Record<PathId, RiskSummary>;
  /** The integrity checks, ending with { id: "all" } = the workbook's Check_All (every integrity check passes). */
  readonly checks?: CheckSummary[];
  /** The warnings for the budget owner (the four traps, the evidence behind the prices), in the engine's order. */
  readonly warnings?: CheckSummary[];
  /** Failing warnings: the workbook's Warning_Count. */
  readonly warningCount?: number;
}

/** Rounded to cents (the engine's banker's rounding), as a plain number. */
const cents = (d: Decimal): number => d.toDecimalPlaces(2).toNumber();
/** A plain number (a Monte Carlo figure) rounded to cents. */
const centsOf = (x: number): number => Math.round(x * 100) / 100;

/** The risk part of the summary: every figure from runMonteCarlo, rounded to cents. */
export function riskJson(mc: MonteCarloResult): Record<PathId, RiskSummary> {
  const risk = {} as Record<PathId, RiskSummary>;
  for (const p of PATHS) risk[p.id] = riskSummary(mc.paths[p.id]);
  return risk;
}

/** One path's (or option's) Monte Carlo figures, rounded to cents. */
export function riskSummary(r: PathRisk): RiskSummary {
  return {
    p50: centsOf(r.tco.p50),
    p80: centsOf(r.tco.p80),
    p90: centsOf(r.tco.p90),
    contingency: centsOf(r.riskContingency),
    flatContingency: centsOf(r.flatContingency),
    base: centsOf(r.base),
    flatConfidence: r.flatConfidence,
  };
}

/** The checks part of the summary: integrity checks (with Check_All last) and warnings apart, as computeChecks gives them. */
export function checksJson(checks: readonly CheckResult[]): { checks: CheckSummary[]; warnings: CheckSummary[]; warningCount: number } {
  const item = (c: CheckResult): CheckSummary => ({ id: c.id, trap: c.trap, ok: c.ok, message: c.message });
  return {
    checks: checks.filter((c) => c.severity === "integrity").map(item),
    warnings: checks.filter((c) => c.severity === "warning").map(item),
    warningCount: warningCount(checks),
  };
}

/** One path's (or option's) figures, rounded to cents, with its fiscal-year labels. */
export function pathSummary(b: PathBudget, calendar: BudgetWindow): PathSummary {
  return {
    years: b.years.map(cents),
    fiscalYears: calendar.fiscalYears.map((f) => f.label.en),
    ...(Object.fromEntries(FINANCIAL_VIEWS.map((v) => [v.id, b[v.id].map(cents)])) as Record<FinancialViewId, number[]>),
    depreciation: b.depreciation.map(cents),
    netBookValue: b.netBookValue.map(cents),
    prepaid: b.prepaid.map(cents),
    months: b.months.map(cents),
    goLive: b.goLiveMonth,
    serviceMonths: b.serviceMonths,
    tco: cents(b.tco),
    npv: cents(b.npv),
    costPerUserMonth: cents(b.costPerUserMonth),
    categories: Object.fromEntries(CATEGORY_IDS.map((c) => [c, b.categories[c].map(cents)])) as Record<CategoryId, number[]>,
    contingency: b.contingency.map(cents),
  };
}

/**
 * The --summary JSON: every figure from computeBudget, rounded to cents; with a Monte Carlo result, "risk"
 * per path (and the run's seed and trials); with check results, "checks".
 */
export function summaryJson(budget: BudgetResult, extra: { readonly monteCarlo?: MonteCarloResult; readonly checks?: readonly CheckResult[] } = {}): BudgetSummary {
  const paths = {} as Record<PathId, PathSummary>;
  for (const p of PATHS) paths[p.id] = pathSummary(budget.paths[p.id], budget.calendar);
  const { monteCarlo: mc, checks } = extra;
  return {
    currency: budget.currency,
    horizonYears: budget.horizonYears,
    projectStart: formatMonth(budget.calendar.start),
    paths,
    ...(mc ? { monteCarlo: { seed: mc.seed, trials: mc.trials }, risk: riskJson(mc) } : {}),
    ...(checks ? checksJson(checks) : {}),
  };
}

const TEXT = {
  "en-US": {
    title: (h: number, c: string, start: string) => `IMCOST budget: ${h} years from ${start}, amounts in ${c}, by fiscal year`,
    path: "Path",
    goLive: "Go-live",
    tco: "TCO",
    npv: "NPV",
    cpu: "Per user / month in service",
    cheapest: "Lowest TCO",
    npvNote: "TCO and NPV are of cash; NPV is pre-tax. By fiscal year, each path's four views:",
    view: "View",
    riskTitle: (trials: string, seed: number) => `Risk: Monte Carlo, ${trials} trials, seed ${seed} (the same run as the workbook's Risk sheet)`,
    p80: "P80 TCO",
    riskContingency: "Risk-based contingency",
    flatContingency: "Flat contingency",
    flatCovers: "Flat covers",
    riskNote:
      "P80 = the TCO before contingency that 4 trials in 5 stay within; risk-based contingency = max(0, P at contingencyConfidence (80% by default) − base, the TCO before contingency).\nFlat contingency = the contingency rates on Inputs (in TCO above unless contingencyMethod is riskBased; then the analytic risk-based figure is); flat covers = share of trials within base + flat contingency.",
    integrity: "Model integrity (Check_All is TRUE when every one passes):",
    warnings: (n: number) => `Warnings for the budget owner (${n} to review; they never change Check_All):`,
    checkAll: (ok: boolean, message?: string) => `Check_All: ${ok ? "TRUE" : "FALSE"}${message ? ` (${message})` : ""}`,
    warningCount: (n: number) => `Warning_Count: ${n}`,
  },
  "zh-CN": {
    title: (h: number, c: string, start: string) => `IMCOST 预算：自 ${start} 起 ${h} 年，金额单位 ${c}，按财年`,
    path: "方案",
    goLive: "上线月份",
    tco: "总拥有成本",
    npv: "净现值",
    cpu: "运行期每用户每月",
    cheapest: "总拥有成本最低",
    npvNote: "总拥有成本与净现值按现金口径；净现值为税前。各方案按财年的四种口径：",
    view: "口径",
    riskTitle: (trials: string, seed: number) => `风险：蒙特卡洛 ${trials} 次试验，种子 ${seed}（与工作簿“风险与预备费”页为同一次运行）`,
    p80: "P80 总拥有成本",
    riskContingency: "基于风险的预备费",
    flatContingency: "固定比例预备费",
    flatCovers: "固定比例预备费覆盖率",
    riskNote: "P80 = 五次试验中有四次不超过的不含预备费总拥有成本；基于风险的预备费 = max(0, 置信水平（默认 80%）下的 P − 基础成本（不含预备费的总拥有成本）)。\n固定比例预备费 = 需求与假设中的比例（已含在上方总拥有成本中；预备费方法为 riskBased 时改用解析的基于风险的预备费）；覆盖率 = 落在基础成本 + 固定比例预备费以内的试验比例。",
    integrity: "模型完整性（全部通过时 Check_All 为 TRUE）：",
    warnings: (n: number) => `供预算负责人审阅的警告（${n} 项待审阅；不影响 Check_All）：`,
    checkAll: (ok: boolean, message?: string) => `Check_All: ${ok ? "TRUE" : "FALSE"}${message ? `（${message}）` : ""}`,
    warningCount: (n: number) => `Warning_Count: ${n}`,
  },
};

/** Visible width in a terminal: CJK characters take two columns. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}
const padEnd = (t: string, n: number): string => t + " ".repeat(Math.max(0, n - width(t)));
const padStart = (t: string, n: number): string => " ".repeat(Math.max(0, n - width(t))) + t;

/** Lines of a table: the first `left` columns left-aligned, the others right-aligned, a rule under the header. */
export function table(header: string[], rows: string[][], left = 1): string[] {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
  const line = (cells: string[]) => cells.map((c, i) => (i < left ? padEnd(c, widths[i]) : padStart(c, widths[i]))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)];
}

const checkLine = (c: CheckResult): string => `${c.ok ? "✔" : "✘"} ${c.label} — ${c.message}`;

/** Warnings grouped by trap: the four budget traps, then the evidence behind the prices. */
const WARNING_ORDER: readonly TrapId[] = ["threshold", "longTerm", "lure", "elasticity", "evidence"];

/** The integrity checks, then the warnings grouped by trap, one ✔/✘ line each, then Check_All and Warning_Count. */
function checkLines(checks: readonly CheckResult[], language: Language): string[] {
  const t = TEXT[language];
  const name = (trap: TrapId) => (language === "zh-CN" ? TRAPS[trap].zh : TRAPS[trap].en);
  const lines = [t.integrity];
  for (const c of checks.filter((x) => x.severity === "integrity" && x.id !== "all")) lines.push(`    ${checkLine(c)}`);
  const warnings = checks.filter((c) => c.severity === "warning");
  lines.push("", t.warnings(warningCount(checks)));
  for (const trap of WARNING_ORDER) {
    const group = warnings.filter((c) => c.trap === trap);
    if (group.length === 0) continue;
    lines.push(`  ${name(trap)}`);
    for (const c of group) lines.push(`    ${checkLine(c)}`);
  }
  // computeChecks ends with { id: "all" } (the workbook's Check_All); without it, every integrity check must pass.
  const all = checks.find((c) => c.id === "all");
  lines.push("", t.checkAll(all ? all.ok : checks.every((c) => c.severity !== "integrity" || c.ok), all?.message), t.warningCount(warningCount(checks)));
  return lines;
}

/**
 * A readable summary: per path the go-live month, each fiscal year, TCO, NPV and cost per user per month in service, with thousands
 * separators; with a Monte Carlo result, per path the P80 and the risk-based vs flat contingency; with check
 * results, a ✔/✘ list (the traps first) and Check_All.
 */
export function formatSummaryTable(budget: BudgetResult, language: Language = "en-US", extra: { readonly monteCarlo?: MonteCarloResult; readonly checks?: readonly CheckResult[] } = {}): string {
  const t = TEXT[language];
  const zh = language === "zh-CN";
  const money = new Intl.NumberFormat("en-US", { minimumFractionDigits: 0, maximumFractionDigits: 0 });
  const money2 = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const label = (p: (typeof PATHS)[number]) => (zh ? p.label.zh : p.label.en);
  const c = budget.currency;
  const fiscal = budget.calendar.fiscalYears.map((f) => (zh ? f.label.zh : f.label.en) + (f.monthCount < 12 ? ` (${f.monthCount}m)` : ""));
  const rows = PATHS.map((p) => {
    const b = budget.paths[p.id];
    const goLive = b.goLiveMonth ?? "–";
    return [label(p), goLive, ...b.cash.map((y) => money.format(cents(y))), money.format(cents(b.tco)), money.format(cents(b.npv)), money2.format(cents(b.costPerUserMonth))];
  });
  const viewRows = PATHS.flatMap((p) => FINANCIAL_VIEWS.map((v, i) => [i === 0 ? label(p) : "", zh ? v.label.zh : v.label.en, ...budget.paths[p.id][v.id].map((y) => money.format(cents(y)))]));
  const cheapest = [...PATHS].sort((a, b) => budget.paths[a.id].tco.comparedTo(budget.paths[b.id].tco))[0];
  const out = [
    t.title(budget.horizonYears, c, formatMonth(budget.calendar.start)),
    "",
    ...table([t.path, t.goLive, ...fiscal, `${t.tco} (${c})`, `${t.npv} (${c})`, `${t.cpu} (${c})`], rows),
    "",
    `${t.cheapest}: ${label(cheapest)}`,
    "",
    t.npvNote,
    "",
    ...table([t.path, t.view, ...fiscal], viewRows, 2),
    ...FINANCIAL_VIEWS.map((v) => `  ${zh ? v.label.zh : v.label.en}: ${zh ? v.meaning.zh : v.meaning.en}`),
  ];
  const mc = extra.monteCarlo;
  if (mc) {
    const risk = riskJson(mc);
    const riskRows = PATHS.map((p) => {
      const r = risk[p.id];
      return [label(p), money.format(r.p80), money.format(r.contingency), money.format(r.flatContingency), `${(r.flatConfidence * 100).toFixed(1)}%`];
    });
    out.push("", t.riskTitle(money.format(mc.trials), mc.seed), "", ...table([t.path, `${t.p80} (${c})`, `${t.riskContingency} (${c})`, `${t.flatContingency} (${c})`, t.flatCovers], riskRows), t.riskNote);
  }
  if (extra.checks) out.push("", ...checkLines(extra.checks, language));
  return out.join("\n");
}
