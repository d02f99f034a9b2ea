import fc from "fast-check";
import { EngineError, OPTION_ID_PATTERN, applyQuote, computeBudget, defaultOptions, freeOptionId, isQuoted, parseQuoteTable, rankByTco, type BudgetOption } from "../../../src/engine";

const option = (id: string): BudgetOption => ({ id, name: id, path: "commercial", inputs: {}, rates: {} });

describe("freeOptionId", () => {
  test("keeps a free id, else numbers it from 2, ignoring case as Excel names do", () => {
    expect(freeOptionId([option("a")], "feishuCn")).toBe("feishuCn");
    expect(freeOptionId([option("FEISHUCN")], "feishuCn")).toBe("feishuCn2");
    expect(freeOptionId([option("feishuCn"), option("feishuCn2")], "feishuCn")).toBe("feishuCn3");
  });

  test("shortens a 31-character id so the number still fits", () => {
    const long = `a${"b".repeat(30)}`;
    expect(freeOptionId([option(long)], long)).toBe(`a${"b".repeat(29)}2`);
  });

  test("property: the id is new and follows the id rule", () => {
    const id = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,30}$/);
    fc.assert(
      fc.property(fc.array(id, { maxLength: 12 }), id, (taken, base) => {
        const out = freeOptionId(taken.map(option), base);
        expect(out).toMatch(OPTION_ID_PATTERN);
        expect(taken.map((t) => t.toLowerCase())).not.toContain(out.toLowerCase());
      }),
    );
  });
});

describe("applyQuote", () => {
  const rows = [
    ["item", "unitPrice", "currency", "quantity", "rateKey", "termMonths", "validUntil", "document", "quoteDate"],
    ["Seat", "36", "CNY", "5000", "saas_seat_month_t2_cn", "36", "2099-03-31", "Q-1", "2026-11-25"],
  ];

  test("prices only the option it names, as QUOTED, and leaves the others as they were", () => {
    const options = defaultOptions();
    const out = applyQuote(options, "commercial", parseQuoteTable(rows), {});
    expect(out.map(isQuoted)).toEqual([false, true, false]);
    expect(out[0]).toBe(options[0]);
    expect(out[2]).toBe(options[2]);
    // 36 without VAT; the rate card's seat list price includes 6% VAT: 36 × 1.06 = 38.16.
    expect(out[1].rates.saas_seat_month_t2_cn).toMatchObject({ list: "38.16", status: "QUOTED", document: "Q-1", validUntil: "2099-03-31" });
  });

  test("an unknown option is refused before anything changes", () => {
    const e = (() => {
      try {
        applyQuote(defaultOptions(), "feishu", parseQuoteTable(rows), {});
      } catch (x) {
        return x;
      }
    })();
    expect(e).toBeInstanceOf(EngineError);
    expect((e as EngineError).allowed).toBe("one of the options selfBuild, commercial, hybrid");
  });
});

test("rankByTco: lowest first, and equal TCOs keep their order", () => {
  const { paths } = computeBudget({});
  const items = (["selfBuild", "commercial", "hybrid"] as const).map((p) => ({ id: p, budget: paths[p] }));
  const expected = [...items].map((x) => [x.id, x.budget.tco.toNumber()] as const).sort((a, b) => a[1] - b[1]).map((x) => x[0]);
  expect(rankByTco(items).map((x) => x.id)).toEqual(expected);
  const twins = [{ id: "b", budget: paths.hybrid }, { id: "a", budget: paths.hybrid }];
  expect(rankByTco(twins).map((x) => x.id)).toEqual(["b", "a"]);
});
