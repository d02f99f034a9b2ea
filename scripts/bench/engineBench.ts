import { computeBudget } from "../../src/engine";
import { DEFAULT_CASE, LARGE_CASE, ms, timeMedian, verdict } from "./measure";

const TARGET_MS = 5;

/** Median time of the full three-path budget (validation, sizing, every line, totals). */
export async function run(): Promise<{ title: string; markdown: string }> {
  const cases: [string, Record<string, unknown>][] = [
    DEFAULT_CASE,
    ["headcount 100,000", { headcount: 100000 }],
    LARGE_CASE,
  ];
  const rows = cases.map(([label, raw]) => {
    const t = timeMedian(() => computeBudget(raw), 200);
    return `| ${label} | ${ms(t)} | ${TARGET_MS} ms | ${verdict(t <= TARGET_MS)} |`;
  });
  return {
    title: "Engine: full three-path budget",
    markdown: ["Median of 200 runs after 40 warm-up runs.", "", "| case | median | target | |", "|---|---|---|---|", ...rows].join("\n"),
  };
}
