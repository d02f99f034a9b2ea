/** @jest-environment jsdom */
/**
 * The preview's "by fiscal year" table: a switch between cash, P&L, capex and opex that shows the engine's
 * column for that view per fiscal year and shown path, part years marked, a total row that is the sum, the
 * view's meaning as its caption, both languages; and the NPV card saying it is pre-tax and of cash.
 */
jest.mock("../../src/taskpane/risk/createRiskWorker", () => require("./fakeRiskWorker"));
import * as React from "react";
import { fireEvent, render, waitFor, within } from "@testing-library/react";
import { PATH_IDS, ZERO, computeBudget, type BudgetResult, type Decimal, type FinancialViewId, type PathId } from "../../src/engine";
import { FiscalYearViews } from "../../src/taskpane/components/FiscalYearViews";
import { formatCompact, formatMoney } from "../../src/taskpane/i18n/format";
import type { Lang } from "../../src/taskpane/i18n/strings";
import { formToRaw, presetValues } from "../../src/taskpane/state/formState";
import { control, renderApp, screen } from "./helpers";

const VIEWS: readonly FinancialViewId[] = ["cash", "pnl", "capex", "opex"];

/**
 * An April fiscal year from 2027-01 over 5 years: Jan–Mar 2027 are FY2026/27 (3 months), Apr 2031–Dec 2031 are
 * FY2031/32 (9 months). Bought hardware, a private licence and capitalised development give every path capex.
 */
const POLICY = { fiscalYearStartMonth: 4, hosting: "onPremise", commercialModel: "private", capitaliseDevelopment: true };
const result = computeBudget(POLICY);

const cellValue = (p: PathId, k: number | "total") => screen.getByTestId(`fy-${p}-${k}`).getAttribute("data-value");
const cellText = (p: PathId, k: number | "total") => screen.getByTestId(`fy-${p}-${k}`).textContent;
const columnSum = (xs: readonly Decimal[]) => xs.reduce((a, x) => a.plus(x), ZERO);

function expectTableShows(r: BudgetResult, view: FinancialViewId, paths: readonly PathId[], lang: Lang) {
  expect(screen.getByTestId("fiscal-views").getAttribute("data-view")).toBe(view);
  for (const p of paths) {
    const column = r.paths[p][view];
    expect(column).toHaveLength(r.calendar.fiscalYears.length);
    column.forEach((v, k) => {
      expect(cellValue(p, k)).toBe(v.toString());
      expect(cellText(p, k)).toBe(formatMoney(v, r.currency, lang));
    });
  }
}

describe("by fiscal year: the four views", () => {
  it("shows the cash view first and switches to each view's engine figures", () => {
    render(<FiscalYearViews result={result} paths={PATH_IDS} lang="en-US" stale={false} />);
    expectTableShows(result, "cash", PATH_IDS, "en-US");
    expect(screen.getByTestId("view-cash").getAttribute("aria-pressed")).toBe("true");
    for (const view of VIEWS) {
      fireEvent.click(screen.getByRole("button", { name: { cash: "Cash", pnl: "P&L", capex: "Capex", opex: "Opex" }[view] }));
      expectTableShows(result, view, PATH_IDS, "en-US");
      for (const v of VIEWS) expect(screen.getByTestId(`view-${v}`).getAttribute("aria-pressed")).toBe(String(v === view));
    }
  });

  it("changes the numbers when the view changes (capex differs from cash here)", () => {
    render(<FiscalYearViews result={result} paths={PATH_IDS} lang="en-US" stale={false} />);
    const before = cellValue("selfBuild", "total");
    fireEvent.click(screen.getByTestId("view-capex"));
    const after = cellValue("selfBuild", "total");
    // Bought hardware is capex, but self-build also pays opex (staff, operations, hidden costs): capex < cash.
    expect(Number(after)).toBeGreaterThan(0);
    expect(Number(after)).toBeLessThan(Number(before));
  });

  it("ends with a total row equal to the sum of the rows in every view; the cash total is the TCO", () => {
    render(<FiscalYearViews result={result} paths={PATH_IDS} lang="en-US" stale={false} />);
    for (const view of VIEWS) {
      fireEvent.click(screen.getByTestId(`view-${view}`));
      for (const p of PATH_IDS) {
        const rows = result.calendar.fiscalYears.map((_, k) => Number(cellValue(p, k)));
        const shown = Number(cellValue(p, "total"));
        expect(shown).toBeCloseTo(rows.reduce((a, x) => a + x, 0), 4);
        expect(cellValue(p, "total")).toBe(columnSum(result.paths[p][view]).toString());
        expect(cellText(p, "total")).toBe(formatMoney(columnSum(result.paths[p][view]), "CNY", "en-US"));
        if (view === "cash") expect(cellValue(p, "total")).toBe(result.paths[p].tco.toString());
      }
    }
    // Capex and opex add up to cash, column by column (the engine's definition of opex as paid).
    for (const p of PATH_IDS) result.paths[p].cash.forEach((c, k) => expect(result.paths[p].capex[k].plus(result.paths[p].opex[k]).toFixed(6)).toBe(c.toFixed(6)));
  });

  it("has one row per fiscal year, part years marked with their months, and a column per shown path", () => {
    render(<FiscalYearViews result={result} paths={["hybrid"]} lang="en-US" stale={false} />);
    const table = screen.getByRole("table", { name: "By fiscal year" });
    const heads = within(table).getAllByRole("rowheader").map((h) => h.textContent);
    expect(heads).toEqual([
      "FY2026/27(3m) part year: 3 months in the budget window",
      "FY2027/28",
      "FY2028/29",
      "FY2029/30",
      "FY2030/31",
      "FY2031/32(9m) part year: 9 months in the budget window",
      "Total",
    ]);
    expect(within(table).getAllByRole("columnheader").map((h) => h.textContent)).toEqual(["Fiscal year", "Hybrid"]);
    expect(screen.queryByTestId("fy-selfBuild-0")).toBeNull();
  });

  it("captions the table with the view's meaning", () => {
    render(<FiscalYearViews result={result} paths={PATH_IDS} lang="en-US" stale={false} />);
    const table = screen.getByRole("table");
    const caption = () => document.getElementById(table.getAttribute("aria-describedby")!)!.textContent;
    expect(caption()).toMatch(/^Cash: .*pre-tax NPV/);
    fireEvent.click(screen.getByTestId("view-pnl"));
    expect(caption()).toBe("P&L: opex as incurred + depreciation and amortisation");
  });

  it("speaks Chinese: view names, fiscal years, part-year marker, path names, total", () => {
    render(<FiscalYearViews result={result} paths={PATH_IDS} lang="zh-CN" stale={false} />);
    expect(screen.getAllByRole("button").map((b) => b.textContent)).toEqual(["现金", "损益", "资本支出", "费用支出"]);
    const table = screen.getByRole("table", { name: "按财年" });
    expect(within(table).getAllByRole("columnheader").map((h) => h.textContent)).toEqual(["财年", "自建", "商业", "混合"]);
    const heads = within(table).getAllByRole("rowheader").map((h) => h.textContent);
    expect(heads[0]).toBe("2026/27年度（3个月） 不完整财年：预算期内 3 个月");
    expect(heads[1]).toBe("2027/28年度");
    expect(heads[heads.length - 1]).toBe("合计");
    fireEvent.click(screen.getByRole("button", { name: "资本支出" }));
    expectTableShows(result, "capex", PATH_IDS, "zh-CN");
    expect(screen.getByTestId("view-meaning").textContent).toMatch(/^资本支出：/);
  });

  it("marks figures of earlier inputs as stale, like the cards", () => {
    const { rerender } = render(<FiscalYearViews result={result} paths={PATH_IDS} lang="en-US" stale={false} />);
    const frame = () => screen.getByRole("table").parentElement!;
    expect(frame().getAttribute("data-stale")).toBe("false");
    rerender(<FiscalYearViews result={result} paths={PATH_IDS} lang="en-US" stale />);
    expect(frame().getAttribute("data-stale")).toBe("true");
  });

  it("shows compact amounts, exact in the tooltip, when full amounts do not fit the box", () => {
    // jsdom has no layout: a table wider than its box is simulated.
    const table = jest.spyOn(HTMLElement.prototype, "offsetWidth", "get").mockImplementation(function (this: HTMLElement) {
      return this.tagName === "TABLE" ? 400 : 0;
    });
    const box = jest.spyOn(HTMLElement.prototype, "clientWidth", "get").mockImplementation(function (this: HTMLElement) {
      return this.tagName === "DIV" ? 260 : 0;
    });
    try {
      render(<FiscalYearViews result={result} paths={PATH_IDS} lang="zh-CN" stale={false} />);
      expect(screen.getByTestId("fiscal-views").getAttribute("data-compact")).toBe("true");
      const v = result.paths.commercial.cash[1];
      const cell = screen.getByTestId("fy-commercial-1");
      expect(cell.textContent).toBe(formatCompact(v.toNumber(), "CNY", "zh-CN"));
      expect(cell.getAttribute("title")).toBe(`精确值 ${formatMoney(v, "CNY", "zh-CN")}`);
      expect(cell.getAttribute("data-value")).toBe(v.toString());
    } finally {
      table.mockRestore();
      box.mockRestore();
    }
  });
});

describe("by fiscal year in the pane", () => {
  it("follows the inputs, and keeps the last valid figures, dashed, while a field is invalid", async () => {
    renderApp("en-US");
    const medium = formToRaw(presetValues("medium"));
    fireEvent.click(screen.getByTestId("view-opex"));
    expectTableShows(computeBudget(medium), "opex", PATH_IDS, "en-US");
    fireEvent.change(control("headcount"), { target: { value: "9000" } });
    const expected = computeBudget({ ...medium, headcount: 9000 });
    await waitFor(() => expect(cellValue("commercial", "total")).toBe(columnSum(expected.paths.commercial.opex).toString()));
    expectTableShows(expected, "opex", PATH_IDS, "en-US");
    fireEvent.change(control("headcount"), { target: { value: "-1" } });
    await waitFor(() => expect(screen.getByRole("table", { name: "By fiscal year" }).parentElement!.getAttribute("data-stale")).toBe("true"));
    expectTableShows(expected, "opex", PATH_IDS, "en-US");
  });

  it("says on the NPV card that NPV is pre-tax and of cash, in both languages", () => {
    const { unmount } = renderApp("en-US");
    const en = screen.getAllByText("NPV of cash, pre-tax (8%)", { selector: "dt" });
    expect(en).toHaveLength(3);
    expect(en[0].getAttribute("title")).toBe("Net present value of the cash view (what is paid, month by month), before tax, discounted at 8% a year");
    unmount();
    renderApp("zh-CN");
    const zh = screen.getAllByText("现金成本现值（税前，8%）", { selector: "dt" });
    expect(zh).toHaveLength(3);
    expect(zh[0].getAttribute("title")).toMatch(/现金口径.*税前/);
  });
});
