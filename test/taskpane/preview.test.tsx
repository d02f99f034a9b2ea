/** @jest-environment jsdom */
/**
 * The live preview shows exactly the engine's numbers (formatting only), recomputed after a short debounce,
 * with a hand-written SVG chart marking break-even years.
 */
// The risk worker's factory uses import.meta (webpack only): an in-thread fake replaces it.
jest.mock("../../src/taskpane/risk/createRiskWorker", () => require("./fakeRiskWorker"));
import * as React from "react";
import { act, fireEvent, render, waitFor } from "@testing-library/react";
import { PATH_IDS, ZERO, computeBudget, type BudgetResult } from "../../src/engine";
import { CumulativeChart, breakEvenPoints, cumulativeByPath, fiscalYearTicks, niceScale } from "../../src/taskpane/components/CumulativeChart";
import { METRICS, first12FiscalLabel, formatMetric, metricValue } from "../../src/taskpane/components/PreviewCards";
import { formatCompact, formatMoney } from "../../src/taskpane/i18n/format";
import type { Lang } from "../../src/taskpane/i18n/strings";
import { formToRaw, presetValues } from "../../src/taskpane/state/formState";
import { control, renderApp, screen } from "./helpers";

function expectPreviewEquals(result: BudgetResult, lang: Lang) {
  for (const p of PATH_IDS) {
    for (const m of METRICS) {
      const el = screen.getByTestId(`metric-${p}-${m}`);
      expect(el.getAttribute("data-value")).toBe(metricValue(result, p, m).toString());
      expect(el.textContent).toBe(formatMetric(result, p, m, lang));
    }
  }
}

describe("preview numbers", () => {
  it("equal computeBudget for the initial (medium) inputs", () => {
    renderApp("en-US");
    const expected = computeBudget(formToRaw(presetValues("medium")));
    expectPreviewEquals(expected, "en-US");
    // The metrics are the engine's fields.
    const p = expected.paths.selfBuild;
    expect(metricValue(expected, "selfBuild", "first12")).toBe(p.first12Months);
    expect(metricValue(expected, "selfBuild", "tco")).toBe(p.tco);
    expect(metricValue(expected, "selfBuild", "npv")).toBe(p.npv);
    expect(metricValue(expected, "selfBuild", "perUserMonth")).toBe(p.costPerUserMonth);
  });

  it("equal computeBudget after typing (percent typed in percent)", async () => {
    renderApp("zh-CN");
    fireEvent.change(control("headcount"), { target: { value: "12,000" } });
    fireEvent.change(control("dauRatio"), { target: { value: "70" } });
    const raw = { ...formToRaw(presetValues("medium")), headcount: 12000, dauRatio: 0.7 };
    const expected = computeBudget(raw);
    await waitFor(() => expect(screen.getByTestId("metric-hybrid-tco").getAttribute("data-value")).toBe(expected.paths.hybrid.tco.toString()));
    expectPreviewEquals(expected, "zh-CN");
  });

  it("equal computeBudget for every preset", async () => {
    renderApp("en-US");
    for (const id of ["small", "large", "medium"] as const) {
      fireEvent.click(screen.getByTestId(`preset-${id}`));
      const expected = computeBudget(formToRaw(presetValues(id)));
      await waitFor(() => expect(screen.getByTestId("metric-commercial-tco").getAttribute("data-value")).toBe(expected.paths.commercial.tco.toString()));
      expectPreviewEquals(expected, "en-US");
    }
  });

  it("recomputes once, ~150 ms after the last keystroke, and keeps the last valid result while a field is invalid", () => {
    jest.useFakeTimers();
    try {
      renderApp("en-US", undefined, 150);
      const before = screen.getByTestId("metric-selfBuild-tco").getAttribute("data-value");
      for (const v of ["6", "60", "600", "6000"]) fireEvent.change(control("headcount"), { target: { value: v } });
      act(() => jest.advanceTimersByTime(100));
      expect(screen.getByTestId("metric-selfBuild-tco").getAttribute("data-value")).toBe(before);
      act(() => jest.advanceTimersByTime(60));
      const expected = computeBudget({ ...formToRaw(presetValues("medium")), headcount: 6000 });
      expect(screen.getByTestId("metric-selfBuild-tco").getAttribute("data-value")).toBe(expected.paths.selfBuild.tco.toString());
      // Invalid: the preview stays on the last valid result and says so.
      fireEvent.change(control("headcount"), { target: { value: "0" } });
      act(() => jest.advanceTimersByTime(500));
      expect(screen.getByTestId("metric-selfBuild-tco").getAttribute("data-value")).toBe(expected.paths.selfBuild.tco.toString());
      expect(screen.getAllByText("Preview paused: fix the marked fields first").length).toBeGreaterThan(0);
    } finally {
      jest.useRealTimers();
    }
  });

  it("shows one path when the path view is narrowed", async () => {
    renderApp("en-US");
    fireEvent.click(document.querySelector('[data-section="path"] button')!);
    fireEvent.click(screen.getByRole("radio", { name: "Hybrid" }));
    await waitFor(() => expect(screen.queryByTestId("metric-selfBuild-tco")).toBeNull());
    expect(screen.getByTestId("metric-hybrid-tco")).toBeTruthy();
  });
});

describe("first 12 months card", () => {
  it("is labelled with the fiscal year(s) the first 12 months fall in", () => {
    expect(first12FiscalLabel(computeBudget({}), "en-US")).toBe("FY2027");
    expect(first12FiscalLabel(computeBudget({}), "zh-CN")).toBe("2027年度");
    // April fiscal year from 2027-01: months 1–3 in FY2026/27, months 4–12 in FY2027/28.
    expect(first12FiscalLabel(computeBudget({ fiscalYearStartMonth: 4 }), "en-US")).toBe("FY2026/27–FY2027/28");
    renderApp("en-US");
    expect(screen.getAllByText("First 12 months (FY2027)", { selector: "dt" })).toHaveLength(3);
  });

  it("holds the build year's one-off costs: 12 monthly totals summed independently", () => {
    const result = computeBudget({});
    for (const p of PATH_IDS) {
      const sum = result.paths[p].months.slice(0, 12).reduce((a, m) => a.plus(m), ZERO);
      expect(metricValue(result, p, "first12").toFixed(2)).toBe(sum.toFixed(2));
    }
    // The defaults: self-build builds for 12 months, so its first 12 months are its FY2027 column.
    expect(metricValue(result, "selfBuild", "first12").toFixed(2)).toBe(result.paths.selfBuild.years[0].toFixed(2));
  });
});

describe("cumulative chart (hand-written SVG)", () => {
  const result = computeBudget({});

  it("accumulates the engine's monthly totals from 0 at the project start", () => {
    const cum = cumulativeByPath(result);
    for (const p of PATH_IDS) {
      let run = 0;
      const expected = [0, ...result.paths[p].months.map((m) => (run += m.toNumber()))];
      expect(cum[p]).toHaveLength(result.horizonYears * 12 + 1);
      cum[p].forEach((v, i) => expect(v).toBeCloseTo(expected[i], 4));
      expect(cum[p][cum[p].length - 1]).toBeCloseTo(result.paths[p].tco.toNumber(), 4);
    }
  });

  it("marks each path's go-live month", () => {
    render(<CumulativeChart result={result} paths={PATH_IDS} lang="en-US" />);
    // Self-build at the defaults: 12 months of build from 2027-01, in service from 2028-01.
    expect(screen.getByTestId("go-live-selfBuild").getAttribute("data-month")).toBe("2028-01");
    for (const p of PATH_IDS) {
      const live = result.paths[p].goLive;
      const expected = `${2027 + Math.floor(live / 12)}-${String((live % 12) + 1).padStart(2, "0")}`;
      expect(screen.getByTestId(`go-live-${p}`).getAttribute("data-month")).toBe(expected);
    }
  });

  it("marks break-even months from BudgetResult.breakEven", () => {
    const points = breakEvenPoints(result, PATH_IDS);
    for (const pt of points) expect(result.breakEven[pt.a][pt.b]).toBe(pt.month);
    const expectedCount = PATH_IDS.flatMap((a) => PATH_IDS.map((b) => (a === b ? null : result.breakEven[a][b]))).filter((m) => m !== null).length;
    expect(points).toHaveLength(expectedCount);
    render(<CumulativeChart result={result} paths={PATH_IDS} lang="en-US" />);
    for (const pt of points) {
      const marker = screen.getByTestId(`break-even-${pt.a}-${pt.b}`);
      expect(marker.getAttribute("data-month")).toBe(String(pt.month));
    }
    const notes = screen.getByTestId("break-even-notes").textContent ?? "";
    expect(notes).toMatch(expectedCount > 0 ? /from 20\d\d-\d\d/ : /No path overtakes another/);
  });

  it("labels the x axis with fiscal years that do not overlap at the narrowest pane", () => {
    const ticks = fiscalYearTicks(computeBudget({ horizonYears: 10, fiscalYearStartMonth: 4 }), "en-US", 230 / 120);
    expect(ticks).toHaveLength(11); // FY2026/27 (3 months) … FY2036/37 (9 months)
    expect(ticks[0]).toMatchObject({ at: 0, label: "FY2026/27", labelled: false }); // three months are too narrow
    const shown = ticks.filter((t) => t.labelled);
    expect(shown.length).toBeGreaterThan(1);
    for (let i = 1; i < shown.length; i++) expect((shown[i].at - shown[i - 1].at) * (230 / 120)).toBeGreaterThanOrEqual(shown[i].label.length * 6.4);
  });

  it("is an SVG image with an accessible name and a data table by fiscal year", () => {
    render(<CumulativeChart result={result} paths={PATH_IDS} lang="zh-CN" />);
    const svg = screen.getByRole("img");
    expect(svg.tagName.toLowerCase()).toBe("svg");
    expect(svg.querySelectorAll("path[fill='none']")).toHaveLength(3);
    const table = screen.getByRole("table");
    expect(table.querySelectorAll("tbody tr")).toHaveLength(result.calendar.fiscalYears.length + 1);
    expect(table.textContent).toContain("2027年度");
    expect(table.textContent).toContain(formatMoney(result.paths.selfBuild.tco, "CNY", "zh-CN"));
  });

  it("scales the axis to a nice maximum", () => {
    expect(niceScale(27_891_932)).toEqual({ max: 30_000_000, step: 10_000_000 });
    expect(niceScale(43_934_868)).toEqual({ max: 50_000_000, step: 10_000_000 });
    expect(niceScale(9_000_000)).toEqual({ max: 10_000_000, step: 2_000_000 });
    expect(niceScale(270_067_826)).toEqual({ max: 300_000_000, step: 100_000_000 });
    expect(niceScale(0)).toEqual({ max: 1, step: 0.25 });
    expect(formatCompact(27_890_000, "CNY", "zh-CN")).toBe("¥2,789万");
    expect(formatCompact(27_890_000, "USD", "en-US")).toBe("$27.9M");
  });
});
