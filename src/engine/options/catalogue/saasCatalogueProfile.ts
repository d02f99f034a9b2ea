import type { OfferProfile } from "../../offers/OfferProfile";
import { offerRateOverrides } from "../../offers/offerRateEntries";
import { CATALOGUE_LABEL, type CatalogueProfile } from "./CatalogueProfile";

/**
 * A commercial SaaS profile: the vendor's offer compiled into its region's SaaS rates by the same code that
 * compiles the default offers, so a profile prices exactly as the default offer would with these terms.
 */
export function saasCatalogueProfile(vendor: string, offer: OfferProfile, note?: string): CatalogueProfile {
  return {
    id: offer.id,
    vendor,
    name: { en: offer.name.en, zh: offer.name.zh },
    kind: "commercial",
    region: offer.region,
    path: "commercial",
    inputs: { commercialModel: "saas" },
    rates: offerRateOverrides(offer),
    label: CATALOGUE_LABEL,
    ...(note ? { note: { en: note } } : {}),
  };
}
