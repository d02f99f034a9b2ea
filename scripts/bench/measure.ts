/** Small timing helpers shared by the bench sections: warm up, then the median of repeated runs. */
export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function timeMedian(fn: () => unknown, runs: number, warmup = Math.ceil(runs / 5)): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

export const verdict = (ok: boolean): string => (ok ? "✅ within target" : "❌ over target");
export const ms = (v: number): string => `${v.toFixed(2)} ms`;

export interface BenchSection {
  readonly title: string;
  readonly markdown: string;
}

/** Lets a section file print itself when run on its own (`npx tsx scripts/bench/<file>.ts`). */
export function printWhenRunDirectly(mod: NodeModule, run: () => Promise<BenchSection>): void {
  if (typeof require === "undefined" || require.main !== mod) return;
  run().then(
    (r) => console.log(`## ${r.title}\n\n${r.markdown}`),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}

/** The requirement sets several bench sections time: the defaults and a large private on-premise deployment. */
export const DEFAULT_CASE: [string, Record<string, unknown>] = ["defaults (5,000 staff, 5 years)", {}];
export const LARGE_CASE: [string, Record<string, unknown>] = ["headcount 100,000, 10 years, private, on-premise", { headcount: 100000, horizonYears: 10, commercialModel: "private", hosting: "onPremise" }];
