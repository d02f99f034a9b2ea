import { Decimal, ONE } from "../decimal";
import { EngineError, describeValue } from "../EngineError";
import type { Requirements } from "../requirements/Requirements";
import type { RateCardEntry } from "./RateCardEntry";
import { RATE_CARD_ENTRIES } from "./rateCardEntries";

const ENTRY_BY_KEY: ReadonlyMap<string, RateCardEntry> = new Map(RATE_CARD_ENTRIES.map((e) => [e.key, e]));

export function rateEntry(key: string): RateCardEntry {
  const entry = ENTRY_BY_KEY.get(key);
  if (!entry) throw new EngineError({ code: "unknownKey", field: key, allowed: "a key of the rate card" });
  return entry;
}

/** The list value of a rate-card entry, before discount, tax or currency. */
export function defaultRateValue(key: string): Decimal {
  return new Decimal(rateEntry(key).list);
}

/** A user's change to a rate: a new list value and/or negotiated discount (as on the RateCard sheet). */
export interface RateOverride {
  readonly list?: number | string;
  readonly discount?: number;
}

export type RateOverrides = Readonly<Record<string, RateOverride>>;

/** Applies overrides to the default entries, checking every value. */
export function applyRateOverrides(overrides: RateOverrides = {}): readonly RateCardEntry[] {
  for (const key of Object.keys(overrides)) rateEntry(key);
  return RATE_CARD_ENTRIES.map((entry) => {
    const o = overrides[entry.key];
    if (!o) return entry;
    let list = entry.list;
    if (o.list !== undefined) {
      const v = typeof o.list === "string" ? Number(o.list) : o.list;
      if (typeof v !== "number" || !Number.isFinite(v) || v < 0) {
        throw new EngineError({ code: "outOfRange", field: `Rate_${entry.key}`, allowed: "a number ≥ 0", received: describeValue(o.list) });
      }
      list = new Decimal(o.list).toString();
    }
    let discount = entry.discount;
    if (o.discount !== undefined) {
      if (typeof o.discount !== "number" || !Number.isFinite(o.discount) || o.discount < 0 || o.discount > 1) {
        throw new EngineError({ code: "outOfRange", field: `Rate_${entry.key} discount`, allowed: "a fraction from 0 to 1", received: describeValue(o.discount) });
      }
      discount = o.discount;
    }
    return { ...entry, list, discount };
  });
}

/**
 * What a rate costs the budget: list × (1 − discount); VAT removed when the list includes it and the VAT
 * is reclaimable, added when the list excludes it and it is not; converted into the budget currency.
 * Parameters are returned as they are.
 */
export function effectiveRate(entry: RateCardEntry, req: Requirements): Decimal {
  const list = new Decimal(entry.list);
  if (entry.kind === "parameter") return list;
  let value = list.times(ONE.minus(entry.discount));
  const vat = ONE.plus(entry.vatRate);
  const recoverable = req.vatRecoverable === true;
  if (entry.listIncludesVat && recoverable) value = value.dividedBy(vat);
  if (!entry.listIncludesVat && !recoverable) value = value.times(vat);
  const fx = new Decimal(req.fxUsdToCny as number);
  if (entry.currency === "USD" && req.currency === "CNY") value = value.times(fx);
  if (entry.currency === "CNY" && req.currency === "USD") value = value.dividedBy(fx);
  return value;
}
