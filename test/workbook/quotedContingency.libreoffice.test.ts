/**
 * A QUOTED price in the workbook, recalculated by LibreOffice: the metered contingency of the lines it prices
 * leaves the months of the quote's term, exactly as the engine takes it out. Two ways in: the plan built with
 * the quote, and the default file with the quote typed into the RateCard row (status, date, validity, term,
 * document), as a user would.
 */
import { Decimal } from "decimal.js";
import { PATH_IDS, buildWorkbookPlan, computeBudget, linePriceKeys, rateEntry, type RateOverride, type RateOverrides, type WorkbookPlan } from "../../src/engine";
import { RATE_COLUMNS, RATE_FIRST_ROW } from "../../src/engine/workbook/buildRateCardSheet";
import { RATE_CARD_ENTRIES } from "../../src/engine/rateCard/rateCardEntries";
import { columnName } from "../../src/engine/workbook/excelAddress";
import { recalculatePlans, requireSoffice } from "../support/libreOffice";

const soffice = requireSoffice("QUOTED contingency in LibreOffice");
const run = soffice ? describe : describe.skip;
jest.setTimeout(600_000);

/** A seat quote prices every China price of the seat line: the three volume bands, the edition fee and the minimum spend. */
const KEYS = linePriceKeys("saasSeats", "commercial").filter((k) => rateEntry(k).region === "cn");
const QUOTE: RateOverride = { date: "2027-01", validUntil: "2027-03-31", termMonths: 24, document: "Q-2027-001", source: "Vendor quote", status: "QUOTED" };
const QUOTES: RateOverrides = Object.fromEntries(KEYS.map((k) => [k, QUOTE]));
const EXCEL_NAME = { selfBuild: "SelfBuild", commercial: "Commercial", hybrid: "Hybrid" } as const;
/** A cent, or twelve significant digits for large totals (as the recalculation test). */
const tolerance = (value: number): number => Math.max(0.01, 1e-12 * Math.abs(value));

run("QUOTED prices in the recalculated workbook", () => {
  const base = computeBudget({});
  const engine = computeBudget({}, { rateOverrides: QUOTES });
  const defaults: WorkbookPlan = buildWorkbookPlan({}, { language: "en-US", monteCarlo: false });
  const quotedPlan: WorkbookPlan = buildWorkbookPlan({}, { language: "en-US", rateOverrides: QUOTES, monteCarlo: false });
  let results: Awaited<ReturnType<typeof recalculatePlans>>;

  beforeAll(async () => {
    const typeQuote = (index: number, wb: import("exceljs").Workbook, plan: WorkbookPlan) => {
      if (index !== 1) return;
      const ws = wb.getWorksheet(plan.sheets.find((s) => s.key === "rateCard")!.name)!;
      for (const key of KEYS) {
        const row = RATE_FIRST_ROW + RATE_CARD_ENTRIES.findIndex((e) => e.key === key) + 1;
        const at = (column: number) => ws.getCell(`${columnName(column)}${row}`);
        at(RATE_COLUMNS.status).value = "QUOTED";
        at(RATE_COLUMNS.date).value = "2027-01";
        at(RATE_COLUMNS.validUntil).value = "2027-03-31";
        at(RATE_COLUMNS.termMonths).value = 24;
        at(RATE_COLUMNS.document).value = "Q-2027-001";
      }
    };
    results = await recalculatePlans([quotedPlan, defaults], { soffice: soffice!, timeoutMs: 540_000, edit: typeQuote });
  });

  test.each([
    ["built with the quote", 0],
    ["quote typed into the RateCard", 1],
  ])("%s: every path's TCO and NPV equal the engine's, Check_All TRUE, no error value", (_name, i) => {
    const r = results[i];
    for (const p of PATH_IDS) {
      const tco = engine.paths[p].tco.toNumber();
      const npv = engine.paths[p].npv.toNumber();
      expect(Math.abs(r.numName(`Total_TCO_${EXCEL_NAME[p]}`) - tco)).toBeLessThanOrEqual(tolerance(tco));
      expect(Math.abs(r.numName(`Total_NPV_${EXCEL_NAME[p]}`) - npv)).toBeLessThanOrEqual(tolerance(npv));
    }
    expect(r.errors()).toEqual([]);
    expect(r.boolName("Check_All")).toBe(true);
  });

  test("the commercial TCO falls by the hand-worked 906,132.08 (25% of 3,842,000 / 1.06 CNY of seats in the term)", () => {
    const fall = new Decimal(base.paths.commercial.tco.toNumber()).minus(results[1].numName("Total_TCO_Commercial"));
    expect(fall.toFixed(2)).toBe("906132.08");
  });
});
