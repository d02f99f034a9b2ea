import type { Decimal } from "../decimal";
import type { CategoryId } from "./categories";
import type { PathId } from "./paths";
import type { Requirements } from "../requirements/Requirements";

/** How a line attracts contingency: usage-metered infra and licensing, own labour, or never (hidden costs). */
export type ContingencyClass = "metered" | "labour" | "none";

export interface LineResult {
  readonly id: string;
  readonly category: CategoryId;
  readonly contingencyClass: ContingencyClass;
  readonly capex: boolean;
  /** Y0 … YN in the budget currency, escalated, before contingency. */
  readonly years: readonly Decimal[];
  readonly total: Decimal;
}

export interface PathBudget {
  readonly path: PathId;
  readonly lines: readonly LineResult[];
  /** Per category, Y0 … YN (before contingency; "hidden" holds the hidden-cost lines). */
  readonly categories: Readonly<Record<CategoryId, readonly Decimal[]>>;
  /** Base = the six categories without hidden costs; Y0 … YN. */
  readonly base: readonly Decimal[];
  readonly hidden: readonly Decimal[];
  readonly contingencyMetered: readonly Decimal[];
  readonly contingencyLabour: readonly Decimal[];
  /** Both contingency rows together; Y0 … YN. */
  readonly contingency: readonly Decimal[];
  /** Cash out per year including hidden costs and contingency; Y0 … YN. */
  readonly years: readonly Decimal[];
  /** Running total of years: cumulative cost Y0 … YN (break-even and the cumulative chart). */
  readonly cumulative: readonly Decimal[];
  readonly capex: readonly Decimal[];
  readonly opex: readonly Decimal[];
  /** Depreciation memo (P&L view), outside TCO and NPV; Y1 … YN at index 1…N, index 0 is 0. */
  readonly depreciation: readonly Decimal[];
  /** Σ years (undiscounted, with contingency). */
  readonly tco: Decimal;
  /** Present value of cost: Y0 + Σ Yt / (1+r)^t. */
  readonly npv: Decimal;
  /** TCO / Σ (users in year t × 12), t = 1…N. */
  readonly costPerUserMonth: Decimal;
  /** Share of TCO in lines that rest on an estimated (EST) or second-hand (SEEN-2nd) price; 0 when TCO is 0. */
  readonly estimateShare: Decimal;
}

export interface BudgetResult {
  readonly currency: "CNY" | "USD";
  readonly horizonYears: number;
  readonly requirements: Requirements;
  readonly paths: Readonly<Record<PathId, PathBudget>>;
  /** Users per year Y0 … YN. */
  readonly users: readonly Decimal[];
  /** Discount factor per year Y0 … YN: 1/(1+r)^t. */
  readonly discountFactors: readonly Decimal[];
  /**
   * breakEven[a][b]: the first year (1…N) in which path a's cumulative cost is at or below path b's after
   * being above it at Y0, or null when that never happens within the horizon.
   */
  readonly breakEven: Readonly<Record<PathId, Readonly<Record<PathId, number | null>>>>;
  /** Every sizing row by year, Y0 … YN (the Sizing sheet's figures). */
  readonly sizing: readonly ReadonlyMap<string, Decimal>[];
}
