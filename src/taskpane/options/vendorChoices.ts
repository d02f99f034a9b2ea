/**
 * The vendor catalogue as the pane offers it: loaded on demand (its own chunk) when the Options panel is first
 * opened, so the pane's first load does not carry the profiles' prices and sources.
 */
import { VENDOR_CATALOGUE, catalogueOption, freeOptionId, type BudgetOption, type CatalogueProfile, type Language } from "../../engine";
import { roomForOne } from "../state/optionList";

export interface VendorChoice {
  readonly id: string;
  readonly kind: CatalogueProfile["kind"];
  readonly name: CatalogueProfile["name"];
}

/** The profiles of one price list: only the deployment region's list prices a deployment. */
export function vendorChoices(region: CatalogueProfile["region"]): VendorChoice[] {
  return VENDOR_CATALOGUE.filter((p) => p.region === region).map((p) => ({ id: p.id, kind: p.kind, name: p.name }));
}

/** A new option from a catalogue profile, under the profile's id (or the next free one). */
export function addFromCatalogue(options: readonly BudgetOption[], profileId: string, language: Language): BudgetOption[] {
  roomForOne(options);
  return [...options, catalogueOption(profileId, freeOptionId(options, profileId), language)];
}
