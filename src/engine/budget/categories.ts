/**
 * The six budget categories, plus hidden costs kept apart so that they are visible and never
 * carry contingency.
 */
export type CategoryId = "infrastructure" | "licensing" | "people" | "integration" | "compliance" | "operations" | "hidden";

export interface CategoryInfo {
  readonly id: CategoryId;
  readonly label: { readonly en: string; readonly zh: string };
  /** The "budget consideration" for the category. */
  readonly consideration: { readonly en: string; readonly zh: string };
}

export const CATEGORIES: readonly CategoryInfo[] = [
  {
    id: "infrastructure",
    label: { en: "Infrastructure", zh: "基础设施" },
    consideration: { en: "Size by peak concurrency; redundancy and headroom", zh: "按峰值并发测算，考虑冗余和余量" },
  },
  {
    id: "licensing",
    label: { en: "Technology licensing", zh: "技术许可" },
    consideration: { en: "Know the billing model; forecast usage", zh: "了解计费模式，预测使用量" },
  },
  {
    id: "people",
    label: { en: "People", zh: "人力成本" },
    consideration: { en: "Person-time needed to build and run", zh: "开发和运维所需人力投入" },
  },
  {
    id: "integration",
    label: { en: "Integration", zh: "集成成本" },
    consideration: { en: "Complexity of existing systems", zh: "现有系统的复杂度" },
  },
  {
    id: "compliance",
    label: { en: "Security & compliance", zh: "安全合规" },
    consideration: { en: "Industry and region", zh: "所属行业和地区" },
  },
  {
    id: "operations",
    label: { en: "Operations", zh: "运营支出" },
    consideration: { en: "Long-term operation", zh: "长期运营" },
  },
  {
    id: "hidden",
    label: { en: "Hidden costs", zh: "隐性成本" },
    consideration: { en: "Technical debt, integration overrun, scale-out, compliance change", zh: "技术债务、集成超支、扩容、合规变化" },
  },
];

export const CATEGORY_IDS: readonly CategoryId[] = CATEGORIES.map((c) => c.id);
