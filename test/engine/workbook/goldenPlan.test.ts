import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { buildWorkbookPlan, type PlanOptions } from "../../../src/engine";

/**
 * A pure refactor must not change the workbook: the plans in the fixture and the plans built now agree cell for
 * cell, formulas and values. The fixture pins the budget calendar's workbook (the 0.1.0 fixture served the
 * refactors before it); it is rewritten only on purpose, with IMCOST_WRITE_GOLDEN=1, when a change to the
 * workbook is intended, and that change is then reviewed in the diff of the numbers it moves.
 */
const CASES: Record<string, [Record<string, unknown>, PlanOptions]> = {
  "defaults-en": [{}, { language: "en-US" }],
  "defaults-zh": [{}, { language: "zh-CN" }],
  "large-private": [
    { headcount: 50000, hosting: "onPremise", commercialModel: "private", horizonYears: 10, deploymentRegion: "international", currency: "USD", domesticTech: true, mlpsLevel: 3, industry: "finance" },
    { language: "en-US" },
  ],
};

const FIXTURE = join(__dirname, "golden", "plans-calendar.json.gz");
const plans = (): Record<string, unknown> =>
  Object.fromEntries(Object.entries(CASES).map(([name, [raw, options]]) => [name, JSON.parse(JSON.stringify(buildWorkbookPlan(raw, { ...options, monteCarlo: { trials: 500, seed: 7 }, computedOn: "2026-12-01" })))]));
if (process.env.IMCOST_WRITE_GOLDEN === "1") writeFileSync(FIXTURE, gzipSync(JSON.stringify(plans())));
const golden = JSON.parse(gunzipSync(readFileSync(FIXTURE)).toString("utf8")) as Record<string, unknown>;

/** The first path at which two JSON values differ, or null. */
function firstDifference(a: unknown, b: unknown, path = "$"): string | null {
  if (typeof a !== typeof b || Array.isArray(a) !== Array.isArray(b) || (a === null) !== (b === null)) return `${path}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`;
  if (typeof a !== "object" || a === null) return Object.is(a, b) ? null : `${path}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`;
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  for (const k of new Set([...ka, ...kb])) {
    const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
    if (d) return d;
  }
  return null;
}

describe("workbook plan against the fixture (golden)", () => {
  it.each(Object.keys(CASES))("%s is identical cell for cell", (name) => {
    const [raw, options] = CASES[name];
    const plan = buildWorkbookPlan(raw, { ...options, monteCarlo: { trials: 500, seed: 7 }, computedOn: "2026-12-01" });
    expect(golden[name]).toBeDefined();
    expect(firstDifference(JSON.parse(JSON.stringify(plan)), golden[name])).toBeNull();
  });

  it("notices a changed formula", () => {
    const [raw, options] = CASES["defaults-en"];
    const plan = JSON.parse(JSON.stringify(buildWorkbookPlan(raw, { ...options, monteCarlo: { trials: 500, seed: 7 }, computedOn: "2026-12-01" })));
    const cells = plan.sheets.find((s: { key: string }) => s.key === "selfBuild").blocks[0].cells;
    const cell = cells.flat().find((c: { formula?: string }) => c.formula?.includes("SUM("));
    cell.formula = cell.formula.replace("SUM(", "MAX(");
    expect(firstDifference(plan, golden["defaults-en"])).toMatch(/selfBuild|sheets/);
  });
});
