import { Decimal } from "decimal.js";
import { computeBudget, linePriceKeys, rateEntry, type EngineError, type RateOverride, type RateOverrides } from "../../../src/engine";

/**
 * Defaults: 5,000 staff in China, project start 2027-01, commercial SaaS live from month 3, seats in the
 * 1,000–9,999 band at 40 CNY a user-month list including 6% VAT, less the offer's 15% negotiated discount
 * (34 CNY; VAT reclaimable, so 34 / 1.06 is booked), users growing 5% a year, the price held for two window
 * years, metered contingency 25%.
 */
const QUOTE: RateOverride = { date: "2027-01", validUntil: "2027-03-31", termMonths: 24, document: "Q-2027-001", source: "Vendor quote", status: "QUOTED" };
/** A seat quote prices every China price the seat line rests on: the three bands, the edition fee and the minimum spend. */
const SEAT_KEYS = linePriceKeys("saasSeats", "commercial").filter((k) => rateEntry(k).region === "cn");
const seatQuote = (terms: RateOverride = {}): RateOverrides => Object.fromEntries(SEAT_KEYS.map((k) => [k, { ...QUOTE, ...terms }]));

const base = computeBudget({});
const quoted = (overrides: RateOverrides) => computeBudget({}, { rateOverrides: overrides });

describe("a QUOTED unit price takes its line out of metered contingency inside the quote's term", () => {
  test("24-month seat quote from 2027-01: TCO falls by 25% of the seats of months 3–24, worked by hand", () => {
    expect(SEAT_KEYS).toEqual(["saas_edition_year_cn", "saas_min_spend_year_cn", "saas_seat_month_cn", "saas_seat_month_t2_cn", "saas_seat_month_t3_cn"]);
    // Months 3–12: 10 × 5,000 seats × 34/1.06; months 13–24: 12 × 5,250 seats × 34 / 1.06 (price held).
    const seatsInTerm = new Decimal(10 * 5000 * 34).plus(12 * 5250 * 34).dividedBy(1.06); // 3,842,000 / 1.06
    const expected = seatsInTerm.times(0.25); // 906,132.08
    const after = quoted(seatQuote());
    const fall = base.paths.commercial.tco.minus(after.paths.commercial.tco);
    expect(fall.toFixed(2)).toBe("906132.08");
    expect(fall.minus(expected).abs().toNumber()).toBeLessThan(1e-9);
    expect(sumOf(base.paths.commercial.contingencyMetered).minus(sumOf(after.paths.commercial.contingencyMetered)).minus(expected).abs().toNumber()).toBeLessThan(1e-9);
  });

  test("only inside the term: fiscal years 2029 on keep every unit of contingency", () => {
    const after = quoted(seatQuote());
    for (let i = 2; i < 5; i++) expect(after.paths.commercial.contingencyMetered[i].toString()).toBe(base.paths.commercial.contingencyMetered[i].toString());
    expect(after.paths.commercial.lines.find((l) => l.id === "saasSeats")!.quotedMonths).toEqual({ from: 1, to: 25 });
  });

  test("the quote fixes the price, not the cost: line values, labour contingency and the other paths stay", () => {
    const after = quoted(seatQuote());
    const seats = (b: typeof base) => b.paths.commercial.lines.find((l) => l.id === "saasSeats")!.total.toString();
    expect(seats(after)).toBe(seats(base));
    expect(after.paths.commercial.contingencyLabour.map(String)).toEqual(base.paths.commercial.contingencyLabour.map(String));
    expect(after.paths.selfBuild.tco.toString()).toBe(base.paths.selfBuild.tco.toString());
  });

  test("a term that started before the project covers only its remaining months", () => {
    // Dated 2026-11 for 12 months: 2026-11 … 2027-10, i.e. window months 1–10; seats run from month 3.
    const after = quoted(seatQuote({ date: "2026-11", termMonths: 12 }));
    const fall = base.paths.commercial.tco.minus(after.paths.commercial.tco);
    expect(fall.toFixed(2)).toBe(new Decimal(8 * 5000 * 34).dividedBy(1.06).times(0.25).toFixed(2)); // 320,754.72
  });

  test("an offer that lapsed before the price book's date (2026-11-01) changes nothing", () => {
    const after = quoted(seatQuote({ validUntil: "2026-10-31" }));
    expect(after.paths.commercial.tco.toString()).toBe(base.paths.commercial.tco.toString());
  });

  test("a quote for the other region's price list does not cover a China deployment", () => {
    const after = quoted({ saas_seat_month_intl: { ...QUOTE } });
    expect(after.paths.commercial.tco.toString()).toBe(base.paths.commercial.tco.toString());
  });

  test("a line resting on several prices needs every one of its region's prices quoted", () => {
    const keys = linePriceKeys("appServers", "selfBuild").filter((k) => rateEntry(k).region !== "intl");
    expect(keys.length).toBeGreaterThan(1);
    const quote = (ks: readonly string[]): RateOverrides => Object.fromEntries(ks.map((k) => [k, { ...QUOTE }]));
    const servers = (overrides: RateOverrides) => quoted(overrides).paths.selfBuild.lines.find((l) => l.id === "appServers")!.quotedMonths;
    expect(servers(quote(keys.slice(1)))).toBeNull();
    expect(servers(quote(keys))).toEqual({ from: 1, to: 25 });
  });

  test("SEEN keeps its meaning: a public figure never removes contingency", () => {
    const after = quoted({ saas_seat_month_cn: { date: "2027-01", source: "Vendor page", status: "SEEN" } });
    expect(after.paths.commercial.tco.toString()).toBe(base.paths.commercial.tco.toString());
  });
});

describe("a QUOTED rate names what is missing", () => {
  const field = (overrides: RateOverrides): string => {
    try {
      computeBudget({}, { rateOverrides: overrides });
    } catch (e) {
      return (e as EngineError).field;
    }
    return "no error";
  };
  test.each([
    [{ termMonths: undefined }, "Rate_saas_seat_month_cn termMonths"],
    [{ termMonths: 0 }, "Rate_saas_seat_month_cn termMonths"],
    [{ termMonths: 121 }, "Rate_saas_seat_month_cn termMonths"],
    [{ termMonths: 1.5 }, "Rate_saas_seat_month_cn termMonths"],
    [{ validUntil: "2027-02-30" }, "Rate_saas_seat_month_cn validUntil"],
    [{ validUntil: "2027-03" }, "Rate_saas_seat_month_cn validUntil"],
    [{ document: " " }, "Rate_saas_seat_month_cn document"],
    [{ date: undefined }, "Rate_saas_seat_month_cn date"],
  ])("%p → %s", (change, expected) => {
    expect(field({ saas_seat_month_cn: { ...QUOTE, ...change } as never })).toBe(expected);
  });
});

function sumOf(values: readonly Decimal[]): Decimal {
  return values.reduce((a, b) => a.plus(b), new Decimal(0));
}
