/**
 * Bench section for the worksheet functions: 10,000 IMCOST.TCO calls over 12-cell ranges (the real `tco`
 * from src/functions/functions.ts, with a minimal global CustomFunctions as in Node tests), against a
 * plain-number reference implementation of the same formula. Median of 7 timed rounds after warm-up.
 *
 * Called by scripts/bench.ts (which writes docs/BENCHMARKS.md); on its own:
 *   npx tsx scripts/bench/functionsBench.ts
 */
import { median, printWhenRunDirectly } from "./measure";

const CALLS = 10_000;
const CELLS = 12;
const ROUNDS = 7;
const WARMUP_ROUNDS = 2;
/** The target for the median of 10,000 calls. */
const TARGET_MS = 200;

type Tco = (annualCosts: unknown[][], upfront?: number, discountRate?: number) => number;

function installCustomFunctionsStub(): void {
  const g = globalThis as unknown as { CustomFunctions?: unknown };
  if (g.CustomFunctions !== undefined) return;
  class CustomFunctionsError extends Error {
    constructor(
      readonly code: string,
      message?: string,
    ) {
      super(message);
    }
  }
  g.CustomFunctions = { Error: CustomFunctionsError, ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" }, associate: () => undefined };
}

/** upfront + Σ c_t / (1+r)^t with plain numbers: what a hand-written JavaScript TCO would do. */
function referenceTco(annualCosts: unknown[][], upfront = 0, discountRate = 0): number {
  let total = upfront;
  let factor = 1;
  const v = 1 / (1 + discountRate);
  for (const row of annualCosts) {
    for (const cell of row) {
      factor *= v;
      if (typeof cell === "number") total += cell * factor;
    }
  }
  return total;
}

/** A deterministic pseudo-random sequence (mulberry32), so every run times the same inputs. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Call {
  readonly range: unknown[][];
  readonly upfront: number;
  readonly rate: number;
}

/** 10,000 calls as a sheet would make them: 12 monthly or yearly costs in a column, a few rates in use. */
function makeCalls(): Call[] {
  const next = random(20260101);
  const rates = [0.08, 0.06, 0.1, 0.075];
  return Array.from({ length: CALLS }, (_, i) => ({
    range: Array.from({ length: CELLS }, () => [Math.round(next() * 5_000_000) / 100]),
    upfront: Math.round(next() * 100_000_000) / 100,
    rate: rates[i % rates.length],
  }));
}

function timeRound(fn: Tco, calls: readonly Call[]): { ms: number; checksum: number } {
  let checksum = 0;
  const started = performance.now();
  for (const c of calls) checksum += fn(c.range, c.upfront, c.rate);
  return { ms: performance.now() - started, checksum };
}

export async function run(): Promise<{ title: string; markdown: string }> {
  installCustomFunctionsStub();
  const { tco } = (await import("../../src/functions/functions")) as { tco: Tco };
  const calls = makeCalls();

  for (let i = 0; i < WARMUP_ROUNDS; i++) {
    timeRound(tco, calls);
    timeRound(referenceTco, calls);
  }
  const decimalMs: number[] = [];
  const plainMs: number[] = [];
  let decimalSum = 0;
  let plainSum = 0;
  for (let i = 0; i < ROUNDS; i++) {
    const d = timeRound(tco, calls);
    const p = timeRound(referenceTco, calls);
    decimalMs.push(d.ms);
    plainMs.push(p.ms);
    decimalSum = d.checksum;
    plainSum = p.checksum;
  }
  // Both must compute the same thing (decimal is exact, doubles are off in the last digits).
  const maxDiff = calls.reduce((m, c) => Math.max(m, Math.abs(tco(c.range, c.upfront, c.rate) - referenceTco(c.range, c.upfront, c.rate))), 0);

  const dMed = median(decimalMs);
  const pMed = median(plainMs);
  const fmt = (ms: number) => ms.toFixed(ms < 10 ? 2 : 1);
  const verdict = dMed <= TARGET_MS ? `within the ${TARGET_MS} ms target` : `**over the ${TARGET_MS} ms target**`;
  const markdown = [
    `${CALLS.toLocaleString("en-US")} \`IMCOST.TCO\` calls, each over a ${CELLS}-cell range with an upfront cost and one of 4 discount rates; median of ${ROUNDS} rounds after ${WARMUP_ROUNDS} warm-up rounds (Node ${process.version}).`,
    "",
    "| implementation | median (ms) | min (ms) | max (ms) | per call (µs) |",
    "|---|---:|---:|---:|---:|",
    `| \`tco\` (argument checks + decimal.js engine + number at the edge) | ${fmt(dMed)} | ${fmt(Math.min(...decimalMs))} | ${fmt(Math.max(...decimalMs))} | ${((dMed * 1000) / CALLS).toFixed(2)} |`,
    `| plain-number reference (no checks, binary floating point) | ${fmt(pMed)} | ${fmt(Math.min(...plainMs))} | ${fmt(Math.max(...plainMs))} | ${((pMed * 1000) / CALLS).toFixed(3)} |`,
    "",
    `Ratio (decimal / plain): **${(dMed / pMed).toFixed(1)}×**. Decimal median ${fmt(dMed)} ms: ${verdict}.`,
    `Largest difference between the two results: ${maxDiff.toExponential(2)} (checksums ${decimalSum.toFixed(2)} vs ${plainSum.toFixed(2)}).`,
  ].join("\n");
  return { title: "Worksheet functions: IMCOST.TCO", markdown };
}

printWhenRunDirectly(module, run);
