import { Decimal } from "../decimal";
import { EngineError, describeValue } from "../EngineError";
import { MAX_SEAT_TIERS, SEAT_TIER_MODES, type OfferEvidence, type OfferFigure, type OfferProfile, type OfferStatus } from "./OfferProfile";

const STATUSES: readonly OfferStatus[] = ["SEEN", "SEEN-2nd", "DERIVED", "EST"];

/** A range a term's value must lie in, and whether it must be whole. */
interface Range {
  readonly min: number;
  readonly max: number;
  readonly integer?: boolean;
  readonly what: string;
}

const MONEY: Range = { min: 0, max: 1e9, what: "an amount" };
const SEATS: Range = { min: 0, max: 10_000_000, integer: true, what: "a whole number of seats" };
const SHARE_DISCOUNT: Range = { min: 0, max: 0.9, what: "a share" };
const SHARE_SMALL: Range = { min: 0, max: 0.5, what: "a share" };

function rangeText(r: Range): string {
  return `${r.what} from ${r.min} to ${r.max}`;
}

/** Checks one figure: a decimal in range, a source, a date and a status; throws naming `field`. */
function checkFigure(f: OfferFigure | undefined, field: string, range: Range): void {
  if (f === null || typeof f !== "object") throw new EngineError({ code: "required", field, allowed: "a figure with value, source, date and status", received: describeValue(f) });
  let value: Decimal | null = null;
  try {
    value = typeof f.value === "string" && f.value.trim() !== "" ? new Decimal(f.value) : null;
  } catch {
    value = null;
  }
  if (value === null || !value.isFinite()) throw new EngineError({ code: "notANumber", field: `${field}.value`, allowed: rangeText(range), received: describeValue(f.value) });
  if (value.lessThan(range.min) || value.greaterThan(range.max) || (range.integer && !value.isInteger())) {
    throw new EngineError({ code: "outOfRange", field: `${field}.value`, allowed: rangeText(range), received: describeValue(f.value) });
  }
  checkEvidence(f, field);
}

/** A source, a date and a status. */
function checkEvidence(f: OfferEvidence | undefined, field: string): void {
  if (f === null || typeof f !== "object") throw new EngineError({ code: "required", field, allowed: "source, date and status", received: describeValue(f) });
  if (typeof f.source !== "string" || f.source.trim() === "") throw new EngineError({ code: "required", field: `${field}.source`, allowed: "where the figure comes from (a non-empty text)" });
  if (typeof f.date !== "string" || !/^\d{4}-(0[1-9]|1[0-2])(-\d{2})?$/.test(f.date)) {
    throw new EngineError({ code: "outOfRange", field: `${field}.date`, allowed: "a date as YYYY-MM or YYYY-MM-DD", received: describeValue(f.date) });
  }
  if (!STATUSES.includes(f.status)) throw new EngineError({ code: "unknownOption", field: `${field}.status`, allowed: STATUSES.join(", "), received: describeValue(f.status) });
}

/** Bands: 1 to 4, each bounded band above the one before, only the last open; prices ≥ 0. */
function checkTiers(p: OfferProfile, at: string): void {
  const { tiers, mode, modeSource } = p.seatTiers ?? ({} as OfferProfile["seatTiers"]);
  if (!SEAT_TIER_MODES.includes(mode)) throw new EngineError({ code: "unknownOption", field: `${at}.seatTiers.mode`, allowed: SEAT_TIER_MODES.join(", "), received: describeValue(mode) });
  checkEvidence(modeSource, `${at}.seatTiers.modeSource`);
  if (!Array.isArray(tiers) || tiers.length < 1 || tiers.length > MAX_SEAT_TIERS) {
    throw new EngineError({ code: "wrongShape", field: `${at}.seatTiers.tiers`, allowed: `1 to ${MAX_SEAT_TIERS} bands`, received: Array.isArray(tiers) ? `${tiers.length} bands` : describeValue(tiers) });
  }
  let previous = new Decimal(0);
  tiers.forEach((tier, i) => {
    const field = `${at}.seatTiers.tiers[${i}]`;
    checkFigure(tier.pricePerSeatMonth, `${field}.pricePerSeatMonth`, MONEY);
    const last = i === tiers.length - 1;
    if (last) {
      if (tier.upToSeats !== null) throw new EngineError({ code: "order", field: `${field}.upToSeats`, allowed: "null in the last band (no upper bound)", received: describeValue(tier.upToSeats?.value) });
      return;
    }
    checkFigure(tier.upToSeats ?? undefined, `${field}.upToSeats`, { ...SEATS, min: 1 });
    const upTo = new Decimal((tier.upToSeats as OfferFigure).value);
    if (!upTo.greaterThan(previous)) throw new EngineError({ code: "order", field: `${field}.upToSeats.value`, allowed: `more seats than the band before (${previous.toString()})`, received: upTo.toString() });
    previous = upTo;
  });
}

/**
 * Checks an offer profile from anywhere (the defaults, a catalogue, a file): every term present, in range,
 * sourced, dated and with a status. Throws an EngineError naming the term, e.g. "offer cnX.renewal.upliftPerYear.value".
 */
export function validateOfferProfile(p: OfferProfile): OfferProfile {
  if (p === null || typeof p !== "object") throw new EngineError({ code: "required", field: "offer", allowed: "an offer profile object", received: describeValue(p) });
  if (typeof p.id !== "string" || !/^[A-Za-z][A-Za-z0-9]{0,30}$/.test(p.id)) throw new EngineError({ code: "outOfRange", field: "offer.id", allowed: "letters and digits, starting with a letter, up to 31", received: describeValue(p.id) });
  const at = `offer ${p.id}`;
  if (p.region !== "cn" && p.region !== "intl") throw new EngineError({ code: "unknownOption", field: `${at}.region`, allowed: "cn, intl", received: describeValue(p.region) });
  if (p.currency !== "CNY" && p.currency !== "USD") throw new EngineError({ code: "unknownOption", field: `${at}.currency`, allowed: "CNY, USD", received: describeValue(p.currency) });
  if (!p.vat || typeof p.vat.rate !== "number" || !(p.vat.rate >= 0 && p.vat.rate <= 0.3)) throw new EngineError({ code: "outOfRange", field: `${at}.vat.rate`, allowed: "a share from 0 to 0.3", received: describeValue(p.vat?.rate) });
  checkTiers(p, at);
  checkFigure(p.freeSeats, `${at}.freeSeats`, SEATS);
  checkFigure(p.editionFeePerYear, `${at}.editionFeePerYear`, MONEY);
  for (const name of ["recording", "translation", "archiving"] as const) checkFigure(p.addOns?.[name], `${at}.addOns.${name}`, MONEY);
  checkFigure(p.negotiatedDiscount, `${at}.negotiatedDiscount`, SHARE_DISCOUNT);
  if (p.billing?.cycle !== "annualInAdvance") throw new EngineError({ code: "unknownOption", field: `${at}.billing.cycle`, allowed: "annualInAdvance (the SaaS lines bill a year ahead)", received: describeValue(p.billing?.cycle) });
  checkFigure(p.billing.prepayDiscount, `${at}.billing.prepayDiscount`, SHARE_SMALL);
  checkFigure(p.renewal?.priceHoldYears, `${at}.renewal.priceHoldYears`, { min: 1, max: 10, integer: true, what: "a whole number of years" });
  checkFigure(p.renewal.upliftPerYear, `${at}.renewal.upliftPerYear`, SHARE_SMALL);
  checkFigure(p.renewal.maxTotalUplift, `${at}.renewal.maxTotalUplift`, { min: 0, max: 5, what: "a share of the starting price" });
  if (p.support !== null) {
    checkFigure(p.support?.sharePerYear, `${at}.support.sharePerYear`, SHARE_SMALL);
    checkFigure(p.support.minimumPerYear, `${at}.support.minimumPerYear`, MONEY);
  }
  checkFigure(p.minimum?.seats, `${at}.minimum.seats`, SEATS);
  checkFigure(p.minimum.spendPerYear, `${at}.minimum.spendPerYear`, MONEY);
  checkFigure(p.exitReserve, `${at}.exitReserve`, SHARE_SMALL);
  return p;
}
