/**
 * Against a baseline: the same engine cases timed here and in another checkout (IMCOST_BASELINE=<folder with
 * src/engine>, e.g. a worktree of the parent commit), interleaved round by round so that both see the same
 * machine load. A refactor must stay within 15% of its parent; the absolute targets depend on the machine.
 */
import fs from "fs";
import path from "path";
import * as current from "../../src/engine";
import { DEFAULT_CASE, LARGE_CASE, median, printWhenRunDirectly, type BenchSection } from "./measure";

type Engine = Pick<typeof current, "computeBudget" | "runMonteCarlo">;
const LIMIT = 1.15;

function timeOnce(fn: () => unknown, reps: number): number {
  const t0 = performance.now();
  for (let i = 0; i < reps; i++) fn();
  return (performance.now() - t0) / reps;
}

/** Medians of `rounds` interleaved rounds, after one warm-up each. */
function compare(fnNow: () => unknown, fnBase: () => unknown, reps: number, rounds = 15): [number, number] {
  fnNow();
  fnBase();
  const now: number[] = [];
  const base: number[] = [];
  for (let r = 0; r < rounds; r++) {
    base.push(timeOnce(fnBase, reps));
    now.push(timeOnce(fnNow, reps));
  }
  return [median(now), median(base)];
}

export async function run(): Promise<BenchSection> {
  const title = "Against a baseline commit";
  const dir = process.env.IMCOST_BASELINE;
  if (!dir || !fs.existsSync(path.join(dir, "src", "engine", "index.ts"))) {
    return { title, markdown: "Not run: set `IMCOST_BASELINE` to a checkout of the commit to compare with (e.g. `git worktree add /tmp/base HEAD~1`)." };
  }
  const base = (await import(path.join(path.resolve(dir), "src", "engine", "index.ts"))) as Engine;
  const cases: [string, (e: Engine) => unknown, number][] = [
    [`computeBudget: ${DEFAULT_CASE[0]}`, (e) => e.computeBudget(DEFAULT_CASE[1]), 20],
    [`computeBudget: ${LARGE_CASE[0]}`, (e) => e.computeBudget(LARGE_CASE[1]), 10],
    ["runMonteCarlo: defaults, 10,000 trials", (e) => e.runMonteCarlo({}, { trials: 10000, seed: 1 }), 1],
  ];
  const rows = cases.map(([label, f, reps]) => {
    const [now, then] = compare(() => f(current), () => f(base), reps);
    const ratio = now / then;
    return `| ${label} | ${now.toFixed(2)} ms | ${then.toFixed(2)} ms | ${ratio.toFixed(3)} | ${ratio <= LIMIT ? "✅" : "❌"} ≤ ${LIMIT} |`;
  });
  return {
    title,
    markdown: [`Baseline: \`${dir}\`. Median of 15 interleaved rounds.`, "", "| case | now | baseline | ratio | limit |", "|---|---|---|---|---|", ...rows].join("\n"),
  };
}

printWhenRunDirectly(module, run);
