import type { Expr } from "../expression/Expr";
import { add, cmp, iff, input, max, min, mul, pow, positive, sizing, sub, text, when, year } from "../expression/build";
import { MAX_SEAT_TIERS } from "./OfferProfile";
import { OFFER_KEYS as K, offerRate } from "./offerKeys";

/**
 * The SaaS offer's terms as expressions over its rate-card entries, so the engine, the workbook formulas and
 * the fast Monte Carlo model price the same terms. Amounts are per window year in the budget currency; list
 * prices arrive net of the rate card's negotiated-discount column.
 */
const tiers = Array.from({ length: MAX_SEAT_TIERS }, (_, i) => i + 1);
const price = (tier: number): Expr => offerRate(K.tierPrice(tier));
const limit = (tier: number): Expr => offerRate(K.tierLimit(tier));

/** Seats billed: the users, or the minimum seat commitment when that is higher. */
export const saasBilledSeats: Expr = max(sizing("users"), offerRate(K.minSeats));

/** Graduated: each seat above the free allowance at the price of its band; the last band is open. */
function graduatedSeatMonth(seats: Expr, free: Expr): Expr {
  return add(
    ...tiers.map((t) => {
      const lower = t === 1 ? free : max(limit(t - 1), free);
      const upper = t === MAX_SEAT_TIERS ? seats : min(seats, limit(t));
      return mul(positive(sub(upper, lower)), price(t));
    }),
  );
}

/** All-units: every seat above the free allowance at the price of the band holding the whole count. */
function allUnitsSeatMonth(seats: Expr, free: Expr): Expr {
  let bandPrice: Expr = price(MAX_SEAT_TIERS);
  for (let t = MAX_SEAT_TIERS - 1; t >= 1; t--) bandPrice = iff(cmp("<=", seats, limit(t)), price(t), bandPrice);
  return mul(positive(sub(seats, free)), bandPrice);
}

/** The seats' charge for one month at list (after the negotiated discount). */
export const saasSeatMonth: Expr = iff(
  cmp(">", offerRate(K.tiersGraduated), 0),
  graduatedSeatMonth(saasBilledSeats, offerRate(K.freeSeats)),
  allUnitsSeatMonth(saasBilledSeats, offerRate(K.freeSeats)),
);

/**
 * Renewal index in window year w: the starting price holds for the first `hold` years, then rises by the uplift
 * each year, compounding, but never above (1 + cap) × the starting price.
 */
export const saasPriceIndex: Expr = min(
  pow(add(1, offerRate(K.upliftPerYear)), positive(sub(year, offerRate(K.priceHoldYears)))),
  add(1, offerRate(K.maxTotalUplift)),
);

/** What paying a year in advance leaves of the list. */
const prepaid: Expr = sub(1, offerRate(K.prepayDiscount));

/**
 * The subscription a year: seats × 12 and the organisation's edition fee, prepaid, after renewal uplifts, times
 * `factor` (the 信创 edition uplift); never below the minimum spend.
 */
export function saasSubscriptionYear(factor: Expr): Expr {
  return max(mul(add(mul(saasSeatMonth, 12), offerRate(K.editionFee)), prepaid, saasPriceIndex, factor), offerRate(K.minSpend));
}

/** Paid add-ons per seat-month for the features the requirements ask for. */
const addOnSeatMonth: Expr = add(
  when(input("recording"), offerRate(K.addOn("recording"))),
  when(input("translation"), offerRate(K.addOn("translation"))),
  when(cmp("<>", input("industry"), text("general")), offerRate(K.addOn("archiving"))),
);

/** Add-ons for every user a year: under the SaaS terms (prepaid, renewal index) or plain for a private deployment. */
export function saasAddOnsYear(saasTerms: boolean): Expr {
  const base = mul(addOnSeatMonth, sizing("users"), 12);
  return saasTerms ? mul(base, prepaid, saasPriceIndex) : base;
}

/** A paid support plan: a share of the vendor's fees, at least its minimum; both 0 when support is included. */
export function saasSupportYear(vendorFees: Expr): Expr {
  return max(mul(offerRate(K.supportShare), vendorFees), offerRate(K.supportMinimum));
}

/** The exit reserve: the offer's stated share of its fees. */
export function saasExitReserveYear(vendorFees: Expr): Expr {
  return mul(offerRate(K.exitReserve), vendorFees);
}
