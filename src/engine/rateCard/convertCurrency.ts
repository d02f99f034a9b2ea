import { Decimal } from "../decimal";
import { EngineError } from "../EngineError";
import type { Requirements } from "../requirements/Requirements";
import { FX_PER_USD_KEYS } from "./labourMarketEntries";
import type { Currency, RateCardEntry } from "./RateCardEntry";

/** Units of `currency` per US dollar: the user's fxUsdToCny for CNY, the rate card's dated rates for the rest. */
function perUsd(currency: Exclude<Currency, "USD">, req: Requirements, entries: readonly RateCardEntry[]): Decimal {
  if (currency === "CNY") return new Decimal(req.fxUsdToCny as number);
  const key = FX_PER_USD_KEYS[currency];
  const entry = entries.find((e) => e.key === key);
  if (!entry) throw new EngineError({ code: "unknownKey", field: key, allowed: "a key of the rate card" });
  return new Decimal(entry.list);
}

/**
 * An amount in `from` expressed in the budget currency (CNY or USD). Other currencies go through USD:
 * amount ÷ (units per USD), then × fxUsdToCny for a CNY budget. CNY↔USD keeps the plain × or ÷ fxUsdToCny.
 */
export function convertCurrency(value: Decimal, from: Currency, req: Requirements, entries: readonly RateCardEntry[]): Decimal {
  return convertBetween(value, from, req.currency as "CNY" | "USD", req, entries);
}

/** An amount in `from` expressed in `to`, through USD at the same rates as convertCurrency. */
export function convertBetween(value: Decimal, from: Currency, to: Currency, req: Requirements, entries: readonly RateCardEntry[]): Decimal {
  if (from === to) return value;
  const usd = from === "USD" ? value : value.dividedBy(perUsd(from, req, entries));
  return to === "USD" ? usd : usd.times(perUsd(to, req, entries));
}
