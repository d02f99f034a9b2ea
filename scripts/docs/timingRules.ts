/**
 * docs/TIMING.md, written from the model's own data: each cost line, the paths it applies to, and the month
 * rule of its timing profile (the same words as the budget sheets' "Timing" column). `npm run docs:timing`
 * rewrites the file; test/docs/timingRules.test.ts fails when it is out of date.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { CATEGORIES, COST_LINES, PATHS, timingRule } from "../../src/engine";

export const TIMING_DOC = join(__dirname, "..", "..", "docs", "TIMING.md");

export function timingRulesMarkdown(): string {
  const head = [
    "# When each cost falls: the timing rule of every line",
    "",
    "Generated from `src/engine/lines/costLines.ts` by `npm run docs:timing`; do not edit by hand.",
    "",
    "The budget window is `horizonYears × 12` months from `projectStart`. A path builds from month 1 for its",
    "go-live months and is in service from the month after. Amounts are monthly: a yearly rate is spread ÷ 12",
    "over the months it applies to; a total is spread evenly over its months, or falls in one month. Running",
    "prices escalate from the price book's date by window year; salaries by the salary index. The budget",
    "sheets show the same rule beside each line, and the Phasing sheet shows every month.",
    "",
  ];
  const body = CATEGORIES.flatMap((c) => {
    const lines = COST_LINES.filter((l) => l.category === c.id);
    if (lines.length === 0) return [];
    return [
      `## ${c.label.en} (${c.label.zh})`,
      "",
      "| line | paths | when it falls | capex (asset class) |",
      "|---|---|---|---|",
      ...lines.map((l) => `| ${l.label.en} | ${PATHS.filter((p) => l.amount[p.id] !== undefined).map((p) => p.label.en).join(", ")} | ${timingRule(l.timing).en} | ${l.asset === "development" ? "development, when the policy capitalises it" : (l.asset ?? "no")} |`),
      "",
    ];
  });
  return [...head, ...body].join("\n");
}

if (require.main === module) {
  writeFileSync(TIMING_DOC, timingRulesMarkdown());
  console.log(`wrote ${TIMING_DOC}`);
}
