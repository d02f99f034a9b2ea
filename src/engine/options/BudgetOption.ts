import type { PathId } from "../budget/paths";
import type { RateOverrides } from "../rateCard/rateCard";
import type { RequirementValue } from "../requirements/RequirementSpec";

/**
 * A named offer compared beside the others: one of the three paths with its own inputs and rates. The
 * requirements, the calendar and the finance policy stay shared, so options differ only in what they override.
 */
export interface BudgetOption {
  /** Stable when the option is renamed; names the workbook's Total_TCO_<id>. */
  readonly id: string;
  readonly name: string;
  readonly path: PathId;
  /** Requirement values of the path and staffing groups that differ from the shared requirements. */
  readonly inputs: Readonly<Record<string, RequirementValue>>;
  /** Rate changes on top of the shared ones (--rates, the RateCard sheet), key by key. */
  readonly rates: RateOverrides;
  /** The catalogue profile the option was made from, if any (its figures are indicative list prices). */
  readonly catalogue?: string;
  /** The price list a catalogue profile fills: it prices only a deployment in that region. */
  readonly priceList?: "cn" | "intl";
}

export const OPTION_ID_PATTERN = /^[A-Za-z][A-Za-z0-9]{0,30}$/;
export const OPTION_ID_RULE = "a letter then up to 30 letters or digits";
/** The most options one comparison holds: the three paths included. */
export const MAX_OPTIONS = 8;
export const MAX_OPTION_NAME_CHARS = 80;
/** The requirement groups an option may override; everything else is shared by all options. */
export const OPTION_INPUT_GROUPS: readonly string[] = ["path", "staffing"];
