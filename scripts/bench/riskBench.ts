import { PATH_IDS, runMonteCarlo, prepareRisk, sensitivity, computeChecks } from "../../src/engine";
import { DEFAULT_CASE, LARGE_CASE, ms, printWhenRunDirectly, timeMedian, verdict } from "./measure";

const TARGET_MS = 1000;
const RUNS = 5;

/** Monte Carlo: 10,000 trials for the three paths (compile + sample + evaluate + percentiles), median of 5 runs. */
export async function run(): Promise<{ title: string; markdown: string }> {
  const cases: [string, Record<string, unknown>][] = [
    DEFAULT_CASE,
    LARGE_CASE,
  ];
  const rows: string[] = [];
  const runTimes: number[] = [];
  for (const [label, raw] of cases) {
    const t = timeMedian(() => runMonteCarlo(raw, { trials: 10000, seed: 1 }), RUNS, 1);
    runTimes.push(t);
    rows.push(`| 10,000 trials × 3 paths: ${label} | ${ms(t)} | ${TARGET_MS} ms | ${verdict(t <= TARGET_MS)} |`);
  }
  // The pane (worker and page) compiles with closures: its Content-Security-Policy forbids `new Function`.
  // Node (CLI, bench) keeps code generation. Same model, same numbers; only the evaluation differs.
  const evaluation = (backend: "function" | "closure") =>
    timeMedian(() => {
      const setup = prepareRisk({}, { backend });
      const v = setup.modes();
      for (let n = 0; n < 10000; n++) setup.evaluate(v);
    }, RUNS, 1);
  const generated = evaluation("function");
  const closure = evaluation("closure");
  rows.push(`| 10,000 evaluations, defaults: code generation (Node: CLI, bench), compile + evaluate | ${ms(generated)} | – | |`);
  rows.push(`| same, closure backend (the pane: no code generation under its CSP), compile + evaluate | ${ms(closure)} | ${TARGET_MS} ms | ${verdict(closure <= TARGET_MS)} |`);
  const paneRun = timeMedian(() => runMonteCarlo({}, { trials: 10000, seed: 1, backend: "closure" }), RUNS, 1);
  rows.push(`| 10,000 trials × 3 paths: defaults, closure backend (what the pane's worker runs) | ${ms(paneRun)} | ${TARGET_MS} ms | ${verdict(paneRun <= TARGET_MS)} |`);
  const ratio = `Closures instead of code generation: ${(closure / generated).toFixed(1)}× the time for the evaluations alone, ${(paneRun / runTimes[0]).toFixed(1)}× for a whole 10,000-trial run (defaults).`;
  const setup = prepareRisk({});
  const sens = timeMedian(() => sensitivity({}), RUNS, 1);
  const checks = timeMedian(() => computeChecks({}), RUNS, 1);
  const stmts = setup.model.statements;
  const r = runMonteCarlo({}, { trials: 10000, seed: 1 });
  const summary = PATH_IDS.map((p) => `| ${p} | ${Math.round(r.paths[p].base).toLocaleString("en-US")} | ${Math.round(r.paths[p].tco.p50).toLocaleString("en-US")} | ${Math.round(r.paths[p].tco.p80).toLocaleString("en-US")} | ${Math.round(r.paths[p].tco.p90).toLocaleString("en-US")} | ${Math.round(r.paths[p].riskContingency).toLocaleString("en-US")} | ${Math.round(r.paths[p].flatContingency).toLocaleString("en-US")} |`);
  return {
    title: "Risk: Monte Carlo, sensitivity and checks",
    markdown: [
      `Median of ${RUNS} runs after one warm-up. The compiled model folds everything no driver moves; ${stmts} computed values per trial for the defaults (backend: ${setup.model.backend}).`,
      "",
      "| case | median | target | |",
      "|---|---|---|---|",
      ...rows,
      `| sensitivity (tornado, 10 drivers × low/high × 3 paths) | ${ms(sens)} | – | |`,
      `| computeChecks (all checks, defaults) | ${ms(checks)} | – | |`,
      "",
      ratio,
      "",
      "Defaults, seed 1, 10,000 trials (CNY, TCO before contingency):",
      "",
      "| path | base | P50 | P80 | P90 | risk-based contingency (P80 − base) | flat contingency |",
      "|---|---|---|---|---|---|---|",
      ...summary,
    ].join("\n"),
  };
}

printWhenRunDirectly(module, run);
