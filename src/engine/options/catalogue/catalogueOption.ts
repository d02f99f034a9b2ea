import type { BudgetOption } from "../BudgetOption";
import type { Language } from "../../workbook/WorkbookPlan";
import { catalogueProfile } from "./vendorCatalogue";

/**
 * Picking a profile creates an option: the profile's path, inputs and rates under the profile's id (or one the
 * caller gives, e.g. when the same profile is picked twice), remembering which profile it came from.
 */
export function catalogueOption(profileId: string, optionId: string = profileId, language: Language = "en-US"): BudgetOption {
  const p = catalogueProfile(profileId);
  return { id: optionId, name: language === "zh-CN" ? p.name.zh : p.name.en, path: p.path, inputs: { ...p.inputs }, rates: { ...p.rates }, catalogue: p.id, priceList: p.region };
}
