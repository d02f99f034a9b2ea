import { EngineError, parseQuoteTable, quoteRateOverrides, expiredQuoteItems, RATE_CARD_ENTRIES } from "../../../src/engine";
import { errorOf } from "../../support/errorOf";
import { applyRateOverrides, effectiveRate } from "../../../src/engine/rateCard/rateCard";
import { parseRequirements } from "../../../src/engine/requirements/validateRequirements";

const HEADER = ["Item", "Unit price", "Currency", "Quantity", "rateKey", "VAT rate", "含税", "Term months", "Valid until", "Document", "Quote date", "Discount"];
const row = (over: Partial<Record<string, string>> = {}) => {
  const base: Record<string, string> = { Item: "Business seat", "Unit price": "10.60", Currency: "USD", Quantity: "5000", rateKey: "saas_seat_month_t2_cn", "VAT rate": "6%", 含税: "是", "Term months": "24", "Valid until": "2027-03-31", Document: "Q-77", "Quote date": "2026-11-20", Discount: "" };
  return HEADER.map((h) => over[h] ?? base[h]);
};

test("a USD quote that includes VAT lands in CNY without the reclaimable VAT, to the cent", () => {
  const req = parseRequirements({ fxUsdToCny: 7.2, vatRecoverable: true });
  const rates = quoteRateOverrides(parseQuoteTable([HEADER, row()]), req, RATE_CARD_ENTRIES);
  // 10.60 USD with 6% VAT = 10.00 USD net; × 7.2 = 72.00 CNY net; the China seat list includes 6% VAT: 76.32.
  expect(Number(rates.saas_seat_month_t2_cn.list)).toBeCloseTo(76.32, 10);
  const entry = applyRateOverrides(rates).find((e) => e.key === "saas_seat_month_t2_cn")!;
  expect(effectiveRate(entry, req).toFixed(2)).toBe("72.00");
  expect([entry.status, entry.quote]).toEqual(["QUOTED", { validUntil: "2027-03-31", termMonths: 24, document: "Q-77" }]);
});

test("a discount is kept as the rate's discount; VAT not reclaimable is added at the rate card's rate", () => {
  const req = parseRequirements({ fxUsdToCny: 7.2, vatRecoverable: false });
  const rates = quoteRateOverrides(parseQuoteTable([HEADER, row({ Discount: "10%" })]), req, RATE_CARD_ENTRIES);
  const entry = applyRateOverrides(rates).find((e) => e.key === "saas_seat_month_t2_cn")!;
  // 72.00 net × (1 − 10%) = 64.80, + 6% VAT that cannot be reclaimed = 68.688.
  expect(effectiveRate(entry, req).toFixed(3)).toBe("68.688");
});

test("a CNY quote without VAT into a USD rate converts at fxUsdToCny", () => {
  const req = parseRequirements({ fxUsdToCny: 8 });
  const rates = quoteRateOverrides(parseQuoteTable([HEADER, row({ "Unit price": "1,000", Currency: "cny", 含税: "不含税", rateKey: "private_licence_seat_intl" })]), req, RATE_CARD_ENTRIES);
  expect(rates.private_licence_seat_intl.list).toBe("125");
});

test.each<[string, string[][], string, string]>([
  ["a negative price", [HEADER, row({ "Unit price": "-3" })], 'row 2, column "Unit price"', "a number ≥ 0"],
  ["an unknown currency", [HEADER, row(), row({ Currency: "GBP" })], 'row 3, column "Currency"', "CNY, USD, EUR, SGD or INR"],
  ["a VAT rate above 100%", [HEADER, row({ "VAT rate": "106" })], 'row 2, column "VAT rate"', "a fraction from 0 to 1 (6% or 0.06); blank = 0"],
  ["an impossible day", [HEADER, row({ "Valid until": "2027-02-30" })], 'row 2, column "Valid until"', "the last day the quote stands, YYYY-MM-DD"],
  ["a missing document", [HEADER, row({ Document: "" })], 'row 2, column "Document"', "the quote's reference"],
  ["an extra line", [HEADER, row({ rateKey: "" })], 'row 2, column "rateKey"', "the rate key the item prices (an item without one, an extra line, is not supported yet)"],
  ["an unknown header", [[...HEADER.slice(0, 11), "Colour"], row()], 'row 1, column "Colour"', expect.any(String) as unknown as string],
  ["no quantity column", [HEADER.filter((h) => h !== "Quantity"), row().filter((_, i) => HEADER[i] !== "Quantity")], 'row 1, column "quantity"', "the columns item, unitPrice, currency, quantity"],
])("%s is refused, naming the row and the column", (_what, rows, field, allowed) => {
  const e = errorOf(() => parseQuoteTable(rows));
  expect(e).toBeInstanceOf(EngineError);
  expect(e.field).toBe(field);
  expect(e.allowed).toEqual(allowed);
});

test("a rate priced twice or a parameter is refused, naming the row", () => {
  const req = parseRequirements({});
  expect(errorOf(() => quoteRateOverrides(parseQuoteTable([HEADER, row(), row()]), req, RATE_CARD_ENTRIES)).allowed).toBe("each rate priced once (row 2 prices saas_seat_month_t2_cn too)");
  expect(errorOf(() => quoteRateOverrides(parseQuoteTable([HEADER, row({ rateKey: "vms_per_sre" })]), req, RATE_CARD_ENTRIES)).field).toBe('row 2, column "rateKey"');
});

test("an expired quote is found against the day it is used", () => {
  const items = parseQuoteTable([HEADER, row(), row({ rateKey: "saas_seat_month_t3_cn", "Valid until": "2026-11-30" })]);
  expect(expiredQuoteItems(items, "2026-12-01").map((i) => i.row)).toEqual([3]);
  expect(expiredQuoteItems(items, "2026-11-30")).toEqual([]);
});

test("importing a quote changes exactly the lines resting on the prices it quotes", () => {
  const { computeOptions, parseOptions, linePriceKeys } = jest.requireActual("../../../src/engine") as typeof import("../../../src/engine");
  const req = parseRequirements({});
  const items = parseQuoteTable([HEADER, row({ rateKey: "saas_seat_month_t2_cn", "Unit price": "36", Currency: "CNY" }), row({ rateKey: "rtc_audio_min_cn", "Unit price": "0.005", Currency: "CNY" })]);
  const rates = quoteRateOverrides(items, req, RATE_CARD_ENTRIES);
  const [plain, quoted] = computeOptions({}, [...parseOptions({ options: [{ id: "q", name: "Quoted", path: "commercial", overrides: { rates } }], replaceDefaults: true }), ...parseOptions({ options: [{ id: "p", name: "Plain", path: "commercial" }], replaceDefaults: true })].reverse());
  const quotedKeys = new Set(Object.keys(rates));
  const changed = quoted.budget.lines.filter((l, i) => l.total.toString() !== plain.budget.lines[i].total.toString()).map((l) => l.id);
  const resting = quoted.budget.lines.filter((l) => linePriceKeys(l.id, "commercial").some((k) => quotedKeys.has(k)) && !l.total.isZero()).map((l) => l.id);
  expect(changed.length).toBeGreaterThan(0);
  expect(changed).toEqual(resting);
});
