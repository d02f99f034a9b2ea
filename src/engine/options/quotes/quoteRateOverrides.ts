import { Decimal, ONE } from "../../decimal";
import { EngineError } from "../../EngineError";
import { convertBetween } from "../../rateCard/convertCurrency";
import { rateEntry, validateRateOverrides, type RateOverride, type RateOverrides } from "../../rateCard/rateCard";
import type { RateCardEntry } from "../../rateCard/RateCardEntry";
import type { Requirements } from "../../requirements/Requirements";
import type { QuoteItem } from "./QuoteItem";

/**
 * The quoted price in the rate's own terms: VAT taken out at the quote's rate, converted into the rate's
 * currency (through USD, at the requirements' fxUsdToCny and the rate card's dated rates), and VAT put back at
 * the rate's own rate when its list includes VAT. With reclaimable VAT the budget then carries exactly the
 * quote's price without VAT; with VAT not reclaimable it carries the rate card's VAT rate.
 */
export function quotedList(item: QuoteItem, entry: RateCardEntry, req: Requirements, entries: readonly RateCardEntry[]): Decimal {
  const price = new Decimal(item.unitPrice);
  const net = item.includesVat ? price.dividedBy(ONE.plus(item.vatRate)) : price;
  const inRateCurrency = convertBetween(net, item.currency, entry.currency!, req, entries);
  return entry.listIncludesVat ? inRateCurrency.times(ONE.plus(entry.vatRate)) : inRateCurrency;
}

function change(item: QuoteItem, list: Decimal): RateOverride {
  return {
    list: list.toString(),
    discount: item.discount,
    date: item.quoteDate,
    source: `Quote ${item.document}, row ${item.row}: ${item.item}${item.billing ? `, billed ${item.billing}` : ""}${item.renewal ? `, renewal: ${item.renewal}` : ""}; quantity ${item.quantity}`,
    status: "QUOTED",
    validUntil: item.validUntil,
    termMonths: item.termMonths,
    document: item.document,
  };
}

/** A quote's items as QUOTED rate changes: one per rate key, each a price of the rate card. */
export function quoteRateOverrides(items: readonly QuoteItem[], req: Requirements, entries: readonly RateCardEntry[]): RateOverrides {
  const out: Record<string, RateOverride> = {};
  const rowOf = new Map<string, number>();
  for (const item of items) {
    const field = `row ${item.row}, column "rateKey"`;
    let entry: RateCardEntry;
    try {
      entry = rateEntry(item.rateKey);
    } catch {
      throw new EngineError({ code: "unknownKey", field, allowed: "a key of the RateCard sheet's key column", received: item.rateKey });
    }
    if (entry.kind !== "price" || entry.currency === null) throw new EngineError({ code: "outOfRange", field, allowed: `a price of the rate card (${item.rateKey} is a parameter)`, received: item.rateKey });
    const earlier = rowOf.get(item.rateKey);
    if (earlier !== undefined) throw new EngineError({ code: "order", field, allowed: `each rate priced once (row ${earlier} prices ${item.rateKey} too)`, received: item.rateKey });
    rowOf.set(item.rateKey, item.row);
    out[item.rateKey] = change(item, quotedList(item, entries.find((e) => e.key === entry.key) ?? entry, req, entries));
  }
  return validateRateOverrides(out);
}

/** Items whose quote no longer stands on `asOf` (YYYY-MM-DD): a warning, never a silent price. */
export function expiredQuoteItems(items: readonly QuoteItem[], asOf: string): QuoteItem[] {
  return items.filter((i) => i.validUntil < asOf);
}
