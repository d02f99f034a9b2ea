/** The four views of a path's spend by fiscal year, as data: the PathBudget field each reads, and what it means. */
export type FinancialViewId = "cash" | "pnl" | "capex" | "opex";

export interface FinancialViewSpec {
  readonly id: FinancialViewId;
  readonly label: { readonly en: string; readonly zh: string };
  readonly meaning: { readonly en: string; readonly zh: string };
}

export const FINANCIAL_VIEWS: readonly FinancialViewSpec[] = [
  { id: "cash", label: { en: "Cash", zh: "现金" }, meaning: { en: "capex + opex as paid; annual fees in their billing month. TCO and the pre-tax NPV are of cash.", zh: "资本支出 + 按付款的费用支出；年付费用计入开票月。总拥有成本与税前净现值按现金口径。" } },
  { id: "pnl", label: { en: "P&L", zh: "损益" }, meaning: { en: "opex as incurred + depreciation and amortisation", zh: "按发生的费用支出 + 折旧与摊销" } },
  { id: "capex", label: { en: "Capex", zh: "资本支出" }, meaning: { en: "servers, perpetual licences and capitalised development, with their contingency", zh: "服务器、永久许可与资本化开发支出，含其预备费" } },
  { id: "opex", label: { en: "Opex", zh: "费用支出" }, meaning: { en: "cash − capex", zh: "现金 − 资本支出" } },
];
