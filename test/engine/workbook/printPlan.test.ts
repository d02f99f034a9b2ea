import { buildWorkbookPlan, ENGINE_VERSION, RATE_CARD_AS_OF, type CellPlan, type PrintableSheetPlan, type SheetPlan } from "../../../src/engine";
import { BUDGET_COLUMNS, budgetSheetLayout } from "../../../src/engine/workbook/budgetSheetLayout";
import { columnName } from "../../../src/engine/workbook/excelAddress";
import { fitColumnWidths, textWidthUnits, widestText } from "../../../src/engine/workbook/columnWidths";
import { MIN_PRINT_SCALE, printPlan, widthToPoints } from "../../../src/engine/workbook/printPlan";

const plan = buildWorkbookPlan({}, { monteCarlo: false, computedOn: "2026-12-01" });
const zh = buildWorkbookPlan({}, { language: "zh-CN", monteCarlo: false, computedOn: "2026-12-01" });
const sheet = (key: string): PrintableSheetPlan => plan.sheets.find((s) => s.key === key)!;
const footerText = (parts: readonly ({ text: string } | { field: string })[]): string => parts.map((p) => ("text" in p ? p.text : `{${p.field}}`)).join("");
/** A4 landscape (842 pt) less the plan's side margins, in points. */
const printableWidth = (s: PrintableSheetPlan): number => 842 - s.page.margins.left - s.page.margins.right;

describe("every sheet's page setup", () => {
  test.each(plan.sheets.map((s) => [s.name, s] as const))("%s prints on A4 landscape at 60%% or more, with print titles and the footer", (_name, s) => {
    const page = s.page;
    expect(page.orientation).toBe("landscape");
    expect(page.paper).toBe("A4");
    expect(page.minScale).toBeGreaterThanOrEqual(60);
    expect(page.scale).toBeGreaterThanOrEqual(60);
    expect(page.titleRows).not.toBeNull();
    expect(page.titleRows!.first).toBe(0);
    if (s.frozen && s.frozen.rows > 0) expect(page.titleRows!.last).toBe(s.frozen.rows - 1);
    expect(footerText(page.footer.left)).toBe("{sheetName}");
    expect(footerText(page.footer.center)).toBe(`IMCOST ${ENGINE_VERSION} · prices as of ${RATE_CARD_AS_OF}`);
    expect(footerText(page.footer.right)).toBe("Page {page} of {pages}");
    if (page.fitToWidth !== null) {
      // Fitting one page wide only where the whole width fits at 60% or more: used width × 0.6 ≤ printable width.
      expect(page.fitToWidth).toBe(1);
      const columns = Math.max(...s.blocks.map((b) => b.column + b.cells[0].length));
      let points = 0;
      for (let c = 0; c < columns; c++) points += ((s.columnWidths[c] || 8.43) * 7 + 5) * 0.75;
      expect(points * 0.6).toBeLessThanOrEqual(printableWidth(s));
    } else expect(page.scale).toBe(MIN_PRINT_SCALE);
  });

  test("the Chinese plan's footer is in Chinese, with the version and the price-book date", () => {
    const page = zh.sheets[0].page;
    expect(footerText(page.footer.center)).toBe(`IMCOST ${ENGINE_VERSION} · 价格截至 ${RATE_CARD_AS_OF}`);
    expect(footerText(page.footer.right)).toBe("第 {page} 页，共 {pages} 页");
  });

  test("the Cover is one page, the wide sheets repeat their frozen columns", () => {
    expect(sheet("cover").page).toMatchObject({ fitToWidth: 1, fitToHeight: 1 });
    expect(sheet("selfBuild").page).toMatchObject({ fitToWidth: null, scale: 60, titleColumns: { first: 0, last: 1 }, titleRows: { first: 0, last: budgetSheetLayout().windowYearRow } });
  });

  test("a narrow sheet fits one page wide; a sheet too wide at 60% prints at 60% across pages", () => {
    const base: SheetPlan = { key: "checks", name: "X", blocks: [{ row: 0, column: 0, cells: [[{ value: 1 }, { value: 2 }]] }], columnWidths: [10, 10], validations: [], conditionalFormats: [], charts: [], protect: false, print: { landscape: true, fitToWidth: true } };
    expect(printPlan(base, [10, 10], "en-US")).toMatchObject({ fitToWidth: 1, fitToHeight: null, scale: 100 });
    // 30 columns of 10 units: 30 × (75 px × 0.75) = 1687.5 pt; × 0.6 = 1012 pt > 770 pt printable.
    const wide = { ...base, blocks: [{ row: 0, column: 0, cells: [Array.from({ length: 30 }, (): CellPlan => ({ value: 1 }))] }] };
    expect(printPlan(wide, Array(30).fill(10), "en-US")).toMatchObject({ fitToWidth: null, scale: 60 });
    // 20 such columns: 1125 pt, × 0.6 = 675 pt fits; Excel's fitted scale is 770 / 1125 = 68%.
    const fits = { ...base, blocks: [{ row: 0, column: 0, cells: [Array.from({ length: 20 }, (): CellPlan => ({ value: 1 }))] }] };
    expect(printPlan(fits, Array(20).fill(10), "en-US")).toMatchObject({ fitToWidth: 1, scale: 68 });
  });
});

describe("column widths from the widest plausible number", () => {
  test("the widest text of each number format", () => {
    expect(widestText("#,##0")).toBe("-99,999,999,999");
    expect(widestText("#,##0.00")).toBe("-99,999,999,999.99");
    expect(widestText("0.0%")).toBe("-100.9%");
    expect(widestText("0.0000")).toBe("-9.9999");
    expect(widestText("yyyy-mm")).toBe("9999-99");
    expect(widestText('0" months"')).toBe("-9 months");
    expect(widestText("0.000E+00")).toBe("-9.999E+99");
    expect(widestText("General")).toBeNull();
    expect(widestText("@")).toBeNull();
  });

  test("Arial 10 text width in Excel units: px / 7, padding included, rounded up to a quarter", () => {
    // "0": 7.41 px + 10 px padding = 17.41 px = 2.49 units → 2.5.
    expect(textWidthUnits("0")).toBe(2.5);
    // "-99,999,999,999": 11 digits × 7.41 + 3 commas × 3.7 + minus 4.44 + 10 = 107.05 px = 15.29 → 15.5.
    expect(textWidthUnits("-99,999,999,999")).toBe(15.5);
    // Bold is 6% wider before the padding: 97.05 × 1.06 + 10 = 112.87 px = 16.12 → 16.25.
    expect(textWidthUnits("-99,999,999,999", true)).toBe(16.25);
  });

  test("widths grow to fit numbers and never shrink", () => {
    const s: SheetPlan = { key: "checks", name: "X", blocks: [{ row: 0, column: 0, cells: [[{ formula: "=1", numberFormat: "#,##0" }, { value: "long text", style: "label" }, { formula: "=1", numberFormat: "0.0%" }]] }], columnWidths: [8, 40, 30], validations: [], conditionalFormats: [], charts: [], protect: false, print: { landscape: true, fitToWidth: true } };
    expect(fitColumnWidths(s)).toEqual([15.5, 40, 30]);
  });

  test("every money column of the plan is at least as wide as the widest money text", () => {
    for (const s of plan.sheets)
      for (const b of s.blocks)
        b.cells.forEach((row) => row.forEach((cell, c) => cell.formula !== undefined && cell.numberFormat === "#,##0" && expect(s.columnWidths[b.column + c]).toBeGreaterThanOrEqual(15.5)));
  });
});

describe("columns past the horizon", () => {
  const budget = sheet("selfBuild");
  const L = budgetSheetLayout();
  const cells = budget.blocks[0].cells;

  test("every fiscal-year figure on a budget sheet is blank when the index row counts no month of that year", () => {
    for (let k = 0; k < 11; k++) {
      const col = BUDGET_COLUMNS.firstFiscal + k;
      const letter = String.fromCharCode(65 + col);
      for (const row of [L.firstLineRow + 1, L.totalRow, L.capexRow, L.opexRow, L.cumulativeRow]) {
        const f = cells[row][col].formula ?? "";
        if (cells[row][col].style === undefined) continue;
        expect(f.startsWith(`=IF(${letter}$${L.indexRow + 1}=0,"",`)).toBe(true);
      }
    }
    // The totals column adds them with SUM, which skips the blank text.
    expect(cells[L.totalRow][BUDGET_COLUMNS.total].formula).toMatch(/^=SUM\(/);
  });

  test("budget sheets, Compare, Phasing and Depreciation grey them out", () => {
    for (const key of ["selfBuild", "commercial", "hybrid", "compare", "phasing", "depreciation"]) expect(sheet(key).conditionalFormats.filter((c) => c.style === "muted").length).toBeGreaterThan(0);
    const at = (column: number) => `${columnName(column)}$4`;
    expect(budget.conditionalFormats.map((c) => c.formula)).toEqual([`=${at(BUDGET_COLUMNS.firstFiscal)}=0`, `=${at(BUDGET_COLUMNS.firstWindowYear)}>Input_horizonYears`, `=${at(BUDGET_COLUMNS.firstMonth)}>Input_horizonYears*12`]);
  });
});
