import type { BudgetResult } from "../engine/budget/BudgetResult";
import { CATEGORY_IDS, type CategoryId } from "../engine/budget/categories";
import { PATHS, type PathId } from "../engine/budget/paths";
import type { Decimal } from "../engine/decimal";
import type { Language } from "../engine/workbook/WorkbookPlan";

export interface PathSummary {
  /** Cash out per year, Y0 … YN (with hidden costs and contingency). */
  readonly years: number[];
  readonly tco: number;
  readonly npv: number;
  readonly costPerUserMonth: number;
  /** Per category, Y0 … YN, before contingency ("hidden" = hidden-cost lines). */
  readonly categories: Record<CategoryId, number[]>;
  /** Contingency (metered + labour), Y0 … YN: categories + contingency = years. */
  readonly contingency: number[];
}

export interface BudgetSummary {
  readonly currency: "CNY" | "USD";
  readonly horizonYears: number;
  readonly paths: Record<PathId, PathSummary>;
}

/** Rounded to cents (the engine's banker's rounding), as a plain number. */
const cents = (d: Decimal): number => d.toDecimalPlaces(2).toNumber();

/** The --summary JSON: every figure from computeBudget, rounded to cents. */
export function summaryJson(budget: BudgetResult): BudgetSummary {
  const paths = {} as Record<PathId, PathSummary>;
  for (const p of PATHS) {
    const b = budget.paths[p.id];
    paths[p.id] = {
      years: b.years.map(cents),
      tco: cents(b.tco),
      npv: cents(b.npv),
      costPerUserMonth: cents(b.costPerUserMonth),
      categories: Object.fromEntries(CATEGORY_IDS.map((c) => [c, b.categories[c].map(cents)])) as Record<CategoryId, number[]>,
      contingency: b.contingency.map(cents),
    };
  }
  return { currency: budget.currency, horizonYears: budget.horizonYears, paths };
}

const TEXT = {
  "en-US": { title: (h: number, c: string) => `IMCOST budget: ${h}-year horizon, amounts in ${c}`, path: "Path", y0: "Y0 one-off", y1: "Y1", tco: "TCO", npv: "NPV", cpu: "Per user / month", cheapest: "Lowest TCO" },
  "zh-CN": { title: (h: number, c: string) => `IMCOST 预算：${h} 年预算期，金额单位 ${c}`, path: "方案", y0: "第 0 年（一次性）", y1: "第 1 年", tco: "总拥有成本", npv: "净现值", cpu: "每用户每月", cheapest: "总拥有成本最低" },
};

/** Visible width in a terminal: CJK characters take two columns. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}
const padEnd = (t: string, n: number): string => t + " ".repeat(Math.max(0, n - width(t)));
const padStart = (t: string, n: number): string => " ".repeat(Math.max(0, n - width(t))) + t;

/** A readable table: per path Y0 (one-off), Y1, TCO, NPV and cost per user per month, with thousands separators. */
export function formatSummaryTable(budget: BudgetResult, language: Language = "en-US"): string {
  const t = TEXT[language];
  const money = new Intl.NumberFormat("en-US", { minimumFractionDigits: 0, maximumFractionDigits: 0 });
  const money2 = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const rows = PATHS.map((p) => {
    const b = budget.paths[p.id];
    return [language === "zh-CN" ? p.label.zh : p.label.en, money.format(cents(b.years[0])), money.format(cents(b.years[1])), money.format(cents(b.tco)), money.format(cents(b.npv)), money2.format(cents(b.costPerUserMonth))];
  });
  const header = [t.path, `${t.y0} (${budget.currency})`, `${t.y1} (${budget.currency})`, `${t.tco} (${budget.currency})`, `${t.npv} (${budget.currency})`, `${t.cpu} (${budget.currency})`];
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? padEnd(c, widths[i]) : padStart(c, widths[i]))).join("  ");
  const cheapest = [...PATHS].sort((a, b) => budget.paths[a.id].tco.comparedTo(budget.paths[b.id].tco))[0];
  return [
    t.title(budget.horizonYears, budget.currency),
    "",
    line(header),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...rows.map(line),
    "",
    `${t.cheapest}: ${language === "zh-CN" ? cheapest.label.zh : cheapest.label.en}`,
  ].join("\n");
}
