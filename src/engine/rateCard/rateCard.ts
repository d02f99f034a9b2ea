import { Decimal, ONE } from "../decimal";
import { EngineError, describeValue } from "../EngineError";
import type { Requirements } from "../requirements/Requirements";
import type { EvidenceStatus, QuoteTerms, RateCardEntry } from "./RateCardEntry";
import { RATE_CARD_ENTRIES } from "./rateCardEntries";
import { convertCurrency } from "./convertCurrency";
import { FX_PER_USD_KEYS } from "./labourMarketEntries";
import { divisorRateKeys } from "../lines/divisorRateKeys";

/** Exchange rates divide prices: zero would turn every converted price infinite. */
const FX_KEYS: ReadonlySet<string> = new Set(Object.values(FX_PER_USD_KEYS));

/** Rates the model divides by (exchange rates, capacities per unit …): 0 is refused, not turned into a crash. */
export function mustBePositive(key: string): boolean {
  return FX_KEYS.has(key) || divisorRateKeys().has(key);
}

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
  /** Date of the new price, e.g. a quote's (YYYY-MM or YYYY-MM-DD): the stale-rate check reads it. */
  readonly date?: string;
  /** Where the new price comes from, and how far it can be trusted (the estimate-share figures read it). */
  readonly source?: string;
  readonly status?: EvidenceStatus;
  /** With status QUOTED: the last day the offer stands (YYYY-MM-DD). */
  readonly validUntil?: string;
  /** With status QUOTED: how many months the quoted price holds, from the month of `date`. */
  readonly termMonths?: number;
  /** With status QUOTED: the quote's reference. */
  readonly document?: string;
}

export const EVIDENCE_STATUSES: readonly EvidenceStatus[] = ["SEEN", "SEEN-2nd", "DERIVED", "EST", "QUOTED"];
/** A quote's term runs from 1 month up to ten years (the longest budget window). */
export const QUOTE_TERM_MONTHS = { min: 1, max: 120 } as const;

export type RateOverrides = Readonly<Record<string, RateOverride>>;

const OVERRIDE_FIELDS: readonly (keyof RateOverride)[] = ["list", "discount", "date", "source", "status", "validUntil", "termMonths", "document"];

/**
 * Checks rate changes that come from outside (a JSON file): every key a rate of the price book, every change an
 * object of known fields, every value in range (as applyRateOverrides checks them). Throws an EngineError
 * naming the rate and the field.
 */
export function validateRateOverrides(data: Readonly<Record<string, unknown>>): RateOverrides {
  for (const [key, change] of Object.entries(data)) {
    if (!ENTRY_BY_KEY.has(key)) throw new EngineError({ code: "unknownKey", field: `rate key "${key}"`, allowed: "a key of the RateCard sheet's key column" });
    if (change === null || typeof change !== "object" || Array.isArray(change)) {
      throw new EngineError({ code: "outOfRange", field: `Rate_${key}`, allowed: `an object of changes (${OVERRIDE_FIELDS.join(", ")})`, received: describeValue(change) });
    }
    const unknown = Object.keys(change).find((f) => !(OVERRIDE_FIELDS as readonly string[]).includes(f));
    if (unknown !== undefined) throw new EngineError({ code: "unknownKey", field: `field "${unknown}" of Rate_${key}`, allowed: OVERRIDE_FIELDS.join(", ") });
  }
  const overrides = data as RateOverrides;
  applyRateOverrides(overrides);
  return overrides;
}

/** Applies overrides to the default entries, checking every value. */
export function applyRateOverrides(overrides: RateOverrides = {}): readonly RateCardEntry[] {
  for (const key of Object.keys(overrides)) rateEntry(key);
  return RATE_CARD_ENTRIES.map((entry) => {
    const o = overrides[entry.key];
    if (!o) return entry;
    let list = entry.list;
    if (o.list !== undefined) {
      const v = typeof o.list === "string" ? Number(o.list) : o.list;
      const positive = mustBePositive(entry.key);
      if (typeof v !== "number" || !Number.isFinite(v) || v < 0 || (positive && v === 0)) {
        throw new EngineError({ code: "outOfRange", field: `Rate_${entry.key}`, allowed: positive ? "a number > 0" : "a number ≥ 0", received: describeValue(o.list) });
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
    if (o.date !== undefined && (typeof o.date !== "string" || !/^\d{4}-\d{2}(-\d{2})?$/.test(o.date))) {
      throw new EngineError({ code: "outOfRange", field: `Rate_${entry.key} date`, allowed: "a date as YYYY-MM or YYYY-MM-DD", received: describeValue(o.date) });
    }
    if (o.source !== undefined && (typeof o.source !== "string" || o.source.trim() === "")) {
      throw new EngineError({ code: "required", field: `Rate_${entry.key} source`, allowed: "a non-empty text", received: describeValue(o.source) });
    }
    if (o.status !== undefined && !EVIDENCE_STATUSES.includes(o.status)) {
      throw new EngineError({ code: "unknownOption", field: `Rate_${entry.key} status`, allowed: EVIDENCE_STATUSES.join(", "), received: describeValue(o.status) });
    }
    const status = o.status ?? entry.status;
    const stray = (["validUntil", "termMonths", "document"] as const).find((f) => o[f] !== undefined);
    if (status !== "QUOTED" && stray) throw new EngineError({ code: "outOfRange", field: `Rate_${entry.key} ${stray}`, allowed: `only with status QUOTED (the status is ${status})`, received: describeValue(o[stray]) });
    const quote = status === "QUOTED" ? quoteTerms(entry.key, o) : undefined;
    return { ...entry, list, discount, date: o.date ?? entry.date, source: o.source ?? entry.source, status, ...(quote ? { quote } : {}) };
  });
}

/** "YYYY-MM-DD" naming a day that exists (2027-02-30 does not). */
function isCalendarDay(text: unknown): text is string {
  if (typeof text !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text;
}

/** A QUOTED rate needs the quote's own date, its validity, its term and its document: each is checked by name. */
function quoteTerms(key: string, o: RateOverride): QuoteTerms {
  const field = (name: string) => `Rate_${key} ${name}`;
  if (o.date === undefined) throw new EngineError({ code: "required", field: field("date"), allowed: "the quote's date as YYYY-MM or YYYY-MM-DD (status QUOTED)" });
  if (!isCalendarDay(o.validUntil)) {
    throw new EngineError({ code: "outOfRange", field: field("validUntil"), allowed: "the last day the quote stands, as YYYY-MM-DD (status QUOTED)", received: describeValue(o.validUntil) });
  }
  const term = o.termMonths;
  if (typeof term !== "number" || !Number.isInteger(term) || term < QUOTE_TERM_MONTHS.min || term > QUOTE_TERM_MONTHS.max) {
    throw new EngineError({ code: "outOfRange", field: field("termMonths"), allowed: `a whole number of months from ${QUOTE_TERM_MONTHS.min} to ${QUOTE_TERM_MONTHS.max} (status QUOTED)`, received: describeValue(term) });
  }
  const reference = o.document;
  if (typeof reference !== "string" || reference.trim() === "") {
    throw new EngineError({ code: "required", field: field("document"), allowed: "the quote's reference as a non-empty text (status QUOTED)", received: describeValue(reference) });
  }
  return { validUntil: o.validUntil, termMonths: term, document: reference.trim() };
}

/**
 * What a rate costs the budget: list × (1 − discount); VAT removed when the list includes it and the VAT
 * is reclaimable, added when the list excludes it and it is not; converted into the budget currency at the
 * exchange rates of `entries` (the rate card in use). Parameters are returned as they are.
 */
export function effectiveRate(entry: RateCardEntry, req: Requirements, entries: readonly RateCardEntry[] = RATE_CARD_ENTRIES): Decimal {
  const list = new Decimal(entry.list);
  if (entry.kind === "parameter") return list;
  let value = list.times(ONE.minus(entry.discount));
  const vat = ONE.plus(entry.vatRate);
  const recoverable = req.vatRecoverable === true;
  if (entry.listIncludesVat && recoverable) value = value.dividedBy(vat);
  if (!entry.listIncludesVat && !recoverable) value = value.times(vat);
  return entry.currency ? convertCurrency(value, entry.currency, req, entries) : value;
}
