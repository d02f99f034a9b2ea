/**
 * How far a figure can be trusted (see the research notes' legend). QUOTED is a supplier's written quote to
 * this buyer (with its validity, term and document); SEEN is a figure read in a public source.
 */
export type EvidenceStatus = "SEEN" | "SEEN-2nd" | "DERIVED" | "EST" | "QUOTED";

/** What a QUOTED price adds: until when the offer stands, how long the price holds, and where it is written. */
export interface QuoteTerms {
  /** Last day the offer can be accepted (YYYY-MM-DD). */
  readonly validUntil: string;
  /** Months the quoted price holds, from the month of the quote's date. */
  readonly termMonths: number;
  /** The quote's reference, e.g. "Feishu Q-2026-114, p. 3". */
  readonly document: string;
}

/** Currencies a price can be listed in: the budget currencies (CNY, USD) and the labour markets' own. */
export type Currency = "CNY" | "USD" | "EUR" | "SGD" | "INR";

/**
 * One line of the price book: a unit price (kind "price", in its own currency) or a sizing / staffing
 * parameter (kind "parameter", no currency). Named Rate_<key> in the workbook.
 */
export interface RateCardEntry {
  readonly key: string;
  readonly kind: "price" | "parameter";
  readonly label: { readonly en: string; readonly zh: string };
  readonly unit: string;
  /** Currency of the list value; null for parameters. */
  readonly currency: Currency | null;
  /** Which price list it belongs to. */
  readonly region: "cn" | "intl" | "any";
  /** List value as a decimal string. */
  readonly list: string;
  /** Negotiated discount off list, 0…1. */
  readonly discount: number;
  /** VAT rate of the price (0 for salaries and parameters). */
  readonly vatRate: number;
  /** Whether the list value includes that VAT. */
  readonly listIncludesVat: boolean;
  readonly source: string;
  /** Date of the source (YYYY-MM or YYYY-MM-DD). */
  readonly date: string;
  readonly status: EvidenceStatus;
  /** The quote's terms; read only when the status is QUOTED. */
  readonly quote?: QuoteTerms;
}
