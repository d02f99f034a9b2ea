import type { PathId } from "../../budget/paths";
import type { RateOverrides } from "../../rateCard/rateCard";

/** The label every built-in profile carries: its figures are public list prices, never a vendor's offer to this buyer. */
export const CATALOGUE_LABEL = "indicative list prices, not a quote" as const;

/**
 * A built-in vendor profile (docs/research/vendor-catalogue.json compiled into engine data): the path it prices,
 * the path inputs it sets and the rates it changes, each rate with its source, date and evidence status (never
 * QUOTED). Picking a profile creates an option.
 */
export interface CatalogueProfile {
  /** The research file's id, also the option id the profile suggests. */
  id: string;
  vendor: string;
  name: { en: string; zh: string };
  kind: "commercial" | "selfHostedLicence" | "paas";
  /** Which price list the rates fill: the profile is meant for that deployment region. */
  region: "cn" | "intl";
  path: PathId;
  /** Requirement values of the groups "path" and "staffing" only. */
  inputs: Readonly<Record<string, string | number | boolean>>;
  rates: RateOverrides;
  label: typeof CATALOGUE_LABEL;
  /** How the vendor's terms were fitted to the model, and what they leave out. */
  note?: { en: string };
}
