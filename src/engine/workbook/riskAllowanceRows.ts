import { PATHS } from "../budget/paths";
import { COST_LINES } from "../lines/costLines";
import { RISK_ALLOWANCES, type RiskAllowance } from "../lines/riskAllowances";
import { BUDGET_COLUMNS, type BudgetSheetLayout } from "./budgetSheetLayout";
import { a1, sheetRef } from "./excelAddress";
import { FORMAT, sheetName, tr } from "./layout";
import type { CellPlan, Language } from "./WorkbookPlan";

const T = {
  title: { en: "Risk allowances: where each risk is budgeted (once)", zh: "风险储备：每项风险在何处预留（只预留一次）" },
  headers: {
    en: ["Allowance", "Risk it covers", "Also covers these lines (they carry no other contingency)"],
    zh: ["储备项", "覆盖的风险", "同时覆盖的费用项（不再另计预备费）"],
  },
};

/** Where an allowance's amount sits on a path's budget sheet: its contingency row or its own line, total column. */
function amountRow(a: RiskAllowance, L: BudgetSheetLayout): number {
  if (a.budgetedAs.kind === "contingency") return a.budgetedAs.class === "metered" ? L.contingencyMeteredRow : L.contingencyLabourRow;
  return L.lineRow[a.budgetedAs.line];
}

/**
 * The list of every risk allowance in the model, what it covers, and its live total per path over the window:
 * a finance reader sees each reserve once, with its size.
 */
export function riskAllowanceRows(language: Language, L: BudgetSheetLayout): CellPlan[][] {
  const t = (x: { en: string; zh: string }) => tr(x, language);
  const lineLabel = (id: string) => t(COST_LINES.find((l) => l.id === id)!.label);
  const rows: CellPlan[][] = [[{ value: t(T.title), style: "subtitle" }]];
  rows.push([...(language === "zh-CN" ? T.headers.zh : T.headers.en).map((h): CellPlan => ({ value: h, style: "header" })), ...PATHS.map((p): CellPlan => ({ value: t(p.label), style: "header" }))]);
  for (const a of RISK_ALLOWANCES) {
    const total = (sheet: string) => sheetRef(sheet, a1(amountRow(a, L), BUDGET_COLUMNS.total, true));
    rows.push([
      { value: t(a.label), style: "label" },
      { value: t(a.risk), style: "note" },
      { value: a.covers.map(lineLabel).join(language === "zh-CN" ? "、" : ", "), style: "note" },
      ...PATHS.map((p): CellPlan => ({ formula: `=${total(sheetName(p.id, language))}`, style: "calc", numberFormat: FORMAT.money })),
    ]);
  }
  return rows;
}
