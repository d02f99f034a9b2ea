import { PATHS, rankByTco, warningCount, weightedScore, type CheckResult, type DecisionMatrix, type Language, type OptionBudget, type PathRisk, type BudgetOption } from "../engine";
import { checksJson, pathSummary, riskSummary, table, type CheckSummary, type PathSummary, type RiskSummary } from "./formatSummary";

/**
 * One option in the --summary JSON: the fields of a path, its name and path, its Monte Carlo figures, and its
 * own checks (integrity, Check_All last) and warnings.
 */
export interface OptionSummary extends PathSummary {
  readonly name: string;
  readonly path: string;
  readonly risk?: RiskSummary;
  readonly checks?: CheckSummary[];
  readonly warnings?: CheckSummary[];
  readonly warningCount?: number;
}

export interface OptionRisk {
  readonly option: BudgetOption;
  readonly risk: PathRisk;
}

/** `options.<id>` of the --summary JSON, in the options' order. */
export function optionsJson(budgets: readonly OptionBudget[], risks: readonly OptionRisk[] = [], checks: readonly (readonly CheckResult[])[] = []): Record<string, OptionSummary> {
  return Object.fromEntries(
    budgets.map(({ option, budget, result }, i) => {
      const risk = risks[i]?.risk;
      return [option.id, { name: option.name, path: option.path, ...pathSummary(budget, result.calendar), ...(risk ? { risk: riskSummary(risk) } : {}), ...(checks[i] ? checksJson(checks[i]) : {}) }];
    }),
  );
}

const TEXT = {
  "en-US": { title: "Options, lowest TCO first (shared requirements, each option's own path, staffing and rates):", rank: "#", option: "Option", path: "Path", goLive: "Go-live", tco: "TCO", npv: "NPV", cpu: "Per user / month", p80: "P80 before contingency", checks: "Integrity · warnings", ok: "OK", fail: "FAIL" },
  "zh-CN": { title: "备选方案，按总拥有成本由低到高（需求相同，各方案有自己的路径、人员与单价）：", rank: "#", option: "方案", path: "路径", goLive: "上线月份", tco: "总拥有成本", npv: "净现值", cpu: "每用户每月", p80: "P80（不含预备费）", checks: "完整性 · 警告", ok: "通过", fail: "未通过" },
};

/** An option's Check_All and its number of warnings: "OK · 3". */
function checksCell(checks: readonly CheckResult[] | undefined, t: (typeof TEXT)[Language]): string {
  if (!checks) return "–";
  const all = checks.find((c) => c.id === "all");
  return `${all?.ok ? t.ok : t.fail} · ${warningCount(checks)}`;
}

/** The rows of the options table, lowest TCO first, as text cells. */
function optionRows(budgets: readonly OptionBudget[], risks: readonly OptionRisk[], checks: readonly (readonly CheckResult[])[], pathName: (path: string) => string, t: (typeof TEXT)[Language]): string[][] {
  const money = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
  const money2 = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const cents = (x: { toDecimalPlaces(n: number): { toNumber(): number } }) => x.toDecimalPlaces(2).toNumber();
  const ranked = rankByTco(budgets.map((b, i) => ({ b, budget: b.budget, risk: risks[i]?.risk, checks: checks[i] })));
  return ranked.map(({ b, risk, checks: own }, i) => [
    String(i + 1),
    `${b.option.name} (${b.option.id})`,
    pathName(b.option.path),
    b.budget.goLiveMonth ?? "–",
    money.format(cents(b.budget.tco)),
    money.format(cents(b.budget.npv)),
    money2.format(cents(b.budget.costPerUserMonth)),
    risk ? money.format(Math.round(risk.tco.p80)) : "–",
    checksCell(own, t),
  ]);
}

/** The options ranked by TCO, with NPV, cost per user-month in service and P80, as terminal lines. */
export function formatOptionsTable(budgets: readonly OptionBudget[], risks: readonly OptionRisk[], language: Language, checks: readonly (readonly CheckResult[])[] = []): string {
  const t = TEXT[language];
  const c = budgets[0]?.result.currency ?? "";
  const pathName = (id: string) => PATHS.find((p) => p.id === id)!.label[language === "zh-CN" ? "zh" : "en"];
  const header = [t.rank, t.option, t.path, t.goLive, `${t.tco} (${c})`, `${t.npv} (${c})`, `${t.cpu} (${c})`, `${t.p80} (${c})`, t.checks];
  return [t.title, "", ...table(header, optionRows(budgets, risks, checks, pathName, t), 3)].join("\n");
}

/** The decision matrix in --summary: the criteria with their weights, the scores, and each option's weighted score. */
export function decisionJson(matrix: DecisionMatrix, budgets: readonly OptionBudget[]) {
  return {
    criteria: matrix.criteria,
    scores: matrix.scores,
    weighted: Object.fromEntries(budgets.map(({ option }) => [option.id, weightedScore(matrix, option.id).toDecimalPlaces(4).toNumber()])),
  };
}

const MATRIX_TEXT = {
  "en-US": { title: "Decision matrix (weighted score 1–5, highest first; cost is beside it, never inside it):", option: "Option", score: "Weighted score", tco: "TCO rank" },
  "zh-CN": { title: "决策矩阵（加权得分 1–5，由高到低；成本单列，不计入得分）：", option: "方案", score: "加权得分", tco: "总拥有成本排名" },
};

/** Options by weighted score, each with its rank by TCO, and the criteria with their weights. */
export function formatDecisionTable(matrix: DecisionMatrix, budgets: readonly OptionBudget[], language: Language): string {
  const t = MATRIX_TEXT[language];
  const byCost = rankByTco(budgets).map((b) => b.option.id);
  const rows = budgets
    .map((b) => ({ b, score: weightedScore(matrix, b.option.id) }))
    .sort((x, y) => y.score.comparedTo(x.score))
    .map(({ b, score }) => [`${b.option.name} (${b.option.id})`, score.toFixed(2), String(byCost.indexOf(b.option.id) + 1)]);
  const weights = matrix.criteria.map((c) => `${c.name} ${new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 }).format(c.weight * 100)}%`).join(" · ");
  return [t.title, weights, "", ...table([t.option, t.score, t.tco], rows, 1)].join("\n");
}
