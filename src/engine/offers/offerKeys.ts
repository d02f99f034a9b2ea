import type { Expr } from "../expression/Expr";
import { byRegion } from "../expression/build";
import { MAX_SEAT_TIERS } from "./OfferProfile";

/** The rate-card keys an offer fills, by term. Each term has a China key (…_cn) and an international one (…_intl). */
export const OFFER_KEYS = {
  /** Tier 1 keeps the old seat key, so a quote or a rates file naming it still prices the first band. */
  tierPrice: (tier: number) => (tier === 1 ? "saas_seat_month" : `saas_seat_month_t${tier}`),
  tierLimit: (tier: number) => `saas_tier${tier}_seats`,
  tiersGraduated: "saas_tiers_graduated",
  freeSeats: "saas_free_seats",
  editionFee: "saas_edition_year",
  addOn: (name: "recording" | "translation" | "archiving") => `saas_addon_${name}_seat_month`,
  prepayDiscount: "saas_prepay_discount",
  priceHoldYears: "saas_price_hold_years",
  upliftPerYear: "saas_renewal_uplift",
  maxTotalUplift: "saas_uplift_cap",
  supportShare: "saas_support_share",
  supportMinimum: "saas_support_min_year",
  minSeats: "saas_min_seats",
  minSpend: "saas_min_spend_year",
  exitReserve: "saas_exit_reserve_share",
} as const;

/** The key of a term in one region's price list. */
export const regionKey = (term: string, region: "cn" | "intl"): string => `${term}_${region}`;

/** The term's rate for the deployment region (China or international list). */
export const offerRate = (term: string): Expr => byRegion(regionKey(term, "cn"), regionKey(term, "intl"));

/** The offer's per-seat and per-organisation prices in both lists: what the seat-price risk driver scales. */
export const OFFER_SEAT_PRICE_KEYS: readonly string[] = [
  ...Array.from({ length: MAX_SEAT_TIERS }, (_, i) => OFFER_KEYS.tierPrice(i + 1)),
  OFFER_KEYS.editionFee,
  OFFER_KEYS.addOn("recording"),
  OFFER_KEYS.addOn("translation"),
  OFFER_KEYS.addOn("archiving"),
].flatMap((term) => [regionKey(term, "cn"), regionKey(term, "intl")]);
