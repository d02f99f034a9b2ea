import type { Language, SheetKey } from "./WorkbookPlan";

/** Room for the longest window on every sheet, so the horizon (1–10 years) stays live. */
export const MAX_YEARS = 10;
export const MAX_MONTHS = MAX_YEARS * 12;
/** A window of N years touches at most N + 1 fiscal years. */
export const MAX_FISCAL_YEARS = MAX_YEARS + 1;

export const SHEET_NAMES: Readonly<Record<SheetKey, { readonly en: string; readonly zh: string }>> = {
  cover: { en: "Cover", zh: "封面" },
  inputs: { en: "Inputs", zh: "需求与假设" },
  rateCard: { en: "RateCard", zh: "单价表" },
  sizing: { en: "Sizing", zh: "容量测算" },
  selfBuild: { en: "SelfBuild", zh: "自建方案" },
  commercial: { en: "Commercial", zh: "商业方案" },
  hybrid: { en: "Hybrid", zh: "混合方案" },
  phasing: { en: "Phasing", zh: "月度分布" },
  compare: { en: "Compare", zh: "方案对比" },
  risk: { en: "Risk", zh: "风险与预备费" },
  checks: { en: "Checks", zh: "预算检查" },
  depreciation: { en: "Depreciation", zh: "折旧" },
};

export function sheetName(key: SheetKey, language: Language): string {
  return language === "zh-CN" ? SHEET_NAMES[key].zh : SHEET_NAMES[key].en;
}

/** Picks the text for the workbook's language. */
export function tr(text: { readonly en: string; readonly zh: string }, language: Language): string {
  return language === "zh-CN" ? text.zh : text.en;
}

export const FORMAT = {
  money: "#,##0",
  money2: "#,##0.00",
  number: "#,##0.##",
  integer: "#,##0",
  percent: "0.0%",
  /** Small shares: a monthly write-off rate, an applied contingency share. */
  percent3: "0.000%",
  month: "yyyy-mm",
  factor: "0.0000",
  text: "@",
  general: "General",
} as const;
