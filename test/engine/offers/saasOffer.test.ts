import { Decimal } from "decimal.js";
import { RATE_CARD_ENTRIES, computeBudget, offerRateOverrides, tieredCharge, type BudgetResult, type OfferFigure, type OfferProfile } from "../../../src/engine";

/**
 * A SaaS offer priced as a reviewer prices it from the vendor's terms. The requirements keep the seat count
 * fixed (no growth), China prices include 6% VAT that is reclaimable (so list / 1.06 is booked), no price
 * escalation index; the commercial path runs from month 3, so month 12w − 9 lies in window year w.
 */
const f = (value: string): OfferFigure => ({ value, source: "Test offer, clause 4", date: "2026-12", status: "SEEN" });

const OFFER: OfferProfile = {
  id: "testOffer",
  name: { en: "Test enterprise IM offer", zh: "测试报价" },
  region: "cn",
  currency: "CNY",
  vat: { rate: 0.06, listIncludesVat: true },
  seatTiers: {
    mode: "allUnits",
    modeSource: { source: "Offer clause 2: all seats at the band of the total", date: "2026-12", status: "SEEN" },
    tiers: [
      { upToSeats: f("1000"), pricePerSeatMonth: f("60") },
      { upToSeats: f("4000"), pricePerSeatMonth: f("50") },
      { upToSeats: null, pricePerSeatMonth: f("42") },
    ],
  },
  freeSeats: f("0"),
  editionFeePerYear: f("12000"),
  addOns: { recording: f("6"), translation: f("4"), archiving: f("3") },
  negotiatedDiscount: { ...f("0.2"), status: "EST" },
  billing: { cycle: "annualInAdvance", prepayDiscount: f("0.05") },
  renewal: { priceHoldYears: f("2"), upliftPerYear: f("0.06"), maxTotalUplift: f("0.1") },
  support: { sharePerYear: f("0.1"), minimumPerYear: f("50000") },
  minimum: { seats: f("100"), spendPerYear: f("0") },
  exitReserve: { ...f("0.04"), status: "EST" },
};

const REQ = { headcount: 5000, userGrowthRate: 0, recording: true, translation: false, industry: "general", commercialModel: "saas", deploymentRegion: "cn" };
const VAT = new Decimal(1.06);

const budget = (offer: OfferProfile, req: Record<string, unknown> = REQ): BudgetResult => computeBudget(req, { rateOverrides: offerRateOverrides(offer) });
/** A commercial line's yearly rate in window year w (a running line books a twelfth in each month of service). */
const yearly = (b: BudgetResult, id: string, w: number): Decimal => b.paths.commercial.lines.find((l) => l.id === id)!.month(12 * w - 9).times(12);
const close = (actual: Decimal, expected: Decimal) => expect(actual.minus(expected).abs().toNumber()).toBeLessThan(1e-9);

describe("a 5,000-seat offer with a volume band, a negotiated discount, an edition fee, add-ons, prepayment and a price hold", () => {
  const b = budget(OFFER);
  // Terms, by hand: 5,000 seats fall in the band above 4,000, so all seats at 42 CNY, less 20% = 33.60.
  const seatMonth = new Decimal(5000).times(42).times(0.8); // 168,000 a month
  const edition = new Decimal(12000).times(0.8); // 9,600 a year
  const prepaid = new Decimal(0.95);
  const subscription = seatMonth.times(12).plus(edition).times(prepaid).dividedBy(VAT); // 1,924,320 / 1.06
  const addOns = new Decimal(5000).times(6).times(0.8).times(12).times(prepaid).dividedBy(VAT); // recording only: 273,600 / 1.06
  // Price held in years 1–2, then +6% a year compounding, never above +10%: 1, 1, 1.06, 1.10, 1.10.
  const index = [1, 1, 1.06, 1.1, 1.1].map((x) => new Decimal(x));

  test.each([1, 2, 3, 4, 5])("window year %i: seats and edition, add-ons, support and exit reserve as worked out", (w) => {
    const i = index[w - 1];
    const fees = subscription.plus(addOns).times(i);
    close(yearly(b, "saasSeats", w), subscription.times(i));
    close(yearly(b, "addOnModules", w), addOns.times(i));
    close(yearly(b, "vendorSupport", w), Decimal.max(fees.times(0.1), new Decimal(50000).dividedBy(VAT)));
    close(yearly(b, "exitReserve", w), fees.times(0.04));
  });

  test("the first year's seat line in round figures: 1,815,396.23 CNY net of VAT", () => {
    expect(yearly(b, "saasSeats", 1).toFixed(2)).toBe("1815396.23");
  });

  test("one seat more or less moves the price only at a band edge (all units)", () => {
    const at = (headcount: number) => yearly(budget(OFFER, { ...REQ, headcount }), "saasSeats", 1);
    // 4,000 seats at 50, 4,001 at 42: the bigger count costs less.
    const perSeat = (seats: number, price: number) => new Decimal(seats).times(price).times(0.8).times(12).plus(edition).times(prepaid).dividedBy(VAT);
    close(at(4000), perSeat(4000, 50));
    close(at(4001), perSeat(4001, 42));
    expect(at(4001).lessThan(at(4000))).toBe(true);
    // 1,000 seats still at 60; 1,001 at 50.
    close(at(1000), perSeat(1000, 60));
    close(at(1001), perSeat(1001, 50));
  });

  test("free seats come off the count before the band's price applies (all units)", () => {
    const withFree = budget({ ...OFFER, freeSeats: f("100") });
    // 4,900 paid seats; the band is still the one holding the whole count (5,000): 42, less 20%.
    close(yearly(withFree, "saasSeats", 1), new Decimal(4900).times(42).times(0.8).times(12).plus(edition).times(prepaid).dividedBy(VAT));
  });

  test("a domestic (信创) edition carries the rate card's licence uplift on the subscription", () => {
    const uplift = new Decimal(Number(RATE_CARD_ENTRIES.find((e) => e.key === "domestic_licence_uplift")!.list));
    const domestic = budget(OFFER, { ...REQ, domesticTech: true });
    close(yearly(domestic, "saasSeats", 1), subscription.times(uplift.plus(1)));
  });
});

describe("free tiers", () => {
  test("graduated bands with 500 free seats: 1,000 users pay 300 at band 1 and 200 at band 2, as tieredCharge does", () => {
    const offer: OfferProfile = {
      ...OFFER,
      seatTiers: { ...OFFER.seatTiers, mode: "graduated", tiers: [{ upToSeats: f("800"), pricePerSeatMonth: f("10") }, { upToSeats: null, pricePerSeatMonth: f("8") }] },
      freeSeats: f("500"),
      editionFeePerYear: f("0"),
      negotiatedDiscount: f("0"),
      billing: { cycle: "annualInAdvance", prepayDiscount: f("0") },
    };
    const month = new Decimal(300 * 10 + 200 * 8); // 4,600
    const byTiered = tieredCharge(new Decimal(1000), { limits: [new Decimal(800), null], prices: [new Decimal(10), new Decimal(8)] }, "graduated", new Decimal(500));
    expect(byTiered.toString()).toBe(month.toString());
    close(yearly(budget(offer, { ...REQ, headcount: 1000 }), "saasSeats", 1), month.times(12).dividedBy(VAT));
  });

  test("three graduated bands: 3,000 users with 500 free pay 300 at 10, 1,200 at 9 and 1,000 at 8", () => {
    const offer: OfferProfile = {
      ...OFFER,
      seatTiers: {
        ...OFFER.seatTiers,
        mode: "graduated",
        tiers: [
          { upToSeats: f("800"), pricePerSeatMonth: f("10") },
          { upToSeats: f("2000"), pricePerSeatMonth: f("9") },
          { upToSeats: null, pricePerSeatMonth: f("8") },
        ],
      },
      freeSeats: f("500"),
      editionFeePerYear: f("0"),
      negotiatedDiscount: f("0"),
      billing: { cycle: "annualInAdvance", prepayDiscount: f("0") },
    };
    const month = new Decimal(300 * 10 + 1200 * 9 + 1000 * 8); // 21,800
    close(yearly(budget(offer, { ...REQ, headcount: 3000 }), "saasSeats", 1), month.times(12).dividedBy(VAT));
  });

  test("a free base edition with a paid archiving add-on (WeCom-style): no seat fee, the add-on for a regulated industry", () => {
    const offer: OfferProfile = {
      ...OFFER,
      seatTiers: { ...OFFER.seatTiers, tiers: [{ upToSeats: null, pricePerSeatMonth: f("0") }] },
      editionFeePerYear: f("0"),
      negotiatedDiscount: f("0"),
      billing: { cycle: "annualInAdvance", prepayDiscount: f("0") },
      support: null,
    };
    const b = budget(offer, { ...REQ, recording: false, industry: "finance" });
    expect(yearly(b, "saasSeats", 1).isZero()).toBe(true);
    close(yearly(b, "addOnModules", 1), new Decimal(5000).times(3).times(12).dividedBy(VAT));
    expect(yearly(budget(offer, { ...REQ, recording: false }), "addOnModules", 1).isZero()).toBe(true);
  });
});

describe("minimum commitments", () => {
  const plain: OfferProfile = { ...OFFER, editionFeePerYear: f("0"), negotiatedDiscount: f("0"), billing: { cycle: "annualInAdvance", prepayDiscount: f("0") }, minimum: { seats: f("1500"), spendPerYear: f("0") } };

  test("300 staff under a 1,500-seat minimum pay for 1,500 seats, at the band 1,500 falls in", () => {
    close(yearly(budget(plain, { ...REQ, headcount: 300 }), "saasSeats", 1), new Decimal(1500).times(50).times(12).dividedBy(VAT));
  });

  test("a minimum spend above the subscription is what is paid", () => {
    const offer = { ...plain, minimum: { seats: f("0"), spendPerYear: f("2000000") } };
    // 300 seats × 60 × 12 = 216,000 < 2,000,000 (both include VAT).
    close(yearly(budget(offer, { ...REQ, headcount: 300 }), "saasSeats", 1), new Decimal(2000000).dividedBy(VAT));
  });
});

describe("renewal uplift with a cap", () => {
  test("held one year, +10% a year, capped at +15%: 1, 1.10, 1.15, 1.15, 1.15 of the first year", () => {
    const offer = { ...OFFER, renewal: { priceHoldYears: f("1"), upliftPerYear: f("0.1"), maxTotalUplift: f("0.15") } };
    const b = budget(offer);
    const first = yearly(b, "saasSeats", 1);
    [1, 1.1, 1.15, 1.15, 1.15].forEach((x, i) => close(yearly(b, "saasSeats", i + 1), first.times(x)));
  });
});

describe("support only where the offer charges for it", () => {
  test("an offer with no paid support has no support line in any month", () => {
    const b = budget({ ...OFFER, support: null });
    const line = b.paths.commercial.lines.find((l) => l.id === "vendorSupport")!;
    expect(line.total.isZero()).toBe(true);
    expect(line.fiscal.every((v) => v.isZero())).toBe(true);
  });

  test("a small share under its minimum charges the minimum", () => {
    const b = budget({ ...OFFER, support: { sharePerYear: f("0.01"), minimumPerYear: f("100000") } });
    close(yearly(b, "vendorSupport", 1), new Decimal(100000).dividedBy(VAT));
  });

  test("the default offers charge no support and keep a 5% exit reserve on the SaaS fees", () => {
    const b = computeBudget({});
    expect(b.paths.commercial.lines.find((l) => l.id === "vendorSupport")!.total.isZero()).toBe(true);
    const fees = yearly(b, "saasSeats", 1).plus(yearly(b, "addOnModules", 1));
    close(yearly(b, "exitReserve", 1), fees.times(0.05));
  });
});
