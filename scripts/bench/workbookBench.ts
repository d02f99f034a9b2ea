/**
 * Bench section for the workbook writers: what the Office writer sends to Excel (syncs, commands, request
 * payload) for the default workbook and for a 10-year horizon, first generation and regeneration, measured
 * with the recording fake of the Excel API; and the CLI's wall time (median of 3 `npm run budget` runs).
 *
 * Called by scripts/bench.ts (which writes docs/BENCHMARKS.md); on its own:
 *   npx tsx scripts/bench/workbookBench.ts
 */
import { median, printWhenRunDirectly } from "./measure";
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildWorkbookPlan } from "../../src/engine";
import { writeWorkbook } from "../../src/workbook/officeWriter";
import { FakeWorkbookState, installFakeExcel, uninstallFakeExcel, type BatchStats } from "../../test/fakes/fakeExcel";

const ROOT = resolve(__dirname, "../..");
/** Excel on the web rejects a request over 5 MB (RequestPayloadSizeLimitExceeded). */
const PAYLOAD_LIMIT = 5 * 1024 * 1024;
const CLI_RUNS = 3;

interface Measure {
  readonly label: string;
  readonly syncs: number;
  readonly batches: readonly BatchStats[];
  readonly ms: number;
}

const sumKinds = (batches: readonly BatchStats[], pick: (kind: string) => boolean): number =>
  batches.reduce((n, b) => n + Object.entries(b.kinds).reduce((m, [k, v]) => m + (pick(k) ? v : 0), 0), 0);

async function measure(label: string, horizonYears: number, regenerate: boolean): Promise<Measure> {
  const state = new FakeWorkbookState();
  state.addSheet("Sheet1");
  installFakeExcel(state);
  try {
    if (regenerate) await writeWorkbook(buildWorkbookPlan({ horizonYears }));
    const first = state.batches.length;
    const started = performance.now();
    const report = await writeWorkbook(buildWorkbookPlan({ horizonYears }), { userChangedInputs: new Set(["horizonYears"]) });
    const ms = performance.now() - started;
    return { label, syncs: report.syncs, batches: state.batches.slice(first), ms };
  } finally {
    uninstallFakeExcel();
  }
}

function runCli(out: string): Promise<number> {
  return new Promise((done, fail) => {
    const started = performance.now();
    execFile("npm", ["run", "--silent", "budget", "--", "--out", out], { cwd: ROOT }, (error) => (error ? fail(error) : done(performance.now() - started)));
  });
}


export async function run(): Promise<{ title: string; markdown: string }> {
  const cases = [await measure("default (5 years), first generation", 5, false), await measure("default (5 years), regeneration", 5, true), await measure("10-year horizon, first generation", 10, false), await measure("10-year horizon, regeneration", 10, true)];
  const plan = buildWorkbookPlan({});
  const cells = plan.sheets.reduce((n, s) => n + s.blocks.reduce((m, b) => m + b.cells.length * (b.cells[0]?.length ?? 0), 0), 0);

  const rows = cases.map((c) => {
    const all = c.batches;
    const rangeProps = sumKinds(all, (k) => k === "range.values" || k === "range.formulas" || k === "range.numberFormat");
    const formats = sumKinds(all, (k) => k.startsWith("format."));
    const names = sumKinds(all, (k) => k === "names.add" || k === "namedItem.formula");
    const validations = sumKinds(all, (k) => k.startsWith("dataValidation."));
    const cfs = sumKinds(all, (k) => k.startsWith("conditionalFormat"));
    const charts = sumKinds(all, (k) => k === "charts.add");
    const commands = all.reduce((n, b) => n + b.commands, 0);
    const largest = Math.max(...all.map((b) => b.payloadChars));
    return `| ${c.label} | ${c.syncs} | ${commands.toLocaleString("en-US")} | ${rangeProps} | ${formats} | ${names} | ${validations} | ${cfs} | ${charts} | ${(largest / 1024).toFixed(0)} KB (${((100 * largest) / PAYLOAD_LIMIT).toFixed(1)}% of 5 MB) | ${c.ms.toFixed(0)} |`;
  });

  const dir = mkdtempSync(join(tmpdir(), "imcost-bench-"));
  const times: number[] = [];
  let size = 0;
  try {
    for (let i = 0; i < CLI_RUNS; i++) {
      const out = join(dir, `budget-${i}.xlsx`);
      times.push(await runCli(out));
      size = statSync(out).size;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const markdown = [
    `The Office writer against the recording fake of the Excel API (test/fakes/fakeExcel.ts): the real plan (${plan.sheets.length} sheets, ${cells.toLocaleString("en-US")} planned cells, ${plan.names.length} names). Sync 1 inspects, sync 2 (regeneration only) reads the inputs and rates to keep, then one sync per write batch (whole sheets, kept under 40% of the 5 MB request limit; see src/workbook/writeBatches.ts). Range property assignments are \`values\` / \`formulas\` / \`numberFormat\` arrays (one per property per block); formats are font/fill/border/lock assignments on one RangeAreas per style and sheet; names counts \`names.add\` plus re-pointed \`formula\`. Payload = JSON length of the arrays written between two syncs (Excel on the web limits one request to 5 MB). The fake's time is JavaScript only, not Excel's.`,
    "",
    "| case | syncs | commands | range property assignments | format assignments | names | validation assignments | conditional-format assignments | charts | largest request payload (one batch) | fake ms |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...rows,
    "",
    `The layout always has ten year columns (the horizon is live through timing flags), so a 10-year horizon writes the same cells as the default.`,
    "",
    `CLI: \`npm run budget\` (defaults, into a temporary folder), median of ${CLI_RUNS} runs: **${(median(times) / 1000).toFixed(2)} s** (min ${(Math.min(...times) / 1000).toFixed(2)} s, max ${(Math.max(...times) / 1000).toFixed(2)} s; includes npm and tsx start-up); workbook ${(size / 1024).toFixed(0)} KB.`,
  ].join("\n");
  return { title: "Workbook writers: syncs, requests and CLI time", markdown };
}

printWhenRunDirectly(module, run);
