import type { Currency } from "../../rateCard/RateCardEntry";

/** One priced item of a vendor's quote, as read from a CSV or JSON file or a pasted range. */
export interface QuoteItem {
  /** The item's row in the source (1 = the header), for messages. */
  readonly row: number;
  readonly item: string;
  /** Price per unit as written in the quote (decimal text). */
  readonly unitPrice: string;
  readonly currency: Currency;
  /** The quoted quantity: kept with the item and shown, the model's own quantity prices the line. */
  readonly quantity: number;
  /** The rate the item prices (the RateCard sheet's key column). */
  readonly rateKey: string;
  readonly vatRate: number;
  readonly includesVat: boolean;
  readonly discount: number;
  readonly billing?: string;
  readonly termMonths: number;
  readonly renewal?: string;
  readonly validUntil: string;
  readonly document: string;
  readonly quoteDate: string;
}
