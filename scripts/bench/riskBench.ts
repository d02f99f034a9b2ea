import { PATH_IDS, runMonteCarlo, prepareRisk, sensitivity, computeChecks } from "../../src/engine";
import { DEFAULT_CASE, LARGE_CASE, ms, timeMedian, verdict } from "./measure";

const TARGET_MS = 1000;
const RUNS = 5;

/** Monte Carlo: 10,000 trials for the three paths (compile + sample + evaluate + percentiles), median of 5 runs. */
export async function run(): Promise<{ title: string; markdown: string }> {
  const cases: [string, Record<string, unknown>][] = [
    DEFAULT_CASE,
    LARGE_CASE,
  ];
  const rows: string[] = [];
  for (const [label, raw] of cases) {
    const t = timeMedian(() => runMonteCarlo(raw, { trials: 10000, seed: 1 }), RUNS, 1);
    rows.push(`| 10,000 trials × 3 paths: ${label} | ${ms(t)} | ${TARGET_MS} ms | ${verdict(t <= TARGET_MS)} |`);
  }
  const closure = timeMedian(() => {
    const setup = prepareRisk({}, { backend: "closure" });
    const v = setup.modes();
    for (let n = 0; n < 10000; n++) setup.evaluate(v);
  }, RUNS, 1);
  rows.push(`| same, closure backend (no code generation, e.g. strict CSP), evaluation only | ${ms(closure)} | ${TARGET_MS} ms | ${verdict(closure <= TARGET_MS)} |`);
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
      "Defaults, seed 1, 10,000 trials (CNY, TCO before contingency):",
      "",
      "| path | base | P50 | P80 | P90 | risk-based contingency (P80 − base) | flat contingency |",
      "|---|---|---|---|---|---|---|",
      ...summary,
    ].join("\n"),
  };
}
