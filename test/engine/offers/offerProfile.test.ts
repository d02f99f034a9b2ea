import { Decimal } from "decimal.js";
import { DEFAULT_OFFER_CN, DEFAULT_OFFER_INTL, RATE_CARD_ENTRIES, offerRateEntries, offerRateOverrides, rateEntry, validateOfferProfile, type EngineError, type OfferFigure, type OfferProfile, type SeatTier } from "../../../src/engine";

const f = (value: string): OfferFigure => ({ value, source: "Test", date: "2026-12", status: "SEEN" });

/** The error a profile change raises: its field and message. */
function errorOf(change: (p: OfferProfile) => OfferProfile): { field: string; message: string } {
  try {
    validateOfferProfile(change(DEFAULT_OFFER_CN));
  } catch (e) {
    return { field: (e as EngineError).field, message: (e as EngineError).message };
  }
  return { field: "no error", message: "" };
}

describe("a malformed offer is refused, naming the term and the allowed range", () => {
  const tiers = (t: OfferProfile["seatTiers"]["tiers"]) => (p: OfferProfile): OfferProfile => ({ ...p, seatTiers: { ...p.seatTiers, tiers: t } });
  test.each<[string, (p: OfferProfile) => OfferProfile, string, string]>([
    ["uplift above 50% a year", (p) => ({ ...p, renewal: { ...p.renewal, upliftPerYear: f("0.8") } }), "offer cnEnterpriseIm.renewal.upliftPerYear.value", "a share from 0 to 0.5"],
    ["a price hold of 0 years", (p) => ({ ...p, renewal: { ...p.renewal, priceHoldYears: f("0") } }), "offer cnEnterpriseIm.renewal.priceHoldYears.value", "a whole number of years from 1 to 10"],
    ["a discount as text", (p) => ({ ...p, negotiatedDiscount: f("abc") }), "offer cnEnterpriseIm.negotiatedDiscount.value", "a share from 0 to 0.9"],
    ["a negative edition fee", (p) => ({ ...p, editionFeePerYear: f("-1") }), "offer cnEnterpriseIm.editionFeePerYear.value", "an amount from 0 to 1000000000"],
    ["half a free seat", (p) => ({ ...p, freeSeats: f("0.5") }), "offer cnEnterpriseIm.freeSeats.value", "a whole number of seats from 0 to 10000000"],
    ["bands not ascending", tiers([{ upToSeats: f("500"), pricePerSeatMonth: f("50") }, { upToSeats: f("400"), pricePerSeatMonth: f("45") }, { upToSeats: null, pricePerSeatMonth: f("40") }]), "offer cnEnterpriseIm.seatTiers.tiers[1].upToSeats.value", "more seats than the band before (500)"],
    ["a bounded last band", tiers([{ upToSeats: f("500"), pricePerSeatMonth: f("50") }]), "offer cnEnterpriseIm.seatTiers.tiers[0].upToSeats", "null in the last band"],
    ["four bands", tiers([...[1, 2, 3].map((n): SeatTier => ({ upToSeats: f(String(n * 100)), pricePerSeatMonth: f("1") })), { upToSeats: null, pricePerSeatMonth: f("1") }]), "offer cnEnterpriseIm.seatTiers.tiers", "1 to 3 bands"],
    ["no bands", tiers([]), "offer cnEnterpriseIm.seatTiers.tiers", "1 to 3 bands"],
    ["a QUOTED figure", (p) => ({ ...p, exitReserve: { ...p.exitReserve, status: "QUOTED" as never } }), "offer cnEnterpriseIm.exitReserve.status", "SEEN, SEEN-2nd, DERIVED, EST"],
    ["a figure without source", (p) => ({ ...p, exitReserve: { ...p.exitReserve, source: " " } }), "offer cnEnterpriseIm.exitReserve.source", "where the figure comes from"],
    ["a month 13", (p) => ({ ...p, minimum: { ...p.minimum, seats: { ...f("50"), date: "2026-13" } } }), "offer cnEnterpriseIm.minimum.seats.date", "YYYY-MM"],
    ["an unknown tier mode", (p) => ({ ...p, seatTiers: { ...p.seatTiers, mode: "volume" as never } }), "offer cnEnterpriseIm.seatTiers.mode", "graduated, allUnits"],
    ["monthly billing", (p) => ({ ...p, billing: { ...p.billing, cycle: "monthly" as never } }), "offer cnEnterpriseIm.billing.cycle", "annualInAdvance"],
    ["a support share of 60%", (p) => ({ ...p, support: { sharePerYear: f("0.6"), minimumPerYear: f("0") } }), "offer cnEnterpriseIm.support.sharePerYear.value", "a share from 0 to 0.5"],
    ["an id with a space", (p) => ({ ...p, id: "my offer" }), "offer.id", "letters and digits"],
  ])("%s", (_name, change, field, allowed) => {
    const e = errorOf(change);
    expect(e.field).toBe(field);
    expect(e.message).toContain(allowed);
  });

  test("an offer replacing a default keeps that price list's currency and VAT", () => {
    expect(() => offerRateOverrides({ ...DEFAULT_OFFER_CN, currency: "USD" })).toThrow("offer cnEnterpriseIm.currency must be CNY (the cn price list's currency)");
    expect(() => offerRateOverrides({ ...DEFAULT_OFFER_INTL, vat: { rate: 0.2, listIncludesVat: true } })).toThrow("offer intlTeamsEnterprise.vat must be VAT 0, not in the list");
  });

  test("compiling a malformed offer into rates throws the same error", () => {
    expect(() => offerRateEntries({ ...DEFAULT_OFFER_CN, exitReserve: f("0.7") })).toThrow("offer cnEnterpriseIm.exitReserve.value must be a share from 0 to 0.5 (got \"0.7\")");
  });
});

describe("the default offers on the RateCard", () => {
  test.each([DEFAULT_OFFER_CN, DEFAULT_OFFER_INTL])("$id validates and every one of its terms is a dated, sourced rate with a status", (offer) => {
    expect(validateOfferProfile(offer)).toBe(offer);
    const entries = offerRateEntries(offer);
    expect(entries.length).toBe(20); // 3 band prices, 2 band limits, 15 other terms
    for (const e of entries) {
      expect(RATE_CARD_ENTRIES).toContainEqual(e);
      expect(e.source.trim()).not.toBe("");
      expect(e.date).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
      expect(["SEEN", "SEEN-2nd", "DERIVED", "EST"]).toContain(e.status);
    }
  });

  test("China at 5,000 seats: the 1,000–9,999 band at 40 CNY less the 15% negotiated discount is 34 CNY, inside the review's 25–40", () => {
    const band = rateEntry("saas_seat_month_t2_cn");
    expect(rateEntry("saas_tier1_seats_cn").list).toBe("999");
    expect(rateEntry("saas_tier2_seats_cn").list).toBe("9999");
    const net = new Decimal(band.list).times(1 - band.discount);
    expect(net.toString()).toBe("34");
    expect(band.status).toBe("EST");
    expect(band.source).toContain("negotiated discount 0.15");
    expect(rateEntry("saas_seat_month_t3_cn").list).toBe("30");
  });

  test("international: Teams Enterprise at 5.25 USD with a 500-seat Enterprise Agreement minimum, no discount; its one band fills all three", () => {
    // One band fills the three rows: the same price above zero-width limits.
    for (const n of ["", "_t2", "_t3"]) expect(rateEntry(`saas_seat_month${n}_intl`).list).toBe("5.25");
    expect([rateEntry("saas_tier1_seats_intl").list, rateEntry("saas_tier2_seats_intl").list]).toEqual(["0", "0"]);
    expect(rateEntry("saas_min_seats_intl").list).toBe("500");
    expect(rateEntry("saas_seat_month_intl").discount).toBe(0);
    expect(rateEntry("saas_support_share_intl").list).toBe("0");
  });
});
