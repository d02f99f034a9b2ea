import type { ContingencyClass } from "../budget/BudgetResult";
import type { CategoryId } from "../budget/categories";
import type { PathId } from "../budget/paths";
import type { TimingProfile } from "../calendar/timingProfile";
import type { Expr } from "../expression/Expr";
import type { AssetClass } from "./assetClasses";

/** The one index a line escalates by, per window year from the first: (1+g)^(w−1). */
export type EscalationIndex = "salary" | "cpi" | "price" | "none";

/**
 * A budget line, defined once: evaluated by the engine and compiled into the budget sheets' formulas.
 * The amount is an annual rate (rate profiles) or a total (spread and point profiles) for one window year, in
 * the budget currency before escalation; the timing profile puts it in months. A path without an amount has
 * the line at 0.
 */
export interface LineItem {
  readonly id: string;
  readonly category: CategoryId;
  readonly label: { readonly en: string; readonly zh: string };
  readonly consideration: { readonly en: string; readonly zh: string };
  readonly timing: TimingProfile;
  /**
   * The asset class the line's spend is capitalised into, or null for opex. "development" is capitalised only
   * when the policy says so (capitaliseDevelopment), after the POC until go-live, and never for configuring a
   * SaaS product (see accountingPolicy.ts).
   */
  readonly asset: AssetClass | null;
  /** Billed annually in advance (SaaS seats, maintenance): the cash view moves each year's fees to its billing month. */
  readonly billing?: "annualInAdvance";
  readonly escalation: EscalationIndex;
  readonly contingency: ContingencyClass;
  readonly amount: Readonly<Partial<Record<PathId, Expr>>>;
}
