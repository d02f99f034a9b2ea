import { EngineError } from "../../EngineError";
import { applyRateOverrides, type RateOverrides } from "../../rateCard/rateCard";
import { parseRequirements } from "../../requirements/validateRequirements";
import type { BudgetOption } from "../BudgetOption";
import type { QuoteItem } from "./QuoteItem";
import { quoteRateOverrides } from "./quoteRateOverrides";

/**
 * The options with one option's rates priced by a quote's items (status QUOTED), the rest unchanged. The quote
 * converts at the exchange rates in force: the requirements' fxUsdToCny and the rate card with the shared rate
 * changes applied. Throws before changing anything, so a bad item never half-imports.
 */
export function applyQuote(options: readonly BudgetOption[], optionId: string, items: readonly QuoteItem[], raw: Readonly<Record<string, unknown>>, shared?: RateOverrides): BudgetOption[] {
  const target = options.find((o) => o.id === optionId);
  if (!target) throw new EngineError({ code: "unknownOption", field: "quote option", allowed: `one of the options ${options.map((o) => o.id).join(", ")}`, received: optionId });
  const rates = quoteRateOverrides(items, parseRequirements(raw), applyRateOverrides(shared));
  return options.map((o) => (o === target ? { ...o, rates: { ...o.rates, ...rates } } : o));
}
