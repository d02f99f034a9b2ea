/** @jest-environment jsdom */
/**
 * The Risk section: Monte Carlo percentiles and contingencies from the risk worker (an in-thread fake running
 * the worker's own code) equal runMonteCarlo for the same inputs and seed; "computing…" while it runs; stale
 * answers ignored; one request per settled preview; an accessible tornado; generation reuses the result.
 */
// The risk worker's factory uses import.meta (webpack only): an in-thread fake replaces it.
jest.mock("../../src/taskpane/risk/createRiskWorker", () => require("./fakeRiskWorker"));
import * as React from "react";
import { act, fireEvent, render, waitFor, within } from "@testing-library/react";
import { PATH_IDS, buildWorkbookPlan, runMonteCarlo, sensitivity, type MonteCarloResult } from "../../src/engine";
import { App } from "../../src/taskpane/App";
import { CONTINGENCY_METRICS, PERCENTILE_METRICS, formatRiskMetric, riskValue } from "../../src/taskpane/components/RiskSection";
import { shortLabel, signedMoney } from "../../src/taskpane/components/TornadoChart";
import type { Lang } from "../../src/taskpane/i18n/strings";
import { RISK_SEED, RISK_TRIALS, computeRisk, latestOnly } from "../../src/taskpane/risk/riskProtocol";
import { formToRaw, presetValues } from "../../src/taskpane/state/formState";
import { failWorkerLoads, holdRiskAnswers, releaseRiskAnswers, resetRiskFake, riskRequests, workersCreated } from "./fakeRiskWorker";
import { control, fakeActions, renderApp, riskDone, screen } from "./helpers";

const medium = () => formToRaw(presetValues("medium"));

function expectRiskEquals(mc: MonteCarloResult, lang: Lang) {
  for (const p of PATH_IDS) {
    for (const m of [...PERCENTILE_METRICS, ...CONTINGENCY_METRICS]) {
      const el = screen.getByTestId(`risk-${p}-${m}`);
      expect(Number(el.getAttribute("data-value"))).toBe(riskValue(mc.paths[p], m));
      expect(el.textContent).toBe(formatRiskMetric(mc.paths[p], m, mc.currency, lang));
    }
  }
}

beforeEach(() => resetRiskFake());

describe("risk section", () => {
  it("shows the worker's percentiles, equal to runMonteCarlo for the same inputs and seed", async () => {
    renderApp("en-US");
    await riskDone();
    const expected = runMonteCarlo(medium(), { trials: 10000, seed: 1 });
    expectRiskEquals(expected, "en-US");
    for (const p of PATH_IDS) {
      const v = (m: string) => Number(screen.getByTestId(`risk-${p}-${m}`).getAttribute("data-value"));
      expect(v("p50")).toBeLessThanOrEqual(v("p80"));
      expect(v("p80")).toBeLessThanOrEqual(v("p90"));
      // Risk-based contingency is P80 − base (the default confidence level, 80%).
      expect(v("riskContingency")).toBeCloseTo(v("p80") - v("base"), 6);
    }
    // The request carried the form's raw inputs, 10,000 trials and seed 1.
    expect(riskRequests()[0]).toMatchObject({ raw: medium(), trials: RISK_TRIALS, seed: RISK_SEED });
    expect([RISK_TRIALS, RISK_SEED]).toEqual([10000, 1]);
    expect(screen.getByTestId("risk-status").textContent).toMatch(/^10,000 trials in \d+ ms$/);
    // Money as the preview formats it.
    expect(screen.getByTestId("risk-hybrid-p80").textContent).toMatch(/^¥\d{1,3}(,\d{3})+$/);
    expect(screen.getByTestId("risk-hybrid-flatConfidence").textContent).toMatch(/^\d+(\.\d)?%$/);
  });

  it("formats in Chinese and follows the path view", async () => {
    renderApp("zh-CN");
    await riskDone();
    expectRiskEquals(runMonteCarlo(medium()), "zh-CN");
    expect(screen.getByRole("heading", { name: "风险与预备费（应急储备）" })).toBeTruthy();
    const cards = screen.getByTestId("risk-cards");
    expect(within(cards).getAllByText("基于风险的预备费（置信水平下的 P − 基准）", { selector: "dt" })).toHaveLength(3);
    fireEvent.click(document.querySelector('[data-section="path"] button')!);
    fireEvent.click(screen.getByRole("radio", { name: "商业" }));
    expect(cards.querySelectorAll("[role=group][data-path]").length).toBe(1);
    expect(cards.querySelector("[role=group][data-path]")!.getAttribute("data-path")).toBe("commercial");
    expect(screen.queryByTestId("tornado-path")).toBeNull();
    expect(screen.getByRole("img", { name: /对 TCO 影响最大的因素 · 商业/ })).toBeTruthy();
  });

  it("shows computing… while the worker runs, keeping the last result, then the new one", async () => {
    holdRiskAnswers();
    renderApp("en-US");
    await act(() => new Promise((r) => setTimeout(r, 20)));
    const section = screen.getByTestId("risk");
    expect(section.getAttribute("data-status")).toBe("computing");
    expect(section.getAttribute("aria-busy")).toBe("true");
    expect(screen.getByTestId("risk-status").textContent).toBe("Computing…");
    expect(screen.queryByTestId("risk-cards")).toBeNull();
    act(() => releaseRiskAnswers());
    await riskDone();
    expect(screen.getByTestId("risk-status").textContent).not.toContain("Computing");

    holdRiskAnswers();
    fireEvent.change(control("headcount"), { target: { value: "8000" } });
    await act(() => new Promise((r) => setTimeout(r, 30)));
    expect(section.getAttribute("data-status")).toBe("computing");
    expect(screen.getByTestId("risk-status").textContent).toBe("Computing…");
    // The previous figures stay on screen meanwhile.
    expectRiskEquals(runMonteCarlo(medium()), "en-US");
    act(() => releaseRiskAnswers());
    await riskDone();
    expectRiskEquals(runMonteCarlo({ ...medium(), headcount: 8000 }), "en-US");
  });

  it("ignores answers to earlier requests, whatever order they arrive in", async () => {
    renderApp("en-US");
    await riskDone();
    holdRiskAnswers();
    fireEvent.change(control("headcount"), { target: { value: "7000" } });
    await waitFor(() => expect(riskRequests().length).toBe(2));
    fireEvent.change(control("headcount"), { target: { value: "9000" } });
    await waitFor(() => expect(riskRequests().length).toBe(3));
    const ids = riskRequests().map((r) => r.id);
    expect(new Set(ids).size).toBe(3);
    // The newest answer first, then the stale one: the stale one must not replace it.
    await act(async () => {
      releaseRiskAnswers("reversed");
      await new Promise((r) => setTimeout(r, 10));
    });
    await riskDone();
    expectRiskEquals(runMonteCarlo({ ...medium(), headcount: 9000 }), "en-US");
  });

  it("asks the worker once, 400 ms after the preview settles", async () => {
    jest.useFakeTimers();
    try {
      render(<App initialLang="en-US" theme="light" actions={fakeActions()} debounceMs={150} riskDebounceMs={400} />);
      // The first request goes out at once (the first preview is computed synchronously).
      act(() => jest.advanceTimersByTime(1));
      expect(riskRequests().length).toBe(1);
      act(() => jest.advanceTimersByTime(10));
      expect(screen.getByTestId("risk").getAttribute("data-status")).toBe("done");
      for (const v of ["6", "60", "600", "6000"]) {
        fireEvent.change(control("headcount"), { target: { value: v } });
        act(() => jest.advanceTimersByTime(50));
      }
      act(() => jest.advanceTimersByTime(150)); // preview settles (150 ms after the last keystroke)
      expect(screen.getByTestId("metric-hybrid-tco")).toBeTruthy();
      act(() => jest.advanceTimersByTime(399));
      expect(riskRequests().length).toBe(1);
      act(() => jest.advanceTimersByTime(1));
      expect(riskRequests().length).toBe(2);
      expect(riskRequests()[1].raw.headcount).toBe(6000);
      act(() => jest.advanceTimersByTime(10));
      expect(screen.getByTestId("risk").getAttribute("data-status")).toBe("done");
      // The same inputs typed differently ("6,000"): no new request.
      fireEvent.change(control("headcount"), { target: { value: "6,000" } });
      act(() => jest.advanceTimersByTime(200));
      act(() => jest.advanceTimersByTime(1000));
      expect(riskRequests().length).toBe(2);
      // Back to the first inputs: a new request (only the latest result is kept).
      fireEvent.change(control("headcount"), { target: { value: "5000" } });
      act(() => jest.advanceTimersByTime(200));
      act(() => jest.advanceTimersByTime(400));
      expect(riskRequests().length).toBe(3);
      act(() => jest.advanceTimersByTime(10));
    } finally {
      jest.useRealTimers();
    }
  });

  it("falls back to computing on the page when the worker cannot load", async () => {
    failWorkerLoads(1);
    const before = workersCreated();
    renderApp("en-US");
    await riskDone();
    expect(workersCreated()).toBe(before + 1);
    expect(riskRequests().length).toBe(1); // the broken worker got it; the fallback got it again
    expectRiskEquals(runMonteCarlo(medium()), "en-US");
    // Later requests go to the fallback as well.
    fireEvent.change(control("headcount"), { target: { value: "7000" } });
    await riskDone();
    expectRiskEquals(runMonteCarlo({ ...medium(), headcount: 7000 }), "en-US");
    expect(workersCreated()).toBe(before + 1);
  });

  it("keeps the last figures, marked, while a field is invalid", async () => {
    renderApp("en-US");
    await riskDone();
    fireEvent.change(control("headcount"), { target: { value: "abc" } });
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(screen.getByTestId("risk").textContent).toContain("Risk figures belong to the last valid inputs");
    expectRiskEquals(runMonteCarlo(medium()), "en-US");
    expect(riskRequests().length).toBe(1);
  });
});

describe("tornado", () => {
  it("is an image with an accessible name and description, and a table of the top drivers", async () => {
    renderApp("en-US");
    await riskDone();
    const svg = screen.getByRole("img", { name: "What moves the TCO most · Self-build" });
    expect(svg.tagName.toLowerCase()).toBe("svg");
    const desc = document.getElementById(svg.getAttribute("aria-describedby")!)!;
    expect(desc.tagName.toLowerCase()).toBe("desc");
    expect(desc.textContent).toContain("Self-build: change in the 5-year TCO before contingency");
    const sens = sensitivity(medium());
    const top = sens.selfBuild.filter((e) => e.swing > 0).slice(0, 6);
    const rows = [...screen.getByTestId("tornado-table").querySelectorAll("tbody tr")];
    expect(rows.map((r) => r.querySelector("th")!.textContent)).toEqual(top.map((e) => e.label.en));
    expect(rows[0].querySelectorAll("td")[1].textContent).toBe(signedMoney(top[0].high, "CNY", "en-US"));
    // Bars in swing order, labelled with the short name.
    const groups = [...svg.querySelectorAll("g[data-driver]")];
    expect(groups.map((g) => g.getAttribute("data-driver"))).toEqual(top.map((e) => e.driver));
    expect(groups[0].querySelector("text")!.textContent).toBe(shortLabel(top[0].label.en));
    expect(Number(groups[0].getAttribute("data-high"))).toBe(top[0].high);

    // The path picker switches the chart.
    fireEvent.change(screen.getByTestId("tornado-path"), { target: { value: "hybrid" } });
    const hybrid = screen.getByRole("img", { name: "What moves the TCO most · Hybrid" });
    expect([...hybrid.querySelectorAll("g[data-driver]")].map((g) => g.getAttribute("data-driver"))).toEqual(
      sens.hybrid.filter((e) => e.swing > 0).slice(0, 6).map((e) => e.driver),
    );
  });

  it("is labelled in Chinese", async () => {
    renderApp("zh-CN");
    await riskDone();
    const svg = screen.getByRole("img", { name: "对 TCO 影响最大的因素 · 自建" });
    expect(svg.querySelector("g[data-driver] text")!.textContent).not.toMatch(/[a-z]{4}/);
    expect(screen.getByTestId("tornado-table").querySelector("caption")!.textContent).toBe("自建 TCO 敏感性数据");
    expect(screen.getByTestId("tornado").textContent).toContain("取高值（悲观）");
  });

  it("shortens labels at the parenthesis", () => {
    expect(shortLabel("Salaries (all roles)")).toBe("Salaries");
    expect(shortLabel("自有开发工作量（团队规模、功能、POC）")).toBe("自有开发工作量");
    expect(shortLabel("Exchange rate")).toBe("Exchange rate");
  });
});

describe("generation", () => {
  it("passes the Monte Carlo result the pane shows, and none while it belongs to other inputs", async () => {
    const actions = fakeActions();
    renderApp("en-US", actions);
    await riskDone();
    fireEvent.click(screen.getByTestId("generate"));
    await screen.findByTestId("generate-success");
    expect(actions.generateCalls[0].options.monteCarlo).toEqual(runMonteCarlo(medium()));

    holdRiskAnswers();
    fireEvent.change(control("headcount"), { target: { value: "4321" } });
    await act(() => new Promise((r) => setTimeout(r, 30)));
    fireEvent.click(screen.getByTestId("generate"));
    await waitFor(() => expect(actions.generateCalls.length).toBe(2));
    expect(actions.generateCalls[1].raw.headcount).toBe(4321);
    expect(actions.generateCalls[1].options.monteCarlo).toBeUndefined();
    act(() => releaseRiskAnswers());
    await riskDone();
  });

  it("the plan built from the pane's result carries its percentiles (the Risk sheet shows what the pane showed)", () => {
    const raw = medium();
    const mc = computeRisk({ id: 1, raw, trials: 2000, seed: 7 });
    if (!mc.ok) throw new Error(mc.error);
    const plan = buildWorkbookPlan(raw, { language: "en-US", monteCarlo: mc.monteCarlo, computedOn: "2026-01-01" });
    const values = plan.sheets.find((s) => s.key === "risk")!.blocks.flatMap((b) => b.cells.flat().map((c) => c.value));
    for (const p of PATH_IDS) expect(values).toContain(mc.monteCarlo.paths[p].tco.p80);
  });
});

describe("worker protocol", () => {
  it("computeRisk answers with the engine's results, or the error", () => {
    const ok = computeRisk({ id: 5, raw: medium(), trials: 500, seed: 3 });
    expect(ok.id).toBe(5);
    expect(ok.ok && ok.monteCarlo).toEqual(runMonteCarlo(medium(), { trials: 500, seed: 3 }));
    expect(ok.ok && ok.sensitivity).toEqual(sensitivity(medium()));
    const bad = computeRisk({ id: 6, raw: medium(), trials: 0, seed: 1 });
    expect(bad).toMatchObject({ id: 6, ok: false });
  });

  it("latestOnly runs only the newest of a burst", async () => {
    const ran: number[] = [];
    const post = latestOnly((r) => ran.push(r.id));
    for (const id of [1, 2, 3]) post({ id, raw: {}, trials: 1, seed: 1 });
    await new Promise((r) => setTimeout(r, 5));
    post({ id: 4, raw: {}, trials: 1, seed: 1 });
    await new Promise((r) => setTimeout(r, 5));
    expect(ran).toEqual([3, 4]);
  });
});
