/**
 * A quote pasted into the pane or read from the selected range, priced into one option. Loaded on demand (its
 * own chunk) when a quote is imported, and csv-parse's browser build only when a pasted quote is read, so the
 * pane's first load carries neither.
 */
import { applyQuote, expiredQuoteItems, parseQuoteTable, type BudgetOption, type QuoteItem } from "../../engine";
import { quoteRowsFromText } from "../../quoteText/quoteRows";

/** The pasted text as a table (header first): tab-separated from Excel, CSV, or a JSON list. */
export async function pastedQuoteRows(text: string): Promise<unknown[][]> {
  const { parse } = await import(/* webpackChunkName: "csv-parse" */ "csv-parse/browser/esm/sync");
  return quoteRowsFromText(text, "", parse);
}

export interface QuoteImported {
  readonly options: BudgetOption[];
  readonly items: readonly QuoteItem[];
  /** Items whose offer had lapsed on `today`: imported, and warned about. */
  readonly expired: readonly QuoteItem[];
}

/** The options with the quote's items priced into option `optionId`; throws (an EngineError naming row and column) before changing anything. */
export function importQuoteRows(options: readonly BudgetOption[], optionId: string, rows: readonly (readonly unknown[])[], raw: Readonly<Record<string, unknown>>, today: string): QuoteImported {
  const items = parseQuoteTable(rows);
  return { options: applyQuote(options, optionId, items, raw), items, expired: expiredQuoteItems(items, today) };
}
