import { computeBudget } from "../../src/engine";
import { DEFAULT_CASE, LARGE_CASE, ms, printWhenRunDirectly, timeMedian, verdict } from "./measure";

/** Issue "budget calendar": ≤ 5 ms for the defaults (5 years, 60 months), ≤ 10 ms for ten years (120 months). */
const CASES: [string, Record<string, unknown>, number][] = [
  [...DEFAULT_CASE, 5],
  ["headcount 100,000", { headcount: 100000 }, 5],
  ["defaults, 10 years", { horizonYears: 10 }, 10],
  [...LARGE_CASE, 10],
];

/** Median time of the full three-path budget (validation, sizing, every line by month, fiscal years, totals). */
export async function run(): Promise<{ title: string; markdown: string }> {
  const rows = CASES.map(([label, raw, target]) => {
    const t = timeMedian(() => computeBudget(raw), 200);
    return `| ${label} | ${ms(t)} | ${target} ms | ${verdict(t <= target)} |`;
  });
  return {
    title: "Engine: full three-path budget with its monthly phasing",
    markdown: ["Median of 200 runs after 40 warm-up runs.", "", "| case | median | target | |", "|---|---|---|---|", ...rows].join("\n"),
  };
}

printWhenRunDirectly(module, run);
