import { readFileSync } from "node:fs";
import { COST_LINES } from "../../src/engine";
import { TIMING_DOC, timingRulesMarkdown } from "../../scripts/docs/timingRules";

test("docs/TIMING.md states the timing rule of every cost line, and is current (npm run docs:timing)", () => {
  const doc = readFileSync(TIMING_DOC, "utf8");
  expect(doc).toBe(timingRulesMarkdown());
  for (const l of COST_LINES) expect(doc).toContain(`| ${l.label.en} |`);
  expect(doc).toMatch(/\| Development team \(build\) \| Self-build, Commercial, Hybrid \| Each build month until go-live: yearly rate ÷ 12 \|/);
});
