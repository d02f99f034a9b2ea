import type { BudgetWindow } from "../calendar/budgetWindow";
import { monthIndex } from "../calendar/monthIndex";
import { RATE_CARD_AS_OF } from "../rateCard/rateCardEntries";
import type { RateCardEntry } from "../rateCard/RateCardEntry";

/** Months [from, to) of the budget calendar (1-based, `to` exclusive). */
export interface MonthSpan {
  readonly from: number;
  readonly to: number;
}

/** Whether a rate is a supplier's quote that still stands on the price book's date (ISO dates compare as text). */
export function quoteStands(entry: RateCardEntry): boolean {
  return entry.status === "QUOTED" && entry.quote !== undefined && entry.quote.validUntil >= RATE_CARD_AS_OF;
}

/** The calendar months a standing quote's price holds: `termMonths` from the month of the quote's date. */
export function quoteSpan(entry: RateCardEntry, calendar: BudgetWindow): MonthSpan | null {
  if (!quoteStands(entry)) return null;
  const from = monthIndex(Number(entry.date.slice(0, 4)), Number(entry.date.slice(5, 7))) - calendar.start + 1;
  return { from, to: from + entry.quote!.termMonths };
}

/** The price list a deployment region reads ("cn" or "international"); a rate of the other list is not used. */
export function rateInRegion(entry: RateCardEntry, deploymentRegion: string): boolean {
  return entry.region === "any" || (entry.region === "cn") === (deploymentRegion === "cn");
}

/**
 * The months in which every unit price a line rests on (in the region's price list) is held by a standing quote:
 * the overlap of their terms, clipped to the calendar. Null when the line has no such price, when any of them is
 * not quoted, or when the terms do not overlap inside the calendar. Only the price is fixed: quantities still
 * follow the model.
 */
export function quotedTerm(priceKeys: readonly string[], entryOf: (key: string) => RateCardEntry | undefined, calendar: BudgetWindow, deploymentRegion: string): MonthSpan | null {
  const used = priceKeys.map(entryOf).filter((e): e is RateCardEntry => e !== undefined && rateInRegion(e, deploymentRegion));
  if (used.length === 0) return null;
  let from = 1;
  let to = calendar.months + 1;
  for (const entry of used) {
    const span = quoteSpan(entry, calendar);
    if (!span) return null;
    from = Math.max(from, span.from);
    to = Math.min(to, span.to);
  }
  return from < to ? { from, to } : null;
}
