import type { EvidenceStatus } from "../rateCard/RateCardEntry";

/**
 * A vendor's commercial offer for the SaaS path, as the vendor states its terms: one figure per term, each
 * with its own source, date and evidence status. The default China and international offers are compiled from
 * it into rate-card entries (the user edits them on the RateCard sheet), and the SaaS cost lines price it.
 * Profiles state list terms; a signed quote is entered as QUOTED rates, not as a profile.
 */
export type OfferStatus = Exclude<EvidenceStatus, "QUOTED">;

/** Where a term comes from. */
export interface OfferEvidence {
  readonly source: string;
  /** Date of the source, YYYY-MM or YYYY-MM-DD. */
  readonly date: string;
  readonly status: OfferStatus;
}

/** One term of the offer: a decimal value (as text, like the rate card's list column) and where it comes from. */
export interface OfferFigure extends OfferEvidence {
  readonly value: string;
}

/**
 * How volume tiers price the seats. graduated: each seat at the price of the band it falls in (the first 500
 * at tier 1, the next at tier 2 …). allUnits: every seat at the price of the band the whole count falls in.
 */
export type SeatTierMode = "graduated" | "allUnits";
export const SEAT_TIER_MODES: readonly SeatTierMode[] = ["graduated", "allUnits"];

/** A volume band: seats up to `upToSeats` (null in the last band: no upper bound), at a price per seat-month. */
export interface SeatTier {
  readonly upToSeats: OfferFigure | null;
  readonly pricePerSeatMonth: OfferFigure;
}

/**
 * At most three bands fit the rate card's fixed rows (tier 1 … tier 3): each band adds a China and an
 * international price to the seat line, whose quoted-term formula must stay under Excel's 8,192 characters.
 */
export const MAX_SEAT_TIERS = 3;

export interface OfferProfile {
  /** Short id, e.g. "cnEnterpriseIm". */
  readonly id: string;
  readonly name: { readonly en: string; readonly zh: string };
  /** Which price list the offer fills: the China one or the international one. */
  readonly region: "cn" | "intl";
  readonly currency: "CNY" | "USD";
  /** VAT on the offer's prices and whether the list includes it. */
  readonly vat: { readonly rate: number; readonly listIncludesVat: boolean };
  readonly seatTiers: {
    readonly mode: SeatTierMode;
    /** Where the vendor states graduated or all-units pricing. */
    readonly modeSource: OfferEvidence;
    readonly tiers: readonly SeatTier[];
  };
  /** Seats that cost nothing (a free allowance inside a paid plan); 0 when none. */
  readonly freeSeats: OfferFigure;
  /** Fee per organisation per year for the edition (0 for a free base edition or a pure per-seat offer). */
  readonly editionFeePerYear: OfferFigure;
  /** Paid add-ons per seat-month, bought when the matching requirement asks for them. */
  readonly addOns: {
    /** Call recording (input `recording`). */
    readonly recording: OfferFigure;
    /** Message translation (input `translation`). */
    readonly translation: OfferFigure;
    /** Message archiving for compliance, bought by regulated industries (input `industry` not "general"). */
    readonly archiving: OfferFigure;
  };
  /** Negotiated discount off every list price of the offer (seats, edition, add-ons, minimum spend), 0…0.9. */
  readonly negotiatedDiscount: OfferFigure;
  /** Fees are billed annually in advance; `prepayDiscount` is what paying a year ahead takes off the list. */
  readonly billing: { readonly cycle: "annualInAdvance"; readonly prepayDiscount: OfferFigure };
  /**
   * Renewal: the starting price holds for `priceHoldYears` window years (1 = the first year only); each later
   * year adds `upliftPerYear`, compounding, until the price reaches (1 + maxTotalUplift) × the starting price.
   */
  readonly renewal: { readonly priceHoldYears: OfferFigure; readonly upliftPerYear: OfferFigure; readonly maxTotalUplift: OfferFigure };
  /** A paid support plan: a share of the subscription fees a year, at least a minimum; null when support is included. */
  readonly support: { readonly sharePerYear: OfferFigure; readonly minimumPerYear: OfferFigure } | null;
  /** Minimum commitments: seats billed at least, and the subscription's minimum spend per year. */
  readonly minimum: { readonly seats: OfferFigure; readonly spendPerYear: OfferFigure };
  /** Reserve for leaving the vendor later, as a share of the vendor fees a year: an explicit assumption. */
  readonly exitReserve: OfferFigure;
}
