import { buildWorkbookPlan } from "../../../src/engine/workbook/buildWorkbookPlan";
import { REQUIREMENT_SPECS } from "../../../src/engine/requirements/requirementSpecs";
import { RATE_CARD_ENTRIES } from "../../../src/engine/rateCard/rateCardEntries";
import type { WorkbookPlan } from "../../../src/engine/workbook/WorkbookPlan";
import { EngineError } from "../../../src/engine/EngineError";
import { THRESHOLDS } from "../../../src/engine/checks/checkDefinitions";

const plans: [string, WorkbookPlan][] = [
  ["en-US", buildWorkbookPlan({}, { language: "en-US" })],
  ["zh-CN", buildWorkbookPlan({}, { language: "zh-CN" })],
];

function* cells(plan: WorkbookPlan) {
  for (const s of plan.sheets) for (const b of s.blocks) for (const [i, row] of b.cells.entries()) for (const [j, c] of row.entries()) yield { sheet: s, row: b.row + i, col: b.column + j, cell: c };
}

describe.each(plans)("workbook plan (%s)", (_lang, plan) => {
  test("the sheets of the product design, in order", () => {
    expect(plan.sheets.map((s) => s.key)).toEqual(["cover", "inputs", "rateCard", "sizing", "selfBuild", "commercial", "hybrid", "phasing", "compare", "risk", "checks", "depreciation"]);
    expect(new Set(plan.sheets.map((s) => s.name)).size).toBe(plan.sheets.length);
  });
  test("names contract: Input_<key>, Rate_<key>, six totals, Check_All and Warning_Count, each one cell, none twice", () => {
    const names = plan.names.map((n) => n.name);
    expect(new Set(names).size).toBe(names.length);
    for (const s of REQUIREMENT_SPECS) expect(names).toContain(`Input_${s.key}`);
    for (const e of RATE_CARD_ENTRIES) expect(names).toContain(`Rate_${e.key}`);
    for (const p of ["SelfBuild", "Commercial", "Hybrid"]) {
      expect(names).toContain(`Total_TCO_${p}`);
      expect(names).toContain(`Total_NPV_${p}`);
    }
    expect(names).toContain("Check_All");
    expect(names).toContain("Warning_Count");
    for (const n of plan.names) expect(n.address).toMatch(/^\$[A-Z]+\$\d+$/);
  });
  test("blocks are rectangular", () => {
    for (const s of plan.sheets) for (const b of s.blocks) for (const row of b.cells) expect(row.length).toBe(b.cells[0].length);
  });
  test("only built-in, non-volatile functions; no IMCOST.*; every name a formula uses exists", () => {
    const defined = new Set(plan.names.map((n) => n.name));
    for (const { cell } of cells(plan)) {
      if (!cell.formula) continue;
      expect(cell.formula.startsWith("=")).toBe(true);
      expect(cell.formula).not.toMatch(/IMCOST\.|\b(OFFSET|INDIRECT|TODAY|NOW|RAND|RANDBETWEEN)\(/i);
      const stripped = cell.formula.replace(/"[^"]*"/g, "").replace(/'[^']*'!/g, "");
      for (const m of stripped.matchAll(/\b((?:Input|Rate|Total|Check|Warning|CostPerUserMonth|EstimateShare)_[A-Za-z0-9_]+)\b/g)) expect(defined.has(m[1])).toBe(true);
    }
  });
  test("inputs only on Inputs, RateCard, the Risk drivers and the sign-off/POC cells; elsewhere every number is a formula", () => {
    for (const { sheet, cell } of cells(plan)) {
      if (cell.style === "input") expect(["inputs", "rateCard", "risk", "cover", "checks"]).toContain(sheet.key);
      // The Risk sheet also holds values the engine computed (Monte Carlo percentiles, exposure weights), labelled as such;
      // the Checks sheet its thresholds, each in a labelled row of the thresholds block.
      if (!["inputs", "rateCard", "risk", "checks"].includes(sheet.key) && cell.formula === undefined) expect(typeof cell.value === "number").toBe(false);
    }
    const checks = plan.sheets.find((s) => s.key === "checks")!.blocks[0].cells;
    const numbers = checks.filter((row) => row.some((c) => c.formula === undefined && typeof c.value === "number"));
    expect(numbers.map((row) => [row[1].value, row[2].value])).toEqual(THRESHOLDS.map((t) => [t.value, t.id]));
    for (const row of numbers) expect(typeof row[0].value === "string" && (row[0].value as string).length > 4).toBe(true);
  });
  test("user-visible text that looks like a formula stays a value, never a formula", () => {
    const texts = [...cells(plan)].filter(({ cell }) => typeof cell.value === "string");
    expect(texts.length).toBeGreaterThan(100);
    for (const { cell } of texts) expect(cell.formula).toBeUndefined();
  });
  test("every input has validation or a check; the Inputs sheet reads as a key/value range from A2", () => {
    const inputs = plan.sheets.find((s) => s.key === "inputs")!;
    const rows = inputs.blocks[0].cells;
    REQUIREMENT_SPECS.forEach((s, i) => expect(rows[i + 1][0].value).toBe(s.key));
    expect(REQUIREMENT_SPECS.length + 1).toBeLessThanOrEqual(80); // the range buildInputsSheet documents, A2:B80
    expect(plan.inputCells.headcount).toEqual({ sheet: "inputs", address: "$B$2" });
  });
  test("a TCO chart on the Cover (drawn by the Office writer), one on Compare, a tornado bar chart per path on Risk", () => {
    expect(plan.sheets.flatMap((s) => s.charts.map((c) => `${s.key}:${c.type}`))).toEqual(["cover:columnClustered", "compare:line", "risk:barClustered", "risk:barClustered", "risk:barClustered"]);
  });
});

test("invalid requirements are rejected before any plan is built", () => {
  expect(() => buildWorkbookPlan({ headcount: 0 })).toThrow(EngineError);
});

test("text typed by users (inputs) is kept as a value even when it starts with = + - @", () => {
  const plan = buildWorkbookPlan({}, { language: "en-US" });
  const rate = plan.sheets.find((s) => s.key === "rateCard")!;
  const sources = rate.blocks[0].cells.slice(2).map((r) => r[11]);
  expect(sources.every((c) => typeof c.value === "string" && c.formula === undefined)).toBe(true);
});
