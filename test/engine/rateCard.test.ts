import { defaultRequirements, parseRequirements } from "../../src/engine/requirements/validateRequirements";
import { RATE_CARD_ENTRIES } from "../../src/engine/rateCard/rateCardEntries";
import { applyRateOverrides, effectiveRate, rateEntry } from "../../src/engine/rateCard/rateCard";
import { EngineError } from "../../src/engine/EngineError";

describe("rate card", () => {
  test("keys are unique and usable in Excel names", () => {
    const keys = RATE_CARD_ENTRIES.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const k of keys) expect(k).toMatch(/^[a-z][a-z0-9_]*$/);
  });
  test.each(RATE_CARD_ENTRIES.map((e) => [e.key, e]))("%s has a source, a date, a status and a tax basis", (_k, e) => {
    expect(e.source.length).toBeGreaterThan(2);
    expect(e.date).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
    expect(["SEEN", "SEEN-2nd", "DERIVED", "EST"]).toContain(e.status);
    expect(e.vatRate).toBeGreaterThanOrEqual(0);
    expect(e.vatRate).toBeLessThan(0.3);
    expect(typeof e.listIncludesVat).toBe("boolean");
    expect(Number(e.list)).toBeGreaterThanOrEqual(0);
    expect(e.label.en.length * e.label.zh.length).toBeGreaterThan(0);
    if (e.kind === "price") expect(["CNY", "USD", "EUR", "SGD", "INR"]).toContain(e.currency);
    else expect(e.currency).toBeNull();
  });
  test("China prices including VAT lose it when VAT is reclaimable, keep it when not", () => {
    const e = rateEntry("saas_seat_month_cn"); // 50 CNY incl. 6% VAT, less the offer's 15% negotiated discount
    expect(effectiveRate(e, defaultRequirements()).toFixed(6)).toBe((42.5 / 1.06).toFixed(6));
    expect(effectiveRate(e, parseRequirements({ vatRecoverable: false })).toString()).toBe("42.5");
  });
  test("prices without VAT gain it when it is not reclaimable; USD converts at the FX rate", () => {
    const e = rateEntry("saas_seat_month_intl"); // Teams Enterprise 5.25 USD, no VAT included, 0% VAT
    expect(effectiveRate(e, defaultRequirements()).toString()).toBe("37.8"); // 5.25 × 7.2
    expect(effectiveRate(e, parseRequirements({ currency: "USD" })).toString()).toBe("5.25");
    const cny = rateEntry("salary_developer");
    expect(effectiveRate(cny, parseRequirements({ currency: "USD", fxUsdToCny: 8 })).toString()).toBe("37500");
  });
  test("negotiated discounts apply to prices, and overrides are checked", () => {
    const entries = applyRateOverrides({ saas_seat_month_cn: { list: 60, discount: 0.25 } });
    const e = entries.find((x) => x.key === "saas_seat_month_cn")!;
    expect(effectiveRate(e, parseRequirements({ vatRecoverable: false })).toString()).toBe("45");
    expect(() => applyRateOverrides({ nope: { list: 1 } })).toThrow(EngineError);
    expect(() => applyRateOverrides({ sms_cn: { discount: 1.5 } })).toThrow(/discount/);
    expect(() => applyRateOverrides({ sms_cn: { list: -1 } })).toThrow(/Rate_sms_cn/);
  });
});
