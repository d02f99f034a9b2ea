import type { RateCardEntry } from "../rateCard/RateCardEntry";
import { DEFAULT_OFFER_CN, DEFAULT_OFFER_INTL } from "./defaultOffers";
import { offerRateEntries } from "./offerRateEntries";

/** The default offers' rate-card rows, each China term beside its international one (as the other price pairs). */
export function defaultOfferEntries(): RateCardEntry[] {
  const cn = offerRateEntries(DEFAULT_OFFER_CN);
  const intl = offerRateEntries(DEFAULT_OFFER_INTL);
  return cn.flatMap((entry, i) => [entry, intl[i]]);
}
