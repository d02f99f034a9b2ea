import type { BudgetWindow } from "../calendar/budgetWindow";
import type { Decimal } from "../decimal";
import type { CategoryId } from "./categories";
import type { PathId } from "./paths";
import type { MonthSpan } from "./quotedTerm";
import type { Requirements } from "../requirements/Requirements";
import type { AssetClass } from "../lines/assetClasses";
import type { FinancialViews } from "./financialViews";

/** How a line attracts contingency: usage-metered infra and licensing, own labour, or never (hidden costs). */
export type ContingencyClass = "metered" | "labour" | "none";

export interface LineResult {
  readonly id: string;
  readonly category: CategoryId;
  readonly contingencyClass: ContingencyClass;
  /** The asset class the line can be capitalised into (development only under the policy), or null for opex. */
  readonly asset: AssetClass | null;
  /** Months [from, to) in which a metered line's every unit price is under a standing quote (no metered contingency). */
  readonly quotedMonths: MonthSpan | null;
  /** Per fiscal-year column, escalated, before contingency. */
  readonly fiscal: readonly Decimal[];
  /** Month m of the window (1-based), escalated, before contingency. */
  month(m: number): Decimal;
  readonly total: Decimal;
}

/**
 * Per fiscal-year column unless said otherwise. The four views (cash, P&L, capex, opex), depreciation, net book
 * value, prepaid and the reconciliation gap come from FinancialViews, defined once there.
 */
export interface PathBudget extends Omit<FinancialViews, "cashMonths" | "npvShift"> {
  readonly path: PathId;
  readonly lines: readonly LineResult[];
  /** Per category ("hidden" holds the hidden-cost lines), before contingency. */
  readonly categories: Readonly<Record<CategoryId, readonly Decimal[]>>;
  /** Base = the six categories without hidden costs. */
  readonly base: readonly Decimal[];
  readonly hidden: readonly Decimal[];
  readonly contingencyMetered: readonly Decimal[];
  readonly contingencyLabour: readonly Decimal[];
  /** Both contingency rows together, as applied by the contingency method. */
  readonly contingency: readonly Decimal[];
  /** What the flat rates give over the window, whichever method is applied (shown beside the risk-based figure). */
  readonly flatContingency: Decimal;
  /** Incurred per fiscal year, hidden costs and contingency included (the budget sheets' total row); Σ = TCO. */
  readonly years: readonly Decimal[];
  /** Cash per month of the window, months[0] = month 1; Σ = TCO. */
  readonly months: readonly Decimal[];
  /** Running total of months: cumulative cash (break-even and the cumulative chart). */
  readonly cumulative: readonly Decimal[];
  /** The months [from, to) in which own development is capitalised under the policy, or null. */
  readonly capitalisedDevelopment: MonthSpan | null;
  /** Months of build before service (the path's go-live months); the service starts in month goLive + 1. */
  readonly goLive: number;
  /** Months in service within the window. */
  readonly serviceMonths: number;
  /** The first month in service, "YYYY-MM", or null when the path does not go live within the window. */
  readonly goLiveMonth: string | null;
  /** The first 12 months' cash, one-off costs and contingency included (the pane's "first-year budget"). */
  readonly first12Months: Decimal;
  /** The same before contingency (what the Monte Carlo's first-year figures are measured against). */
  readonly first12Base: Decimal;
  /** Σ months (undiscounted, with contingency). */
  readonly tco: Decimal;
  /** Present value of cash, pre-tax: Σ cashₘ · (1 + r)^−((m − timing)/12). */
  readonly npv: Decimal;
  /** TCO / user-months in service; 0 when the path never enters service within the window. */
  readonly costPerUserMonth: Decimal;
  /** Share of TCO in lines that rest on an estimated (EST) or second-hand (SEEN-2nd) price; 0 when TCO is 0. */
  readonly estimateShare: Decimal;
}

export interface BudgetResult {
  readonly currency: "CNY" | "USD";
  readonly horizonYears: number;
  readonly requirements: Requirements;
  readonly calendar: BudgetWindow;
  readonly paths: Readonly<Record<PathId, PathBudget>>;
  /** Users per window year (index 0 = the first twelve months). */
  readonly users: readonly Decimal[];
  /**
   * breakEven[a][b]: the first month (1…M) in which path a's cumulative cost falls to or below path b's after
   * being above it the month before, or null when that never happens within the window.
   */
  readonly breakEven: Readonly<Record<PathId, Readonly<Record<PathId, number | null>>>>;
  /** Every sizing row by window year (index 0 = the first twelve months): the Sizing sheet's figures. */
  readonly sizing: readonly ReadonlyMap<string, Decimal>[];
}
